import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createUser } from "../support/factories";
import { connected, sessionCookie, startRealtimeServer } from "../support/realtime";
import type { Socket } from "socket.io-client";

describe("Socket.IO handshake and whoami", () => {
  let server: Awaited<ReturnType<typeof startRealtimeServer>>;
  beforeAll(async () => {
    server = await startRealtimeServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("answers whoami with the signed-in user's id and role", async () => {
    const teen = await createUser({ role: "TEEN", name: "Sam" });
    const client = server.connect({ cookie: await sessionCookie(teen) });
    await connected(client);
    const reply = await client.emitWithAck("whoami", {});
    expect(reply).toEqual({ ok: true, data: { userId: teen.id, role: "TEEN", name: "Sam" } });
  });

  it("refuses a connection without a session cookie", async () => {
    await expect(connected(server.connect())).rejects.toThrow("UNAUTHENTICATED");
  });

  it("refuses a connection from a foreign origin even with a valid session", async () => {
    const user = await createUser();
    await expect(
      connected(server.connect({ cookie: await sessionCookie(user), origin: "https://evil.example" })),
    ).rejects.toThrow("FORBIDDEN_ORIGIN");
  });

  it("refuses an expired session", async () => {
    const user = await createUser();
    await expect(connected(server.connect({ cookie: await sessionCookie(user, { maxAge: -60 }) }))).rejects.toThrow(
      "UNAUTHENTICATED",
    );
  });

  it("refuses a session signed with another secret", async () => {
    const user = await createUser();
    const forged = await sessionCookie(user, { secret: "some-other-secret-that-is-long-enough-0000" });
    await expect(connected(server.connect({ cookie: forged }))).rejects.toThrow("UNAUTHENTICATED");
  });

  it("refuses the session of a user who no longer exists", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user);
    await prisma.user.delete({ where: { id: user.id } });
    await expect(connected(server.connect({ cookie }))).rejects.toThrow("UNAUTHENTICATED");
  });

  it("answers a malformed whoami with an INVALID error ack and keeps serving", async () => {
    const user = await createUser({ role: "PARENT" });
    const client = server.connect({ cookie: await sessionCookie(user) });
    await connected(client);
    const bad = await (client as Socket).emitWithAck("whoami", { extra: "field" });
    expect(bad).toMatchObject({ ok: false, error: { code: "INVALID" } });
    const good = await client.emitWithAck("whoami", undefined);
    expect(good).toMatchObject({ ok: true, data: { userId: user.id, role: "PARENT" } });
  });
});
