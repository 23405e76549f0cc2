import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { prisma } from "@/lib/db/client";
import { endAllAuthSessions } from "@/lib/auth/auth-sessions";
import { hashToken } from "@/lib/auth/secret-token";
import { createUser, TEST_PASSWORD } from "../support/factories";
import { authClient } from "../support/auth-client";

describe("server-side sessions", () => {
  it("signs in through next-auth and reads the session back", async () => {
    const user = await createUser({ role: "PARENT" });
    const browser = authClient();
    expect(await browser.signIn(user.email, TEST_PASSWORD)).toBeNull();
    expect((await browser.session())?.user?.id).toBe(user.id);
    expect(await prisma.authSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
  });

  it("refuses a cookie copied before sign-out when it is replayed after it", async () => {
    const user = await createUser();
    const browser = authClient();
    await browser.signIn(user.email, TEST_PASSWORD);
    const copied = browser.sessionCookie()!;
    await browser.signOut();

    const thief = authClient();
    thief.useSessionCookie(copied);
    expect(await thief.session()).toBeNull();
  });

  it("refuses a session past its absolute lifetime, however recently it was used", async () => {
    const user = await createUser();
    const browser = authClient();
    await browser.signIn(user.email, TEST_PASSWORD);
    // Twelve hours (SESSION_MAX_HOURS) of constant use: the row was seen a moment ago.
    await prisma.authSession.updateMany({
      where: { userId: user.id },
      data: { createdAt: new Date(Date.now() - 13 * 3_600_000), lastSeenAt: new Date() },
    });
    expect(await browser.session()).toBeNull();
  });

  it("refuses a session idle for longer than SESSION_IDLE_MINUTES", async () => {
    const user = await createUser();
    const browser = authClient();
    await browser.signIn(user.email, TEST_PASSWORD);
    await prisma.authSession.updateMany({
      where: { userId: user.id },
      data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) },
    });
    expect(await browser.session()).toBeNull();
  });

  it("refuses a validly signed token that names no server-side session (an old or forged-by-insider JWT)", async () => {
    const user = await createUser();
    const old = await encode({
      token: { sub: user.id, role: "COUNSELOR", iat: Math.floor(Date.now() / 1000) - 30 * 86_400 },
      secret: process.env.NEXTAUTH_SECRET!,
      maxAge: 60,
    });
    const browser = authClient();
    browser.useSessionCookie(old);
    expect(await browser.session()).toBeNull();
  });

  it("keeps a session alive while it is used, and does not let polling stretch it past the absolute lifetime", async () => {
    const user = await createUser();
    const browser = authClient();
    await browser.signIn(user.email, TEST_PASSWORD);
    const sid = (await prisma.authSession.findFirstOrThrow({ where: { userId: user.id } })).id;
    await prisma.authSession.update({ where: { id: sid }, data: { lastSeenAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await browser.session()).not.toBeNull();
    const row = await prisma.authSession.findUniqueOrThrow({ where: { id: sid } });
    expect(Date.now() - row.lastSeenAt.getTime()).toBeLessThan(60_000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(12 * 3_600_000);
  });

  it("signs out of all devices: every other browser's cookie is refused", async () => {
    const user = await createUser();
    const phone = authClient();
    const laptop = authClient();
    await phone.signIn(user.email, TEST_PASSWORD);
    await laptop.signIn(user.email, TEST_PASSWORD);
    expect(await endAllAuthSessions(user.id)).toBe(2);
    expect(await phone.session()).toBeNull();
    expect(await laptop.session()).toBeNull();
  });

  it("stores only a hash of the session secret", async () => {
    const user = await createUser();
    const browser = authClient();
    await browser.signIn(user.email, TEST_PASSWORD);
    const row = await prisma.authSession.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.id).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(row.id)).not.toBe(row.id);
  });
});
