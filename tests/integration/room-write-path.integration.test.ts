// The room's write path against hostile and unlucky clients: access pinned in
// the one-statement send, joins racing sends, payloads a typed client would
// never send, the rate limit and the server's memory.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { removeMember } from "@/lib/families/remove-member";
import { forgetRoomSnapshot, hasRoomSnapshot, roomSnapshot } from "@/lib/room/room-snapshot";
import { joinRoom } from "@/lib/room/join-room";
import { isInRoom, requireRoomAccess, roomAccessSql } from "@/lib/room/room-access";
import { createFamily } from "../support/factories";
import { sendMessage } from "@/lib/room/send-message";
import { createUser } from "../support/factories";
import { realtimeServerPerTest } from "../support/realtime";
import { liveFamily, roomClient } from "../support/room";

const realtime = realtimeServerPerTest();

const countMessages = (sessionId: string) => prisma.roomMessage.count({ where: { sessionId } });

describe("room access on the send path", () => {
  it("spells one rule three ways that agree: the Prisma filter, the SQL condition and the cached room's people", async () => {
    const { counselor, mom, son, family, sessionId } = await liveFamily();
    const removed = await createUser({ role: "TEEN" });
    await prisma.familyMember.create({ data: { familyId: family.id, userId: removed.id, role: "TEEN" } });
    await prisma.familyMember.deleteMany({ where: { familyId: family.id, userId: removed.id } });
    const otherCounselor = await createUser({ role: "COUNSELOR" });
    const otherParent = await createUser({ role: "PARENT" });
    await createFamily({ counselorId: otherCounselor.id, members: [{ userId: otherParent.id, role: "PARENT" }] });
    const cached = await roomSnapshot(sessionId, Date.now() + 10 * 60_000);
    const cases = [
      [counselor, true],
      [mom, true],
      [son, true],
      [removed, false],
      [otherCounselor, false],
      [otherParent, false],
    ] as const;
    for (const [person, expected] of cases) {
      const prismaSays = await requireRoomAccess(person, sessionId).then(
        () => true,
        () => false,
      );
      const [{ ok: sqlSays }] = await prisma.$queryRaw<
        { ok: boolean }[]
      >`SELECT ${roomAccessSql(person.id, sessionId)} AS ok`;
      expect([prismaSays, sqlSays, isInRoom(cached!.people, person.id)], person.name).toEqual([
        expected,
        expected,
        expected,
      ]);
    }
  });

  it("refuses a member removed from the family even while this process still has the room cached with them in it", async () => {
    const { mom, family, sessionId } = await liveFamily();
    const laura = await roomClient(realtime.server(), mom);
    await laura.join(sessionId);
    expect((await laura.send(sessionId, "First message.")).ok).toBe(true);
    // Warm the cache with Laura in it, then remove her behind its back (no domain event),
    // so only the send statement's own access check stands between her and the room.
    await roomSnapshot(sessionId);
    await prisma.familyMember.deleteMany({ where: { familyId: family.id, userId: mom.id } });
    expect(hasRoomSnapshot(sessionId)).toBe(true);
    const before = await countMessages(sessionId);
    expect(await laura.send(sessionId, "Am I still here?")).toEqual({
      ok: false,
      error: { code: "NOT_FOUND", message: "We could not find that session." },
    });
    expect(await countMessages(sessionId)).toBe(before);
  });

  it("removing a member forgets the cached room, so its people are read afresh", async () => {
    const { counselor, son, family, sessionId } = await liveFamily();
    await roomSnapshot(sessionId);
    expect(hasRoomSnapshot(sessionId)).toBe(true);
    await removeMember({ actor: counselor, familyId: family.id, userId: son.id });
    expect(hasRoomSnapshot(sessionId)).toBe(false);
  });
});

describe("the send path's cached copy of a room", () => {
  it("is read when someone joins, so their first send does not wait for it", async () => {
    const { son, sessionId } = await liveFamily();
    expect(hasRoomSnapshot(sessionId)).toBe(false);
    await joinRoom({ actor: son, input: { sessionId } });
    await expect.poll(() => hasRoomSnapshot(sessionId)).toBe(true);
  });

  it("answers from the old copy past its age and reads a fresh one behind it", async () => {
    const { counselor, sessionId } = await liveFamily();
    const first = await roomSnapshot(sessionId);
    await prisma.user.update({ where: { id: counselor.id }, data: { name: "Renamed Counselor" } });
    const later = Date.now() + 10 * 60_000;
    // Everything the copy says is checked again by the send statement, so the old one may answer meanwhile.
    expect(await roomSnapshot(sessionId, later)).toBe(first);
    await expect.poll(async () => (await roomSnapshot(sessionId, later))?.people[0].name).toBe("Renamed Counselor");
  });

  it("shares one read between concurrent callers, and keeps nothing read before it was forgotten", async () => {
    const { sessionId } = await liveFamily();
    const a = roomSnapshot(sessionId);
    const b = roomSnapshot(sessionId);
    forgetRoomSnapshot(sessionId);
    const [first, second] = await Promise.all([a, b]);
    expect(first).toBe(second);
    // The change that forgot it may have landed after that read: the next caller reads again.
    expect(hasRoomSnapshot(sessionId)).toBe(false);
  });
});

describe("joining while others write", () => {
  it("subscribes the joiner before reading the backlog, so a message committed in between is in the backlog", async () => {
    const { mom, son, sessionId } = await liveFamily();
    let seq = 0;
    const snapshot = await joinRoom({
      actor: son,
      input: { sessionId },
      // Where the socket joins the live stream: anything committed from here on is either read below or broadcast to it.
      onAdmitted: async () => {
        const sent = await sendMessage({
          actor: mom,
          input: { sessionId, clientId: randomUUID(), text: "Said while Sam was joining." },
        });
        if (sent.outcome === "DELIVERED") seq = sent.message.seq;
      },
    });
    expect(seq).toBeGreaterThan(0);
    expect(snapshot.messages.map((m) => m.seq)).toContain(seq);
  });

  it("a message committed while a join is in flight reaches the joiner, in the backlog or live, exactly once", async () => {
    const { counselor, mom, son, sessionId } = await liveFamily();
    // Two writers, each within the per-person rate limit.
    const writers = await Promise.all([mom, counselor].map((u) => roomClient(realtime.server(), u)));
    await Promise.all(writers.map((w) => w.join(sessionId)));
    const tries = 16;
    for (let i = 0; i < tries; i++) {
      const sam = await roomClient(realtime.server(), son);
      const [joined, sent] = await Promise.all([sam.join(sessionId), writers[i % 2].send(sessionId, `try ${i}`)]);
      expect(joined.ok && sent.ok).toBe(true);
      if (!joined.ok || !sent.ok || sent.data.outcome !== "DELIVERED") continue;
      const seq = sent.data.seq;
      const inBacklog = joined.data.messages.some((m) => m.seq === seq);
      // Either the backlog had it or the broadcast brings it; a client drops a repeat by seq.
      await expect.poll(() => inBacklog || sam.received.some((m) => m.seq === seq), { timeout: 2000 }).toBe(true);
      sam.socket.disconnect();
    }
  });
});

describe("payloads a typed client would never send", () => {
  it("answers afterSeq beyond PostgreSQL's integers with INVALID, not INTERNAL", async () => {
    const { mom, sessionId } = await liveFamily();
    const laura = await roomClient(realtime.server(), mom);
    expect(await laura.raw.emitWithAck("room:join", { sessionId, afterSeq: 2 ** 31 })).toMatchObject({
      ok: false,
      error: { code: "INVALID" },
    });
    expect(await laura.raw.emitWithAck("room:join", { sessionId, afterSeq: 1e300 })).toMatchObject({
      ok: false,
      error: { code: "INVALID" },
    });
    expect((await laura.join(sessionId, 2 ** 31 - 1)).ok).toBe(true);
  });

  it("answers a text with a NUL or other control character with INVALID and a sentence", async () => {
    const { mom, sessionId } = await liveFamily();
    const laura = await roomClient(realtime.server(), mom);
    await laura.join(sessionId);
    expect(await laura.send(sessionId, "hello\u0000there")).toMatchObject({
      ok: false,
      error: {
        code: "INVALID",
        message:
          "Your message contains an invisible control character (often from copied text) that can hide or reorder words. Remove it and try again.",
      },
    });
    expect(await laura.send(sessionId, "bell\u0007")).toMatchObject({ ok: false, error: { code: "INVALID" } });
    // A bidirectional override would show the transcript's words in another order than they were written.
    expect(await laura.send(sessionId, "I never said \u202Eyes\u202C")).toMatchObject({
      ok: false,
      error: { code: "INVALID" },
    });
    expect((await laura.send(sessionId, "Family 👨‍👩‍👦 dinner, okay?")).ok).toBe(true);
    expect((await laura.send(sessionId, "Two lines\nand a\ttab are fine.")).ok).toBe(true);
  });

  it("answers the ack when extra arguments come before it", async () => {
    const { mom, sessionId } = await liveFamily();
    const laura = await roomClient(realtime.server(), mom);
    const reply = await new Promise((resolve) => laura.raw.emit("room:join", { sessionId }, "extra", 7, resolve));
    expect(reply).toMatchObject({ ok: true, data: { sessionId } });
    const bad = await new Promise((resolve) => laura.raw.emit("room:send", "garbage", { more: true }, resolve));
    expect(bad).toMatchObject({ ok: false, error: { code: "INVALID" } });
  });

  it("leaving another family's room is refused like joining it, and announces nothing there", async () => {
    const { mom, sessionId } = await liveFamily();
    const laura = await roomClient(realtime.server(), mom);
    await laura.join(sessionId);
    const presence: string[][] = [];
    laura.socket.on("room:presence", ({ userIds }) => presence.push(userIds));
    const stranger = await roomClient(realtime.server(), await createUser({ role: "PARENT" }));
    const left = await stranger.socket.emitWithAck("room:leave", { sessionId });
    expect(left).toEqual({ ok: false, error: { code: "NOT_FOUND", message: "We could not find that session." } });
    expect(await stranger.socket.emitWithAck("room:leave", { sessionId: "cl000000000000000000000000" })).toEqual(left);
    // A join of her own afterwards is the next presence she sees: nothing came from the stranger.
    await (await roomClient(realtime.server(), mom)).join(sessionId);
    await expect.poll(() => presence.length).toBeGreaterThan(0);
    expect(presence.every((ids) => ids.includes(mom.id))).toBe(true);
    expect(presence).toHaveLength(1);
  });
});

describe("the send rate limit", () => {
  it("answers a resend of a delivered message even when the budget is spent, and invalid sends cost nothing", async () => {
    const { mom, sessionId } = await liveFamily();
    const laura = await roomClient(realtime.server(), mom);
    await laura.join(sessionId);
    // Fewer than the per-event limit of the socket layer (20 in 10 s), more than the room's 8.
    for (let i = 0; i < 9; i++)
      expect(await laura.send(sessionId, "")).toMatchObject({ ok: false, error: { code: "INVALID" } });
    const first = { sessionId, clientId: randomUUID(), text: "The first thing I want to say." };
    const ack = await laura.socket.emitWithAck("room:send", first);
    expect(ack).toMatchObject({ ok: true, data: { outcome: "DELIVERED" } });
    for (let i = 0; i < 7; i++) expect((await laura.send(sessionId, `more ${i}`)).ok).toBe(true);
    expect(await laura.send(sessionId, "one too many")).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    expect(await laura.socket.emitWithAck("room:send", first)).toEqual(ack);
  });

  it("keeps its memory to the people who sent something recently, whatever ids a client makes up", async () => {
    const { mom, sessionId } = await liveFamily();
    const laura = await roomClient(realtime.server(), mom);
    await laura.join(sessionId);
    const server = realtime.server();
    for (let i = 0; i < 15; i++) {
      await laura.raw.emitWithAck("room:send", { sessionId: `made-up-${i}`, clientId: randomUUID(), text: "hi" });
    }
    expect(server.memory().limiter).toBe(0);
    expect((await laura.send(sessionId, "A real one.")).ok).toBe(true);
    expect(server.memory().limiter).toBe(1);
    server.sweep(Date.now() + 60_000);
    expect(server.memory().limiter).toBe(0);
  });
});
