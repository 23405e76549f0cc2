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
    await expect.poll(() => laura.received.map((m) => (m.kind === "MESSAGE" ? m.text : m.kind)), { timeout: 10_000 }).toEqual(["EVENT", "Welcome, both of you."]);
    await expect.poll(() => states, { timeout: 10_000 }).toEqual(["HAND_RAISE"]);
  });

  it("signing out disconnects the sockets of that sign-in on every process", async () => {
    const [a, b] = await twoServers();
    const { son, sessionId } = await liveFamily();
    const { cookie, sid } = await signedInCookie(son);
    const sockets = [a.connect({ cookie }), b.connect({ cookie })];
    await Promise.all(sockets.map(connected));
    for (const socket of sockets) expect((await socket.emitWithAck("room:join", { sessionId, afterSeq: 0 })).ok).toBe(true);
    const dropped = Promise.all(sockets.map((socket) => new Promise((resolve) => socket.once("disconnect", resolve))));
    await authOptions().events!.signOut!({ token: { sub: son.id, sid }, session: null as never });
    await expect(dropped).resolves.toEqual(["io server disconnect", "io server disconnect"]);
  });
});
