import { describe, expect, it } from "vitest";
import { generate } from "otplib";
import { prisma } from "@/lib/db/client";
import { changePassword } from "@/lib/accounts/change-password";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { resetPassword } from "@/lib/accounts/reset-password";
import {
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorEnrolment,
} from "@/lib/accounts/two-factor";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { AppError } from "@/lib/errors";
import { createUser, TEST_PASSWORD, uniqueEmail } from "../support/factories";
import { lastEmailTo, linkTokenFor } from "../support/mailbox";
import { authClient } from "../support/auth-client";

const NEW_PASSWORD = "pelican-ember-stairway-19";

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const signIn = (email: string, password: string, code?: string, now = new Date()) =>
  verifyCredentials({ email, password, code, clientAddress: `test-${email}` }, now).then(
    (user) => ({ ok: true as const, user }),
    (error: AppError) => ({ ok: false as const, code: error.code, reason: error.reason }),
  );

describe("changing a password", () => {
  it("needs the current password, ends every session, and emails the owner", async () => {
    const user = await createUser({ role: "PARENT" });
    const browser = authClient();
    await browser.signIn(user.email, TEST_PASSWORD);

    expect(
      (await refusal(changePassword({ actor: user, input: { currentPassword: "not-it", newPassword: NEW_PASSWORD } })))
        .fieldErrors?.currentPassword,
    ).toEqual(["That is not your current password."]);
    await changePassword({ actor: user, input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });

    expect(await browser.session()).toBeNull();
    expect((await signIn(user.email, TEST_PASSWORD)).ok).toBe(false);
    expect((await signIn(user.email, NEW_PASSWORD)).ok).toBe(true);
    expect((await lastEmailTo(user.email))?.kind).toBe("password-changed");
  });

  it("refuses a weak new password", async () => {
    const user = await createUser();
    const error = await refusal(
      changePassword({ actor: user, input: { currentPassword: TEST_PASSWORD, newPassword: "mend-mend-mend" } }),
    );
    expect(error.fieldErrors?.newPassword?.[0]).toMatch(/too easy to guess/);
  });
});

describe("resetting a forgotten password", () => {
  it("answers the same for an unknown address and sends nothing to it", async () => {
    const ghost = uniqueEmail("ghost");
    expect(await requestPasswordReset({ email: ghost })).toEqual({ email: ghost });
    expect(await prisma.email.count({ where: { to: ghost } })).toBe(0);
  });

  it("emails a single-use link that sets a new password and ends every session", async () => {
    const user = await createUser({ role: "TEEN" });
    const browser = authClient();
    await browser.signIn(user.email, TEST_PASSWORD);
    await requestPasswordReset({ email: user.email.toUpperCase() });
    const token = await linkTokenFor(user.email, "password-reset", "/reset-password");
    expect(JSON.stringify(await prisma.email.findMany({ where: { to: user.email } }))).not.toContain(token);

    await resetPassword({ token, input: { password: NEW_PASSWORD } });
    expect(await browser.session()).toBeNull();
    expect((await signIn(user.email, NEW_PASSWORD)).ok).toBe(true);
    expect((await refusal(resetPassword({ token, input: { password: "another-long-passphrase-77" } }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("refuses a link more than an hour old", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email });
    const token = await linkTokenFor(user.email, "password-reset", "/reset-password");
    expect(
      (
        await refusal(
          resetPassword({ token, input: { password: NEW_PASSWORD }, now: new Date(Date.now() + 61 * 60_000) }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });

  it("keeps the link usable when the new password is refused as weak", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email });
    const token = await linkTokenFor(user.email, "password-reset", "/reset-password");
    expect((await refusal(resetPassword({ token, input: { password: "password123" } }))).code).toBe("INVALID");
    await resetPassword({ token, input: { password: NEW_PASSWORD } });
  });
});

describe("two-step sign-in for counselors", () => {
  async function enrolled() {
    const counselor = await createUser({ role: "COUNSELOR" });
    const { secret } = await startTwoFactorEnrolment({ actor: counselor });
    const now = new Date();
    const { recoveryCodes } = await confirmTwoFactorEnrolment({
      actor: counselor,
      input: { code: await generate({ secret, epoch: Math.floor(now.getTime() / 1000) }), password: TEST_PASSWORD },
      now,
    });
    return { counselor, secret, recoveryCodes, enrolledAt: now };
  }
  const codeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });

  it("after enrolment asks for a code after the right password, and accepts a fresh one", async () => {
    const { counselor, secret, enrolledAt } = await enrolled();
    expect(await signIn(counselor.email, TEST_PASSWORD)).toMatchObject({ ok: false, reason: "TOTP_REQUIRED" });
    const later = new Date(enrolledAt.getTime() + 60_000);
    expect((await signIn(counselor.email, TEST_PASSWORD, await codeAt(secret, later), later)).ok).toBe(true);
  });

  it("refuses a wrong code, and the same code twice", async () => {
    const { counselor, secret, enrolledAt } = await enrolled();
    const later = new Date(enrolledAt.getTime() + 60_000);
    const code = await codeAt(secret, later);
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await signIn(counselor.email, TEST_PASSWORD, wrong, later)).toMatchObject({
      ok: false,
      reason: "TOTP_INVALID",
    });
    expect((await signIn(counselor.email, TEST_PASSWORD, code, later)).ok).toBe(true);
    expect(await signIn(counselor.email, TEST_PASSWORD, code, later)).toMatchObject({
      ok: false,
      reason: "TOTP_INVALID",
    });
  });

  it("takes a code pasted with a space or a dash, at enrolment and at sign-in", async () => {
    const counselor = await createUser({ role: "COUNSELOR" });
    const { secret } = await startTwoFactorEnrolment({ actor: counselor });
    const now = new Date();
    const code = await codeAt(secret, now);
    await confirmTwoFactorEnrolment({
      actor: counselor,
      input: { code: ` ${code.slice(0, 3)} ${code.slice(3)}\t`, password: TEST_PASSWORD },
      now,
    });
    const later = new Date(now.getTime() + 60_000);
    const next = await codeAt(secret, later);
    const dashed = `${next.slice(0, 3)}-${next.slice(3)}`;
    expect((await signIn(counselor.email, TEST_PASSWORD, dashed, later)).ok).toBe(true);
  });

  it("accepts each recovery code once, and tells the owner by email each time one is used", async () => {
    const { counselor, recoveryCodes } = await enrolled();
    expect((await lastEmailTo(counselor.email, "two-factor-changed"))?.text).toContain("was turned on");
    expect((await signIn(counselor.email, TEST_PASSWORD, recoveryCodes[3].toUpperCase())).ok).toBe(true);
    expect((await signIn(counselor.email, TEST_PASSWORD, recoveryCodes[3])).ok).toBe(false);
    expect((await lastEmailTo(counselor.email, "recovery-code-used"))?.text).toContain(
      `${recoveryCodes.length - 1} unused codes are left`,
    );
  });

  it("asks for the password to turn it on: an open session alone cannot tie the account to another phone", async () => {
    const counselor = await createUser({ role: "COUNSELOR" });
    const { secret } = await startTwoFactorEnrolment({ actor: counselor });
    const now = new Date();
    const code = await codeAt(secret, now);
    for (const input of [{ code }, { code, password: "not-my-password" }])
      expect(await refusal(confirmTwoFactorEnrolment({ actor: counselor, input, now }))).toMatchObject({
        code: "INVALID",
        fieldErrors: { password: [expect.any(String)] },
      });
    expect((await signIn(counselor.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it("makes new recovery codes with the password; the old ones stop working", async () => {
    const { counselor, recoveryCodes } = await enrolled();
    expect(
      await refusal(regenerateRecoveryCodes({ actor: counselor, input: { password: "not-my-password" } })),
    ).toMatchObject({ code: "INVALID" });
    const fresh = await regenerateRecoveryCodes({ actor: counselor, input: { password: TEST_PASSWORD } });
    expect(fresh.recoveryCodes).toHaveLength(recoveryCodes.length);
    expect((await signIn(counselor.email, TEST_PASSWORD, recoveryCodes[0])).ok).toBe(false);
    expect((await signIn(counselor.email, TEST_PASSWORD, fresh.recoveryCodes[0])).ok).toBe(true);
    expect((await lastEmailTo(counselor.email, "two-factor-changed"))?.text).toContain("New recovery codes were made");
  });

  it("never asks for a code with a wrong password (the password is checked first)", async () => {
    const { counselor } = await enrolled();
    expect(await signIn(counselor.email, "wrong-password")).toMatchObject({
      ok: false,
      code: "INVALID",
      reason: undefined,
    });
  });

  it("is not turned on by a wrong enrolment code", async () => {
    const counselor = await createUser({ role: "COUNSELOR" });
    await startTwoFactorEnrolment({ actor: counselor });
    expect(
      (
        await refusal(
          confirmTwoFactorEnrolment({ actor: counselor, input: { code: "123456", password: TEST_PASSWORD } }),
        )
      ).code,
    ).toBe("INVALID");
    expect((await signIn(counselor.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it("stores the secret sealed and recovery codes only as hashes", async () => {
    const { counselor, secret, recoveryCodes } = await enrolled();
    const dump = JSON.stringify([
      await prisma.user.findUnique({ where: { id: counselor.id } }),
      await prisma.recoveryCode.findMany({ where: { userId: counselor.id } }),
    ]);
    expect(dump).not.toContain(secret);
    for (const code of recoveryCodes) expect(dump).not.toContain(code);
  });

  it("is turned off only with the password", async () => {
    const { counselor } = await enrolled();
    expect((await refusal(disableTwoFactor({ actor: counselor, input: { password: "nope" } }))).code).toBe("INVALID");
    await disableTwoFactor({ actor: counselor, input: { password: TEST_PASSWORD } });
    expect((await signIn(counselor.email, TEST_PASSWORD)).ok).toBe(true);
    expect((await lastEmailTo(counselor.email, "two-factor-changed"))?.text).toContain("was turned off");
  });

  it("is offered to counselors only", async () => {
    const parent = await createUser({ role: "PARENT" });
    expect((await refusal(startTwoFactorEnrolment({ actor: parent }))).code).toBe("FORBIDDEN");
  });
});

describe("signing out of all devices", () => {
  it("ends every session of the person and no one else's", async () => {
    const user = await createUser();
    const other = await createUser();
    const [a, b, c] = [authClient(), authClient(), authClient()];
    await a.signIn(user.email, TEST_PASSWORD);
    await b.signIn(user.email, TEST_PASSWORD);
    await c.signIn(other.email, TEST_PASSWORD);
    expect(await signOutEverywhere({ actor: user })).toEqual({ ended: 2 });
    expect([await a.session(), await b.session()]).toEqual([null, null]);
    expect((await c.session())?.user?.id).toBe(other.id);
  });
});
