import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { INVALID_CREDENTIALS, verifyCredentials } from "@/lib/auth/verify-credentials";
import { AppError } from "@/lib/errors";
import { createUser, TEST_PASSWORD, uniqueEmail } from "../support/factories";

// The default policy: 5 free failures per account and address, 20 per address, 10 per account; then doubling delays.
const t0 = new Date("2026-11-23T10:00:00Z");
const secondsLater = (s: number) => new Date(t0.getTime() + s * 1000);
// Fresh addresses for every test: the per-address count must not carry over between tests.
let ATTACKER = "";
let OWNER = "";
const someAddress = () =>
  `198.51.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}-${randomUUID().slice(0, 6)}`;

type Attempt = { ok: boolean; user?: Awaited<ReturnType<typeof verifyCredentials>>; error?: AppError };

async function attempt(email: string, password: string, now = t0, clientAddress = ATTACKER): Promise<Attempt> {
  return verifyCredentials({ email, password, clientAddress }, now).then(
    (user) => ({ ok: true, user }),
    (error: unknown) => ({ ok: false, error: error as AppError }),
  );
}

describe("verifyCredentials", () => {
  let email: string;
  beforeEach(async () => {
    ATTACKER = someAddress();
    OWNER = someAddress();
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

  it("slows guesses at one account from one address after 5 failures, even for the right password, and says how long to wait", async () => {
    for (let i = 0; i < 5; i++) expect((await attempt(email, "wrong")).error?.code).toBe("INVALID");
    expect((await attempt(email, "wrong")).error?.code).toBe("INVALID");
    const right = await attempt(email, TEST_PASSWORD, secondsLater(10));
    expect(right.error?.code).toBe("RATE_LIMITED");
    expect(right.error?.message).toContain("wait 20 seconds");
    expect(right.error?.retryAfterSeconds).toBe(20);
    expect((await attempt(email, TEST_PASSWORD, secondsLater(30))).ok).toBe(true);
  });

  it("lets the owner sign in from their own address while an attacker is slowed on the same account", async () => {
    for (let i = 0; i < 8; i++) await attempt(email, "wrong", t0, ATTACKER);
    expect((await attempt(email, TEST_PASSWORD, secondsLater(1), ATTACKER)).error?.code).toBe("RATE_LIMITED");
    expect((await attempt(email, TEST_PASSWORD, secondsLater(1), OWNER)).ok).toBe(true);
  });

  it("slows password spraying (one guess at each of many accounts from one address) while each owner can still sign in", async () => {
    const victims = await Promise.all(Array.from({ length: 22 }, () => createUser({ role: "PARENT" })));
    const results = [];
    for (const victim of victims) results.push(await attempt(victim.email, "Summer2026!", t0, ATTACKER));
    expect(results.slice(0, 20).every((r) => r.error?.code === "INVALID")).toBe(true);
    // The 21st failure from this address set a delay: the 22nd account's guess is refused unread.
    expect(results[21].error?.code).toBe("RATE_LIMITED");
    expect((await attempt(victims[21].email, TEST_PASSWORD, secondsLater(1), ATTACKER)).error?.code).toBe(
      "RATE_LIMITED",
    );
    for (const victim of victims.slice(0, 3))
      expect((await attempt(victim.email, TEST_PASSWORD, secondsLater(1), OWNER)).ok).toBe(true);
  });

  it("does not slow anyone else", async () => {
    const other = (await createUser({ role: "TEEN" })).email;
    for (let i = 0; i < 7; i++) await attempt(email, "wrong", t0, ATTACKER);
    expect((await attempt(email, TEST_PASSWORD, t0, ATTACKER)).ok).toBe(false);
    expect((await attempt(other, TEST_PASSWORD, t0, OWNER)).ok).toBe(true);
  });

  it("forgets earlier failures of the account after a successful sign-in", async () => {
    for (let i = 0; i < 4; i++) await attempt(email, "wrong");
    expect((await attempt(email, TEST_PASSWORD)).ok).toBe(true);
    expect(await prisma.signInThrottle.findUnique({ where: { key: `account:${email}` } })).toBeNull();
    for (let i = 0; i < 5; i++) await attempt(email, "wrong");
    expect((await attempt(email, TEST_PASSWORD)).ok).toBe(true);
  });

  it("counts every one of many parallel guesses", async () => {
    await Promise.all(Array.from({ length: 8 }, () => attempt(email, "wrong")));
    const row = await prisma.signInThrottle.findUniqueOrThrow({ where: { key: `pair:${email}|${ATTACKER}` } });
    expect(row.failures).toBe(8);
    expect(row.blockedUntil).not.toBeNull();
  });

  it("throttles guesses at an email that has no account, revealing nothing", async () => {
    const ghost = uniqueEmail("ghost");
    for (let i = 0; i < 6; i++) expect((await attempt(ghost, "x")).error?.code).toBe("INVALID");
    expect((await attempt(ghost, "x")).error?.code).toBe("RATE_LIMITED");
  });
});
