import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { endAllAuthSessions, endAuthSession } from "@/lib/auth/auth-sessions";
import { hashToken } from "@/lib/auth/secret-token";
import { createUser } from "../support/factories";
import { connected, realtimeServerPerTest, signedInCookie, type TestClient } from "../support/realtime";

function disconnectedByServer(client: TestClient): Promise<string> {
  return new Promise((resolve) => client.once("disconnect", (reason) => resolve(reason)));
}

describe("sockets live no longer than their sign-in", () => {
  // A short check interval so the test waits for the event, not for a clock.
  const realtime = realtimeServerPerTest({ sessionCheckMs: 50 });

  it("disconnects a socket when its sign-in ends (sign-out)", async () => {
    const user = await createUser({ role: "PARENT" });
    const { cookie, sid } = await signedInCookie(user);
    const client = realtime.server().connect({ cookie });
    await connected(client);
    const gone = disconnectedByServer(client);
    await endAuthSession(sid);
    expect(await gone).toBe("io server disconnect");
  });

  it("keeps another device's socket when one device signs out", async () => {
    const user = await createUser({ role: "PARENT" });
    const phone = await signedInCookie(user);
    const laptop = await signedInCookie(user);
    const phoneSocket = realtime.server().connect({ cookie: phone.cookie });
    const laptopSocket = realtime.server().connect({ cookie: laptop.cookie });
    await Promise.all([connected(phoneSocket), connected(laptopSocket)]);
    const gone = disconnectedByServer(phoneSocket);
    await endAuthSession(phone.sid);
    await gone;
    expect((await laptopSocket.emitWithAck("whoami", {})).ok).toBe(true);
  });

  it("disconnects every socket of a person who signs out of all devices", async () => {
    const user = await createUser({ role: "TEEN" });
    // Both cookies first: a socket created while the other cookie is still on its way could connect before anyone listens.
    const cookies = await Promise.all([signedInCookie(user), signedInCookie(user)]);
    const sockets = cookies.map(({ cookie }) => realtime.server().connect({ cookie }));
    await Promise.all(sockets.map(connected));
    const gone = Promise.all(sockets.map(disconnectedByServer));
    await endAllAuthSessions(user.id);
    expect(await gone).toEqual(["io server disconnect", "io server disconnect"]);
  });

  it("disconnects an open socket once its session passes its absolute lifetime", async () => {
    const user = await createUser();
    const { cookie, sid } = await signedInCookie(user);
    const client = realtime.server().connect({ cookie });
    await connected(client);
    const gone = disconnectedByServer(client);
    await prisma.authSession.update({
      where: { id: hashToken(sid) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await gone).toBe("io server disconnect");
  });

  it("disconnects an open socket once its session has been idle too long", async () => {
    const user = await createUser();
    const { cookie, sid } = await signedInCookie(user);
    const client = realtime.server().connect({ cookie });
    await connected(client);
    const gone = disconnectedByServer(client);
    await prisma.authSession.update({
      where: { id: hashToken(sid) },
      data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) },
    });
    expect(await gone).toBe("io server disconnect");
  });

  it("refuses a handshake with the cookie of an ended sign-in", async () => {
    const user = await createUser();
    const { cookie, sid } = await signedInCookie(user);
    await endAuthSession(sid);
    await expect(connected(realtime.server().connect({ cookie }))).rejects.toThrow("UNAUTHENTICATED");
  });
});

describe("every socket event is rate-limited per person", () => {
  const realtime = realtimeServerPerTest();

  it("refuses a burst of break requests after the second, before touching the room", async () => {
    const teen = await createUser({ role: "TEEN" });
    const client = realtime.server().connect({ cookie: (await signedInCookie(teen)).cookie });
    await connected(client);
    const sessionId = "cl000000000000000000000000";
    const replies = [];
    for (let i = 0; i < 5; i++) replies.push(await client.emitWithAck("room:break", { sessionId }));
    expect(replies.map((r) => (r.ok ? "ok" : r.error.code))).toEqual([
      "NOT_FOUND",
      "NOT_FOUND",
      "RATE_LIMITED",
      "RATE_LIMITED",
      "RATE_LIMITED",
    ]);
  });

  it("limits events without a limit of their own too (whoami), and across a person's sockets", async () => {
    const user = await createUser();
    const [a, b] = [
      realtime.server().connect({ cookie: (await signedInCookie(user)).cookie }),
      realtime.server().connect({ cookie: (await signedInCookie(user)).cookie }),
    ];
    await Promise.all([connected(a), connected(b)]);
    const replies = [];
    for (let i = 0; i < 11; i++) replies.push(await a.emitWithAck("whoami", {}), await b.emitWithAck("whoami", {}));
    expect(replies.filter((r) => r.ok)).toHaveLength(20);
    expect(replies.at(-1)).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
  });
});
