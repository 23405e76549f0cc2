import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { inviteMember } from "@/lib/invitations/invite-member";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { findInvitation } from "@/lib/invitations/find-invitation";
import { acceptInvitationAsNewUser, acceptInvitationAsUser } from "@/lib/invitations/accept-invitation";
import { removeMember } from "@/lib/families/remove-member";
import { listMyFamilies } from "@/lib/families/list-my-families";
import { verifyPassword } from "@/lib/auth/password";
import { createFamily, createUser, uniqueEmail } from "../support/factories";
import { invitationTokenFor, lastEmailTo } from "../support/mailbox";

const newcomer = { name: "Laura Bennett", password: "harbor-lantern-quiet", timeZone: "America/New_York" };

async function setup() {
  const counselor = await createUser({ role: "COUNSELOR", name: "Dr. Reyes" });
  const family = await createFamily({ counselorId: counselor.id, name: "Bennett family" });
  const email = uniqueEmail("laura");
  const { invitationId } = await inviteMember({
    actor: counselor,
    familyId: family.id,
    input: { name: "Laura", email, role: "PARENT" },
  });
  return { counselor, family, email, invitationId, token: await invitationTokenFor(email) };
}

describe("invitations", () => {
  it("emails a single-use link, stores only its hash, and shows the invitation to the link holder", async () => {
    const { email, invitationId, token } = await setup();
    const mail = await lastEmailTo(email, "invitation");
    expect(mail?.subject).toBe("Your invitation to join your family on Mend");
    expect(mail?.text).toContain("  Family case:    Bennett family");
    expect(mail?.text).toContain("  Counselor:      Dr. Reyes");
    // The link is in what the recipient reads, never in what the database stores.
    expect(mail?.text).toContain(`/invitations/${token}`);
    expect(mail?.stored).not.toContain(token);
    expect(mail?.sealedLink).not.toContain(token);
    const stored = await prisma.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored.tokenHash).not.toContain(token);
    expect(await findInvitation({ token })).toMatchObject({
      usable: true,
      email,
      role: "PARENT",
      familyName: "Bennett family",
      counselorName: "Dr. Reyes",
      hasAccount: false,
    });
  });

  it("lets a new person set name, password and time zone, and lands them in the family as their own account", async () => {
    const { family, email, token } = await setup();
    const result = await acceptInvitationAsNewUser({ token, input: newcomer });
    expect(result).toEqual({ email, familyId: family.id });
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: "Laura Bennett", role: "PARENT", timeZone: "America/New_York" });
    expect(await verifyPassword(user.passwordHash, newcomer.password)).toBe(true);
    expect((await listMyFamilies({ actor: user })).map((f) => f.id)).toEqual([family.id]);
  });

  it("works only once", async () => {
    const { token } = await setup();
    await acceptInvitationAsNewUser({ token, input: newcomer });
    expect(await findInvitation({ token })).toEqual({
      usable: false,
      message: expect.stringContaining("already been used"),
    });
    await expect(acceptInvitationAsNewUser({ token, input: newcomer })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already been used"),
    });
  });

  it("accepts exactly once when the link is used twice at the same moment", async () => {
    const { token, family } = await setup();
    const results = await Promise.allSettled([
      acceptInvitationAsNewUser({ token, input: newcomer }),
      acceptInvitationAsNewUser({ token, input: newcomer }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.familyMember.count({ where: { familyId: family.id } })).toBe(1);
  });

  it("says an expired link has expired and does not accept it", async () => {
    const { token } = await setup();
    const eightDaysLater = new Date(Date.now() + 8 * 24 * 3600_000);
    expect(await findInvitation({ token, now: eightDaysLater })).toEqual({
      usable: false,
      message: "This invitation has expired. Ask your counselor to send you a new one.",
    });
    await expect(acceptInvitationAsNewUser({ token, input: newcomer, now: eightDaysLater })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("says a revoked link was withdrawn and does not accept it", async () => {
    const { counselor, invitationId, token, email } = await setup();
    await revokeInvitation({ actor: counselor, invitationId });
    expect(await findInvitation({ token })).toMatchObject({
      usable: false,
      message: expect.stringContaining("withdrawn"),
    });
    await expect(acceptInvitationAsNewUser({ token, input: newcomer })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.user.findUnique({ where: { email } })).toBeNull();
  });

  it("resends with a new link and kills the old one", async () => {
    const { counselor, invitationId, token, email } = await setup();
    await resendInvitation({ actor: counselor, invitationId });
    const fresh = await invitationTokenFor(email);
    expect(fresh).not.toBe(token);
    expect(await findInvitation({ token })).toMatchObject({
      usable: false,
      message: expect.stringContaining("not valid"),
    });
    expect(await findInvitation({ token: fresh })).toMatchObject({ usable: true });
  });

  it("gives a made-up or malformed token the same answer as an unknown one", async () => {
    for (const token of ["x".repeat(43), "short", "../../etc/passwd", undefined, 42]) {
      expect(await findInvitation({ token })).toMatchObject({
        usable: false,
        message: expect.stringContaining("not valid"),
      });
    }
  });

  it("refuses a weak password or missing name and writes nothing", async () => {
    const { token, email } = await setup();
    await expect(
      acceptInvitationAsNewUser({ token, input: { ...newcomer, password: "password1" } }),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { password: [expect.any(String)] } });
    // The invited address itself is no password (the new user found it accepted here, and refused everywhere else).
    await expect(acceptInvitationAsNewUser({ token, input: { ...newcomer, password: email } })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { password: [expect.stringMatching(/personal/)] },
    });
    await expect(acceptInvitationAsNewUser({ token, input: { ...newcomer, name: " " } })).rejects.toMatchObject({
      fieldErrors: { name: ["Enter your name."] },
    });
    expect(await prisma.user.findUnique({ where: { email } })).toBeNull();
    expect(await findInvitation({ token })).toMatchObject({ usable: true });
  });

  it("adds a person who already has an account when they accept signed in with the invited email", async () => {
    const counselor = await createUser({ role: "COUNSELOR" });
    const family = await createFamily({ counselorId: counselor.id });
    const teen = await createUser({ role: "TEEN", name: "Sam" });
    await inviteMember({
      actor: counselor,
      familyId: family.id,
      input: { name: "Sam", email: teen.email, role: "TEEN" },
    });
    const token = await invitationTokenFor(teen.email);
    expect(await findInvitation({ token })).toMatchObject({ usable: true, hasAccount: true });
    await expect(acceptInvitationAsNewUser({ token, input: newcomer })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Sign in to accept"),
    });

    const stranger = await createUser({ role: "PARENT" });
    await expect(acceptInvitationAsUser({ actor: stranger, token })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await acceptInvitationAsUser({ actor: teen, token })).toEqual({ familyId: family.id });
    expect(await prisma.familyMember.findFirst({ where: { familyId: family.id, userId: teen.id } })).toMatchObject({
      role: "TEEN",
    });
  });

  it("asks the counselor for the invitee's name in words about the invitee", async () => {
    const { counselor, family } = await setup();
    await expect(
      inviteMember({ actor: counselor, familyId: family.id, input: { name: " ", email: uniqueEmail(), role: "TEEN" } }),
    ).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { name: ["Enter the name of the person you are inviting."] },
    });
  });

  it("refuses to invite someone who is already a member", async () => {
    const { counselor, family, token, email } = await setup();
    await acceptInvitationAsNewUser({ token, input: newcomer });
    await expect(
      inviteMember({ actor: counselor, familyId: family.id, input: { name: "Laura", email, role: "PARENT" } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: ["This person is already a member of this family."] },
    });
  });

  it("replaces an earlier pending invitation to the same address", async () => {
    const { counselor, family, email, token } = await setup();
    await inviteMember({ actor: counselor, familyId: family.id, input: { name: "Laura B", email, role: "PARENT" } });
    expect(await findInvitation({ token })).toMatchObject({ usable: false });
    expect(await prisma.invitation.count({ where: { familyId: family.id, revokedAt: null } })).toBe(1);
  });

  it("removing a member ends their access at once", async () => {
    const { counselor, family, token, email } = await setup();
    await acceptInvitationAsNewUser({ token, input: newcomer });
    const laura = await prisma.user.findUniqueOrThrow({ where: { email } });
    await removeMember({ actor: counselor, familyId: family.id, userId: laura.id });
    expect(await listMyFamilies({ actor: laura })).toEqual([]);
    await expect(removeMember({ actor: counselor, familyId: family.id, userId: laura.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
