import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { inviteMember } from "@/lib/invitations/invite-member";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { createFamily as createFamilyCase } from "@/lib/families/create-family";
import { INVITATION_LIMITS } from "@/lib/invitations/invitation-limits";
import { deliverPendingEmails } from "@/lib/mail/deliver-pending-emails";
import { AppError } from "@/lib/errors";
import { createFamily, createUser, uniqueEmail } from "../support/factories";
import { invitationTokenFor } from "../support/mailbox";

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("invitations cannot be turned against people", () => {
  it("refuses an invitation from a counselor who has not confirmed their email, and sends nothing", async () => {
    const counselor = await createUser({ role: "COUNSELOR", verified: false });
    const family = await createFamily({ counselorId: counselor.id });
    const email = uniqueEmail("target");
    const error = await refusal(
      inviteMember({ actor: counselor, familyId: family.id, input: { name: "Laura", email, role: "PARENT" } }),
    );
    expect([error.code, error.reason]).toEqual(["FORBIDDEN", "EMAIL_NOT_VERIFIED"]);
    expect(await prisma.email.count({ where: { to: email } })).toBe(0);
    expect(await prisma.invitation.count({ where: { email } })).toBe(0);
  });

  it("limits how many invitations one address receives in a day, whoever sends them", async () => {
    const email = uniqueEmail("inbox");
    for (let i = 0; i < INVITATION_LIMITS.perRecipientPerDay; i++) {
      const counselor = await createUser({ role: "COUNSELOR" });
      const family = await createFamily({ counselorId: counselor.id });
      await inviteMember({ actor: counselor, familyId: family.id, input: { name: "Laura", email, role: "PARENT" } });
    }
    const counselor = await createUser({ role: "COUNSELOR" });
    const family = await createFamily({ counselorId: counselor.id });
    const error = await refusal(
      inviteMember({ actor: counselor, familyId: family.id, input: { name: "Laura", email, role: "PARENT" } }),
    );
    expect(error.code).toBe("RATE_LIMITED");
    expect(await prisma.email.count({ where: { to: email } })).toBe(INVITATION_LIMITS.perRecipientPerDay);
  });

  it("counts resends toward the per-recipient limit", async () => {
    const counselor = await createUser({ role: "COUNSELOR" });
    const family = await createFamily({ counselorId: counselor.id });
    const email = uniqueEmail("resent");
    const { invitationId } = await inviteMember({
      actor: counselor,
      familyId: family.id,
      input: { name: "Sam", email, role: "TEEN" },
    });
    for (let i = 1; i < INVITATION_LIMITS.perRecipientPerDay; i++)
      await resendInvitation({ actor: counselor, invitationId });
    expect((await refusal(resendInvitation({ actor: counselor, invitationId }))).code).toBe("RATE_LIMITED");
  });

  it("limits how many invitations one counselor sends in an hour, even in parallel", async () => {
    const counselor = await createUser({ role: "COUNSELOR" });
    const family = await createFamily({ counselorId: counselor.id });
    const attempts = INVITATION_LIMITS.perCounselorPerHour + 5;
    const results = await Promise.allSettled(
      Array.from({ length: attempts }, () =>
        inviteMember({
          actor: counselor,
          familyId: family.id,
          input: { name: "Someone", email: uniqueEmail("bulk"), role: "PARENT" },
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(INVITATION_LIMITS.perCounselorPerHour);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .every((r) => (r as PromiseRejectedResult).reason.code === "RATE_LIMITED"),
    ).toBe(true);
  });

  it("refuses a family name that carries a web address or invisible characters", async () => {
    const counselor = await createUser({ role: "COUNSELOR" });
    const phishing = await refusal(
      createFamilyCase({
        actor: counselor,
        input: { name: "Your account is suspended – verify at https://evil.example" },
      }),
    );
    expect(phishing.fieldErrors?.name).toEqual(["Leave web addresses out of names."]);
    const bidi = await refusal(createFamilyCase({ actor: counselor, input: { name: "Bennett \u202Efamily" } }));
    expect(bidi.fieldErrors?.name).toEqual(["Remove the invisible or control characters from this text."]);
  });

  it("keeps no working invitation link in the database, before or after sending", async () => {
    const counselor = await createUser({ role: "COUNSELOR" });
    const family = await createFamily({ counselorId: counselor.id });
    const email = uniqueEmail("atrest");
    await inviteMember({ actor: counselor, familyId: family.id, input: { name: "Laura", email, role: "PARENT" } });
    const token = await invitationTokenFor(email);
    const dump = async () =>
      JSON.stringify([
        await prisma.email.findMany({ where: { to: email } }),
        await prisma.invitation.findMany({ where: { email } }),
      ]);
    expect(await dump()).not.toContain(token);

    const sent: string[] = [];
    // The outbox is shared with the other tests of this worker: drain it.
    while ((await deliverPendingEmails(new Date(), async (message) => void sent.push(String(message.text)))).sent > 0);
    expect(sent.some((text) => text.includes(`/invitations/${token}`))).toBe(true);
    const row = await prisma.email.findFirstOrThrow({ where: { to: email } });
    expect([row.status, row.sealedLink]).toEqual(["SENT", null]);
    expect(await dump()).not.toContain(token);
  });
});
