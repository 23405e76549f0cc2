import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { INVALID_CREDENTIALS, verifyCredentials } from "@/lib/auth/verify-credentials";
import { AppError } from "@/lib/errors";
import { createUser, TEST_PASSWORD, uniqueEmail } from "../support/factories";

// The default policy: 5 failures within 15 minutes lock the account for 15 minutes.
const t0 = new Date("2026-11-23T10:00:00Z");
const minutesLater = (m: number) => new Date(t0.getTime() + m * 60_000);

type Attempt = { ok: boolean; user?: Awaited<ReturnType<typeof verifyCredentials>>; error?: AppError };

async function attempt(email: string, password: string, now = t0): Promise<Attempt> {
  return verifyCredentials({ email, password }, now).then(
    (user) => ({ ok: true, user }),
    (error: unknown) => ({ ok: false, error: error as AppError }),
  );
}

describe("verifyCredentials", () => {
  let email: string;
  beforeEach(async () => {
    email = (await createUser({ role: "PARENT", name: "Laura" })).email;
  });

  it("returns the user for the right email (any case) and password", async () => {
    const result = await attempt(email.toUpperCase(), TEST_PASSWORD);
    expect(result.user).toMatchObject({ email, name: "Laura", role: "PARENT" });
  });

  it("refuses a wrong password with a message that does not say which part was wrong", async () => {
    const result = await attempt(email, "not-the-password");
    expect([result.error?.code, result.error?.message]).toEqual(["INVALID", INVALID_CREDENTIALS]);
  });

  it("refuses an unknown email with the same message as a wrong password", async () => {
    const result = await attempt(uniqueEmail("nobody"), TEST_PASSWORD);
    expect([result.error?.code, result.error?.message]).toEqual(["INVALID", INVALID_CREDENTIALS]);
  });

  it("locks the account after 5 failures, even for the right password, and says how long to wait", async () => {
    for (let i = 0; i < 4; i++) expect((await attempt(email, "wrong", minutesLater(i))).error?.code).toBe("INVALID");
    const fifth = await attempt(email, "wrong", minutesLater(4));
    expect(fifth.error?.code).toBe("RATE_LIMITED");
    const right = await attempt(email, TEST_PASSWORD, minutesLater(5));
    expect(right.ok).toBe(false);
    expect(right.error?.code).toBe("RATE_LIMITED");
    expect(right.error?.message).toContain("try again in 14 minutes");
    expect(right.error?.retryAfterSeconds).toBe(14 * 60);
  });

  it("does not lock anyone else out", async () => {
    const other = (await createUser({ role: "TEEN" })).email;
    for (let i = 0; i < 5; i++) await attempt(email, "wrong");
    expect((await attempt(email, TEST_PASSWORD)).ok).toBe(false);
    expect((await attempt(other, TEST_PASSWORD)).ok).toBe(true);
  });

  it("lets the person in again once the lock has passed", async () => {
    for (let i = 0; i < 5; i++) await attempt(email, "wrong");
    expect((await attempt(email, TEST_PASSWORD, minutesLater(16))).ok).toBe(true);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    for (let i = 0; i < 4; i++) await attempt(email, "wrong");
    expect((await attempt(email, TEST_PASSWORD)).ok).toBe(true);
    expect(await prisma.signInThrottle.findUnique({ where: { emailKey: email } })).toBeNull();
    for (let i = 0; i < 4; i++) await attempt(email, "wrong");
    expect((await attempt(email, TEST_PASSWORD)).ok).toBe(true);
  });

  it("counts every one of many parallel guesses", async () => {
    await Promise.all(Array.from({ length: 8 }, () => attempt(email, "wrong")));
    const row = await prisma.signInThrottle.findUniqueOrThrow({ where: { emailKey: email } });
    expect(row.failures).toBeGreaterThanOrEqual(5);
    expect(row.lockedUntil).not.toBeNull();
  });

  it("throttles guesses at an email that has no account, revealing nothing", async () => {
    const ghost = uniqueEmail("ghost");
    for (let i = 0; i < 4; i++) expect((await attempt(ghost, "x")).error?.code).toBe("INVALID");
    expect((await attempt(ghost, "x")).error?.code).toBe("RATE_LIMITED");
  });
});
