// Two app processes (two Socket.IO servers with the PostgreSQL adapter) on one
// database behave as one room.
import { afterEach, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/auth-options";
import { connected, signedInCookie, startRealtimeServer } from "../support/realtime";
import { liveFamily, roomClient } from "../support/room";

type Server = Awaited<ReturnType<typeof startRealtimeServer>>;
const servers: Server[] = [];

async function twoServers() {
  const a = await startRealtimeServer({ databaseUrl: process.env.DATABASE_URL });
  const b = await startRealtimeServer({ databaseUrl: process.env.DATABASE_URL });
  servers.push(a, b);
  return [a, b];
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe("scale-out through the PostgreSQL adapter", () => {
  it("delivers a message sent through one process to a client connected to the other, with the shared state", async () => {
    const [a, b] = await twoServers();
    const { counselor, mom, sessionId } = await liveFamily();
    const maya = await roomClient(a, counselor);
    const laura = await roomClient(b, mom);
    await maya.join(sessionId);
    await laura.join(sessionId);
    const states: string[] = [];
    laura.socket.on("room:state", ({ state }) => states.push(state.mode));
    await maya.control(sessionId, { type: "SET_MODE", mode: "HAND_RAISE" });
    await maya.send(sessionId, "Welcome, both of you.");
    await expect
      .poll(() => laura.received.map((m) => (m.kind === "MESSAGE" ? m.text : m.kind)), { timeout: 10_000 })
      .toEqual(["EVENT", "Welcome, both of you."]);
    await expect.poll(() => states, { timeout: 10_000 }).toEqual(["HAND_RAISE"]);
  });

  it("delivers concurrent sends from both processes to every client exactly once and in seq order, long messages included", async () => {
    const [a, b] = await twoServers();
    const { counselor, mom, son, sessionId } = await liveFamily();
    const maya = await roomClient(a, counselor);
    const laura = await roomClient(b, mom);
    const sam = await roomClient(a, son);
    await Promise.all([maya, laura, sam].map((c) => c.join(sessionId)));
    // 2,000 four-byte characters: the row is past PostgreSQL's notification payload limit and travels by id.
    const long = "🌱".repeat(2000);
    // Six each: within the per-person rate limit.
    const texts = [
      ...Array.from({ length: 6 }, (_, i) => `from Laura ${i}`),
      ...Array.from({ length: 5 }, (_, i) => `from Sam ${i}`),
      long,
    ];
    const acks = await Promise.all(texts.map((text, i) => (i < 6 ? laura : sam).send(sessionId, text)));
    expect(acks.every((ack) => ack.ok)).toBe(true);
    for (const client of [maya, laura, sam]) {
      await expect
        .poll(() => client.received.filter((m) => m.kind === "MESSAGE").length, { timeout: 10_000 })
        .toBe(texts.length);
      const messages = client.received.filter((m) => m.kind === "MESSAGE");
      expect(new Set(messages.map((m) => m.seq)).size).toBe(texts.length);
      expect(messages.map((m) => (m.kind === "MESSAGE" ? m.text : "")).sort()).toEqual([...texts].sort());
    }
    // Per sender, arrival order is send order (each client sent its six at once, in order).
    const laurasSeen = maya.received
      .filter((m) => m.kind === "MESSAGE" && m.text.startsWith("from Laura"))
      .map((m) => (m.kind === "MESSAGE" ? m.text : ""));
    expect(laurasSeen).toEqual(texts.slice(0, 6));
  });

  it("signing out disconnects the sockets of that sign-in on every process", async () => {
    const [a, b] = await twoServers();
    const { son, sessionId } = await liveFamily();
    const { cookie, sid } = await signedInCookie(son);
    const sockets = [a.connect({ cookie }), b.connect({ cookie })];
    await Promise.all(sockets.map(connected));
    for (const socket of sockets)
      expect((await socket.emitWithAck("room:join", { sessionId, afterSeq: 0 })).ok).toBe(true);
    const dropped = Promise.all(sockets.map((socket) => new Promise((resolve) => socket.once("disconnect", resolve))));
    await authOptions().events!.signOut!({ token: { sub: son.id, sid }, session: null as never });
    await expect(dropped).resolves.toEqual(["io server disconnect", "io server disconnect"]);
  });
});
