import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { requestCounselorSignUp } from "@/lib/accounts/request-counselor-sign-up";
import { confirmCounselorSignUp } from "@/lib/accounts/confirm-counselor-sign-up";
import { ACCOUNT_EMAILS_PER_HOUR } from "@/lib/accounts/account-email-limit";
import { inviteMember } from "@/lib/invitations/invite-member";
import { verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { createFamily, createUser, uniqueEmail } from "../support/factories";
import { lastEmailTo, linkTokenFor } from "../support/mailbox";

const valid = () => ({
  name: "Dr. Ana Ortiz",
  email: uniqueEmail("ana"),
  password: "juniper-violin-compass",
  timeZone: "Europe/London",
});

async function rejection(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const confirmationToken = (email: string) => linkTokenFor(email, "sign-up-confirm", "/signup/confirm");

describe("counselor sign-up with email confirmation", () => {
  it("creates nothing until the emailed link is opened, then a verified counselor with an Argon2id hash", async () => {
    const input = { ...valid(), email: "  Ana.Ortiz+" + Date.now() + "@Example.ORG " };
    const email = input.email.trim().toLowerCase();
    expect(await requestCounselorSignUp(input)).toEqual({ email });
    expect(await prisma.user.findUnique({ where: { email } })).toBeNull();

    await confirmCounselorSignUp({ token: await confirmationToken(email) });
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "COUNSELOR", timeZone: "Europe/London", name: "Dr. Ana Ortiz" });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(await verifyPassword(user.passwordHash, input.password)).toBe(true);
  });

  it("answers the same for an address that already has an account, and emails its owner instead", async () => {
    const existing = await createUser({ role: "TEEN" });
    const fresh = valid();
    const answers = [
      await requestCounselorSignUp({ ...valid(), email: existing.email.toUpperCase() }),
      await requestCounselorSignUp(fresh),
    ];
    expect(answers).toEqual([{ email: existing.email }, { email: fresh.email }]);
    expect((await lastEmailTo(existing.email))?.kind).toBe("sign-up-existing");
    expect(await prisma.user.findUniqueOrThrow({ where: { email: existing.email } })).toEqual(existing);
  });

  it("lets the real owner of an address sign up after someone else tried it first, and invites still reach them", async () => {
    const email = uniqueEmail("squatted");
    await requestCounselorSignUp({ ...valid(), email, name: "Squatter" });
    // A counselor invites this address before anyone confirmed: nothing blocks it.
    const counselor = await createUser({ role: "COUNSELOR" });
    const family = await createFamily({ counselorId: counselor.id });
    await inviteMember({ actor: counselor, familyId: family.id, input: { name: "Laura", email, role: "PARENT" } });
    expect(await prisma.user.findUnique({ where: { email } })).toBeNull();
  });

  it("works once: a used or expired link is refused", async () => {
    const input = valid();
    await requestCounselorSignUp(input);
    const token = await confirmationToken(input.email);
    await confirmCounselorSignUp({ token });
    expect((await rejection(confirmCounselorSignUp({ token }))).code).toBe("NOT_FOUND");

    const late = valid();
    await requestCounselorSignUp(late);
    const lateToken = await confirmationToken(late.email);
    expect(
      (await rejection(confirmCounselorSignUp({ token: lateToken, now: new Date(Date.now() + 25 * 3_600_000) }))).code,
    ).toBe("NOT_FOUND");
  });

  it("stores no working confirmation link", async () => {
    const input = valid();
    await requestCounselorSignUp(input);
    const token = await confirmationToken(input.email);
    const rows = JSON.stringify([
      await prisma.email.findMany({ where: { to: input.email } }),
      await prisma.signUpRequest.findMany({ where: { email: input.email } }),
    ]);
    expect(rows).not.toContain(token);
  });

  it(`sends at most ${ACCOUNT_EMAILS_PER_HOUR} emails an hour to one address, answering the same`, async () => {
    const input = valid();
    for (let i = 0; i < ACCOUNT_EMAILS_PER_HOUR + 2; i++)
      expect(await requestCounselorSignUp(input)).toEqual({ email: input.email });
    expect(await prisma.email.count({ where: { to: input.email } })).toBe(ACCOUNT_EMAILS_PER_HOUR);
  });

  it("refuses a malformed email or a weak password with messages on their fields, and sends nothing", async () => {
    const input = { ...valid(), email: "ana-at-example" };
    const error = await rejection(requestCounselorSignUp(input));
    expect(error.code).toBe("INVALID");
    expect(error.fieldErrors?.email).toEqual(["Enter a valid email address, like name@example.com."]);
    const weak = { ...valid(), password: "mend-mend-mend" };
    expect((await rejection(requestCounselorSignUp(weak))).fieldErrors?.password?.[0]).toMatch(/too easy to guess/);
    expect(await prisma.email.count({ where: { to: weak.email } })).toBe(0);
  });

  it("refuses a name with bidirectional-override or control characters", async () => {
    const error = await rejection(requestCounselorSignUp({ ...valid(), name: "Dr. \u202EsrorriM" }));
    expect(error.fieldErrors?.name).toEqual(["Remove the invisible or control characters from this text."]);
  });

  it("creates exactly one account when the same link is confirmed twice at once", async () => {
    const input = valid();
    await requestCounselorSignUp(input);
    const token = await confirmationToken(input.email);
    const results = await Promise.allSettled([confirmCounselorSignUp({ token }), confirmCounselorSignUp({ token })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.user.count({ where: { email: input.email } })).toBe(1);
  });

  it("reports every invalid field at once", async () => {
    const error = await rejection(requestCounselorSignUp({ name: "", email: "", password: "" }));
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password"]);
  });
});
