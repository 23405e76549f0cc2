import { randomUUID } from "node:crypto";
import { openRoom } from "@/lib/room/open-room";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { removeMember } from "@/lib/families/remove-member";
import { shareSummary } from "@/lib/summaries/share-summary";
import { createUser } from "../support/factories";
import { realtimeServerPerTest } from "../support/realtime";
import { liveFamily, roomClient } from "../support/room";

const realtime = realtimeServerPerTest();

const seqsOf = (sessionId: string) =>
  prisma.roomMessage.findMany({
    where: { sessionId },
    orderBy: { seq: "asc" },
    select: { seq: true, text: true, kind: true },
  });

describe("joining the room", () => {
  it("gives the counselor and members the state, the people and the history", async () => {
    const { counselor, mom, sessionId } = await liveFamily();
    for (const user of [counselor, mom]) {
      const client = await roomClient(realtime.server(), user);
      const reply = await client.join(sessionId);
      expect(reply.ok).toBe(true);
      if (!reply.ok) continue;
      expect(reply.data).toMatchObject({ sessionId, status: "LIVE", state: { mode: "OPEN" }, lastSeq: 1 });
      expect(reply.data.people.map((p) => p.name)).toEqual(["Maya Reyes", "Laura Bennett", "Sam Bennett"]);
      expect(reply.data.messages).toEqual([
        expect.objectContaining({ seq: 1, kind: "EVENT", text: "Maya opened the room." }),
      ]);
    }
  });

  it("refuses another counselor and another family's member with the same answer as a made-up session", async () => {
    const { sessionId } = await liveFamily();
    const fake = "cl000000000000000000000000";
    for (const stranger of [await createUser({ role: "COUNSELOR" }), await createUser({ role: "PARENT" })]) {
      const client = await roomClient(realtime.server(), stranger);
      const real = await client.join(sessionId);
      const made = await client.join(fake);
      expect(real).toEqual({ ok: false, error: { code: "NOT_FOUND", message: "We could not find that session." } });
      expect(made).toEqual(real);
      expect(await client.send(sessionId, "hello?")).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    }
    expect((await seqsOf(sessionId)).length).toBe(1);
  });

  it("says the room is not open yet before the counselor opens it", async () => {
    const { mom, sessionId } = await liveFamily({ open: false });
    const client = await roomClient(realtime.server(), mom);
    expect(await client.join(sessionId)).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", reason: "ROOM_NOT_OPEN" },
    });
  });
});

describe("the delivery contract", () => {
  it("gives concurrent senders gap-free, ordered sequence numbers, and every client receives all of them", async () => {
    const { counselor, mom, son, sessionId } = await liveFamily();
    const clients = await Promise.all([counselor, mom, son].map((u) => roomClient(realtime.server(), u)));
    await Promise.all(clients.map((c) => c.join(sessionId)));
    const perClient = 6; // under the per-member rate limit
    const acks = await Promise.all(
      clients.flatMap((c, i) =>
        Array.from({ length: perClient }, (_, n) => c.send(sessionId, `client ${i} message ${n}`)),
      ),
    );
    expect(acks.every((a) => a.ok)).toBe(true);
    const ackedSeqs = acks.map((a) => (a.ok && a.data.outcome === "DELIVERED" ? a.data.seq : -1)).sort((a, b) => a - b);
    expect(ackedSeqs).toEqual(Array.from({ length: 18 }, (_, i) => i + 2));
    const rows = await seqsOf(sessionId);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    for (const client of clients) {
      await expect.poll(() => client.received.length).toBe(18);
      expect(client.received.map((m) => m.seq).sort((a, b) => a - b)).toEqual(ackedSeqs);
    }
  });

  it("stores a message sent twice with the same client id once, and acks both with the same seq", async () => {
    const { mom, sessionId } = await liveFamily();
    const client = await roomClient(realtime.server(), mom);
    await client.join(sessionId);
    const payload = { sessionId, clientId: randomUUID(), text: "I want us to talk calmly." };
    const [first, second] = await Promise.all([
      client.socket.emitWithAck("room:send", payload),
      client.socket.emitWithAck("room:send", payload),
    ]);
    const third = await client.socket.emitWithAck("room:send", payload);
    expect(first).toMatchObject({ ok: true });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect((await seqsOf(sessionId)).filter((r) => r.kind === "MESSAGE")).toHaveLength(1);
  });

  it("a client that was offline catches up with exactly what it missed, in order", async () => {
    const { mom, son, sessionId } = await liveFamily();
    const sam = await roomClient(realtime.server(), son);
    const first = await sam.join(sessionId);
    const lastSeen = first.ok ? first.data.lastSeq : 0;
    sam.socket.disconnect();
    const laura = await roomClient(realtime.server(), mom);
    await laura.join(sessionId);
    for (const text of ["one", "two", "three"]) await laura.send(sessionId, text);
    const back = await roomClient(realtime.server(), son);
    const reply = await back.join(sessionId, lastSeen);
    expect(reply.ok && reply.data.messages.map((m) => (m.kind === "HIDDEN" ? null : [m.seq, m.text]))).toEqual([
      [2, "one"],
      [3, "two"],
      [4, "three"],
    ]);
  });

  it("keeps every acked message across a server restart, and clients resume from their last seq", async () => {
    const { mom, sessionId } = await liveFamily();
    const laura = await roomClient(realtime.server(), mom);
    await laura.join(sessionId);
    const acked = [];
    for (const text of ["before", "the", "restart"]) acked.push(await laura.send(sessionId, text));
    const again = await roomClient(await realtime.restart(), mom);
    const reply = await again.join(sessionId, 0);
    const texts = reply.ok
      ? reply.data.messages.filter((m) => m.kind === "MESSAGE").map((m) => (m.kind === "MESSAGE" ? m.text : ""))
      : [];
    expect(texts).toEqual(["before", "the", "restart"]);
    expect(acked.map((a) => (a.ok && a.data.outcome === "DELIVERED" ? a.data.seq : 0))).toEqual([2, 3, 4]);
  });

  it("refuses an empty, oversized or malformed message with INVALID and a sentence", async () => {
    const { mom, sessionId } = await liveFamily();
    const client = await roomClient(realtime.server(), mom);
    await client.join(sessionId);
    expect(await client.send(sessionId, "   ")).toMatchObject({
      ok: false,
      error: { code: "INVALID", message: "Write something first." },
    });
    expect(await client.send(sessionId, "x".repeat(2001))).toMatchObject({
      ok: false,
      error: { code: "INVALID", message: "Keep a message under 2000 characters." },
    });
    expect(
      await client.socket.emitWithAck("room:send", { sessionId, clientId: "not-a-uuid", text: "hi" }),
    ).toMatchObject({ ok: false, error: { code: "INVALID" } });
    expect(await client.raw.emitWithAck("room:send", "garbage")).toMatchObject({
      ok: false,
      error: { code: "INVALID" },
    });
    expect((await client.send(sessionId, "still here")).ok).toBe(true);
  });

  it("limits how fast one member can send, with a clear error", async () => {
    const { son, sessionId } = await liveFamily();
    const client = await roomClient(realtime.server(), son);
    await client.join(sessionId);
    const results = [];
    for (let i = 0; i < 9; i++) results.push(await client.send(sessionId, `spam ${i}`));
    expect(results.slice(0, 8).every((r) => r.ok)).toBe(true);
    expect(results[8]).toMatchObject({
      ok: false,
      error: { code: "RATE_LIMITED", message: expect.stringContaining("very quickly") },
    });
  });
});

describe("floor refusals carry codes and sentences", () => {
  it("muted, paused and not-your-turn", async () => {
    const { counselor, mom, son, sessionId } = await liveFamily();
    const maya = await roomClient(realtime.server(), counselor);
    const laura = await roomClient(realtime.server(), mom);
    const sam = await roomClient(realtime.server(), son);
    await Promise.all([maya, laura, sam].map((c) => c.join(sessionId)));

    expect(await maya.control(sessionId, { type: "MUTE", userId: son.id })).toMatchObject({ ok: true });
    expect(await sam.send(sessionId, "hey")).toEqual({
      ok: false,
      error: {
        code: "CONFLICT",
        reason: "MUTED",
        message: "The counselor has muted you for now. You can still read along.",
      },
    });
    await maya.control(sessionId, { type: "UNMUTE", userId: son.id });

    await maya.control(sessionId, { type: "PAUSE" });
    expect(await laura.send(sessionId, "but")).toMatchObject({ ok: false, error: { reason: "ROOM_PAUSED" } });
    expect((await maya.send(sessionId, "Let's take a moment.")).ok).toBe(true);
    await maya.control(sessionId, { type: "RESUME" });

    await maya.control(sessionId, { type: "SET_MODE", mode: "HAND_RAISE" });
    await maya.control(sessionId, { type: "GRANT_FLOOR", userId: mom.id });
    expect(await sam.send(sessionId, "me!")).toEqual({
      ok: false,
      error: {
        code: "CONFLICT",
        reason: "NOT_YOUR_TURN",
        message: "Laura has the floor — raise your hand to speak next.",
      },
    });
    expect((await laura.send(sessionId, "Thank you for listening.")).ok).toBe(true);
  });

  it("a member cannot take counselor controls", async () => {
    const { son, sessionId } = await liveFamily();
    const sam = await roomClient(realtime.server(), son);
    await sam.join(sessionId);
    expect(await sam.control(sessionId, { type: "PAUSE" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await sam.socket.emitWithAck("room:end", { sessionId })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
  });

  it("broadcasts state changes and records each control in the transcript", async () => {
    const { counselor, mom, son, sessionId } = await liveFamily();
    const maya = await roomClient(realtime.server(), counselor);
    const laura = await roomClient(realtime.server(), mom);
    await Promise.all([maya.join(sessionId), laura.join(sessionId)]);
    const states: string[] = [];
    laura.socket.on("room:state", ({ state }) => states.push(state.mode));
    await maya.control(sessionId, { type: "SET_MODE", mode: "SPEAKER_LISTENER", speaker: son.id, listener: mom.id });
    await expect.poll(() => states).toEqual(["SPEAKER_LISTENER"]);
    const events = (await seqsOf(sessionId)).filter((r) => r.kind === "EVENT").map((r) => r.text);
    expect(events).toEqual(["Maya opened the room.", "Maya switched to speaker–listener: Sam speaks, Laura listens."]);
  });

  it("a double tap on 'Raise hand' raises it once and writes one line", async () => {
    const { counselor, son, sessionId } = await liveFamily();
    const maya = await roomClient(realtime.server(), counselor);
    const sam = await roomClient(realtime.server(), son);
    await Promise.all([maya.join(sessionId), sam.join(sessionId)]);
    await maya.control(sessionId, { type: "SET_MODE", mode: "HAND_RAISE" });
    const [first, second] = await Promise.all([
      sam.control(sessionId, { type: "RAISE_HAND" }),
      sam.control(sessionId, { type: "RAISE_HAND" }),
    ]);
    expect([first.ok, second.ok]).toEqual([true, true]);
    const events = (await seqsOf(sessionId)).filter((r) => r.kind === "EVENT").map((r) => r.text);
    expect(events.filter((text) => /raised/i.test(text))).toHaveLength(1);
    expect((await sam.control(sessionId, { type: "LOWER_HAND" })).ok).toBe(true);
    expect((await sam.control(sessionId, { type: "LOWER_HAND" })).ok).toBe(true);
    const after = (await seqsOf(sessionId)).filter((r) => r.kind === "EVENT").map((r) => r.text);
    expect(after.length - events.length).toBe(1);
  });
});

describe("private messages and access", () => {
  it("coaching reaches only its member and the counselor; others see only that the sequence moved on", async () => {
    const { counselor, mom, son, sessionId } = await liveFamily();
    const maya = await roomClient(realtime.server(), counselor);
    const laura = await roomClient(realtime.server(), mom);
    const sam = await roomClient(realtime.server(), son);
    await Promise.all([maya, laura, sam].map((c) => c.join(sessionId)));
    const ack = await maya.socket.emitWithAck("room:coach", {
      sessionId,
      clientId: randomUUID(),
      userId: son.id,
      text: "Try: I feel … when …",
    });
    expect(ack.ok).toBe(true);
    await expect.poll(() => sam.received.length).toBe(1);
    await expect.poll(() => laura.received.length).toBe(1);
    expect(sam.received[0]).toMatchObject({ kind: "COACHING", text: "Try: I feel … when …" });
    expect(laura.received[0]).toEqual({ seq: 2, kind: "HIDDEN" });
    const rejoin = await (await roomClient(realtime.server(), mom)).join(sessionId, 1);
    expect(rejoin.ok && rejoin.data.messages).toEqual([{ seq: 2, kind: "HIDDEN" }]);
  });

  it("a member removed from the family is disconnected at once and cannot come back", async () => {
    const { counselor, family, son, sessionId } = await liveFamily();
    const sam = await roomClient(realtime.server(), son);
    await sam.join(sessionId);
    const dropped = new Promise<string>((resolve) => sam.socket.once("disconnect", resolve));
    await removeMember({ actor: counselor, familyId: family.id, userId: son.id });
    expect(await dropped).toBe("io server disconnect");
    const back = await roomClient(realtime.server(), son);
    expect(await back.join(sessionId)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("after the session ends, the transcript is read-only", async () => {
    const { counselor, mom, sessionId } = await liveFamily();
    const maya = await roomClient(realtime.server(), counselor);
    const laura = await roomClient(realtime.server(), mom);
    await Promise.all([maya.join(sessionId), laura.join(sessionId)]);
    const ended = new Promise((resolve) => laura.socket.once("room:ended", resolve));
    expect(await maya.socket.emitWithAck("room:end", { sessionId })).toMatchObject({ ok: true });
    await ended;
    expect(await laura.send(sessionId, "wait")).toMatchObject({ ok: false, error: { reason: "ROOM_ENDED" } });
    const reread = await laura.join(sessionId);
    expect(reread.ok && reread.data.status).toBe("ENDED");
    expect((await prisma.session.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("ENDED");
  });

  it("when the counselor opens the room, the family's members are told on their own sockets; nobody else is", async () => {
    const { counselor, mom, son, sessionId } = await liveFamily({ open: false });
    const other = await liveFamily({ open: false });
    const [laura, sam, stranger, strangersCounselor] = await Promise.all(
      [mom, son, other.mom, other.counselor].map((u) => roomClient(realtime.server(), u)),
    );
    const told: string[] = [];
    laura.socket.on("room:opened", ({ sessionId: id }) => told.push(`laura:${id}`));
    sam.socket.on("room:opened", ({ sessionId: id }) => told.push(`sam:${id}`));
    stranger.socket.on("room:opened", ({ sessionId: id }) => told.push(`stranger:${id}`));
    strangersCounselor.socket.on("room:opened", ({ sessionId: id }) => told.push(`other counselor:${id}`));
    await openRoom({ actor: counselor, sessionId });
    await expect.poll(() => [...told].sort()).toEqual([`laura:${sessionId}`, `sam:${sessionId}`]);
    // The other family's room opening reaches its own member, after which nothing more can arrive from ours.
    await openRoom({ actor: other.counselor, sessionId: other.sessionId });
    await expect.poll(() => told.length).toBe(3);
    expect(told[2]).toBe(`stranger:${other.sessionId}`);
  });

  it("when the counselor shares the summary after the end, members still in the room are told; other families are not", async () => {
    const { counselor, mom, sessionId } = await liveFamily();
    const other = await liveFamily();
    const laura = await roomClient(realtime.server(), mom);
    const stranger = await roomClient(realtime.server(), other.mom);
    await Promise.all([laura.join(sessionId), stranger.join(other.sessionId)]);
    const ended = new Promise((resolve) => laura.socket.once("room:ended", resolve));
    await (await roomClient(realtime.server(), counselor)).socket.emitWithAck("room:end", { sessionId });
    await ended;
    const told: string[] = [];
    laura.socket.on("room:summary-shared", ({ sessionId: id }) => told.push(id));
    stranger.socket.on("room:summary-shared", ({ sessionId: id }) => told.push(`stranger:${id}`));
    await shareSummary({
      actor: counselor,
      sessionId,
      input: { workedOn: "Evenings.", wentWell: "Listening.", practice: "One text when leaving." },
    });
    await expect.poll(() => told).toEqual([sessionId]);
    // Something the other family's socket does receive, after: anything sent to it before would be in by then.
    const strangerEnded = new Promise((resolve) => stranger.socket.once("room:ended", resolve));
    await (
      await roomClient(realtime.server(), other.counselor)
    ).socket.emitWithAck("room:end", {
      sessionId: other.sessionId,
    });
    await strangerEnded;
    expect(told).toEqual([sessionId]);
  });
});
