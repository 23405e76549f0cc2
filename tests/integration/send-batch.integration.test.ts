// The batched one-statement send (lib/room/send-batch.ts) against real
// PostgreSQL: sends submitted in the same tick go out as one statement, and
// each keeps the guarantees of a single send.
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { hotSql } from "@/lib/db/sql";
import { SendBatcher, type BatchedSend } from "@/lib/room/send-batch";
import { sendMessage } from "@/lib/room/send-message";
import { createUser } from "../support/factories";
import { liveFamily } from "../support/room";

const toClose: postgres.Sql[] = [];
afterEach(async () => {
  await Promise.all(toClose.splice(0).map((sql) => sql.end({ timeout: 1 })));
});

async function room() {
  const family = await liveFamily();
  // Opening the room stored its first event: seqs of messages count on from here.
  const { version, lastSeq: base } = await prisma.roomState.findUniqueOrThrow({
    where: { sessionId: family.sessionId },
    select: { version: true, lastSeq: true },
  });
  const send = (senderId: string, text: string, extra: Partial<BatchedSend> = {}): BatchedSend => ({
    sessionId: family.sessionId,
    senderId,
    clientId: randomUUID(),
    kind: "MESSAGE",
    text,
    moderation: null,
    version,
    counselorId: family.counselor.id,
    ...extra,
  });
  return { ...family, send, seq: (n: number) => base + n };
}

const stored = (sessionId: string) =>
  prisma.roomMessage.findMany({
    where: { sessionId, kind: "MESSAGE" },
    orderBy: { seq: "asc" },
    select: { seq: true, text: true, senderId: true },
  });

describe("batched sends", () => {
  it("stores sends for two rooms from one statement, each room's seqs gap-free and in arrival order", async () => {
    const batcher = new SendBatcher(hotSql, () => false, 1);
    const a = await room();
    const b = await room();
    const results = await Promise.all([
      batcher.submit(a.send(a.mom.id, "a1")),
      batcher.submit(b.send(b.son.id, "b1")),
      batcher.submit(a.send(a.son.id, "a2")),
      batcher.submit(a.send(a.counselor.id, "a3")),
      batcher.submit(b.send(b.mom.id, "b2")),
    ]);
    expect(batcher.stats).toMatchObject({ statements: 1, sends: 5, retries: 0 });
    expect(results.map((m) => m && [m.sessionId === a.sessionId ? "a" : "b", m.seq, m.text])).toEqual([
      ["a", a.seq(1), "a1"],
      ["b", b.seq(1), "b1"],
      ["a", a.seq(2), "a2"],
      ["a", a.seq(3), "a3"],
      ["b", b.seq(2), "b2"],
    ]);
    expect((await stored(a.sessionId)).map((m) => [m.seq, m.text])).toEqual([
      [a.seq(1), "a1"],
      [a.seq(2), "a2"],
      [a.seq(3), "a3"],
    ]);
    expect((await prisma.roomState.findUniqueOrThrow({ where: { sessionId: a.sessionId } })).lastSeq).toBe(a.seq(3));
    expect((await prisma.roomState.findUniqueOrThrow({ where: { sessionId: b.sessionId } })).lastSeq).toBe(b.seq(2));
  });

  it("continues a room's seqs after what the careful path stored, batch after batch", async () => {
    const batcher = new SendBatcher(hotSql, () => false, 1);
    const a = await room();
    await sendMessage({ actor: a.mom, input: { sessionId: a.sessionId, clientId: randomUUID(), text: "before" } });
    const first = await Promise.all([batcher.submit(a.send(a.mom.id, "one")), batcher.submit(a.send(a.son.id, "two"))]);
    const second = await batcher.submit(a.send(a.son.id, "three"));
    expect([...first, second].map((m) => m?.seq)).toEqual([a.seq(2), a.seq(3), a.seq(4)]);
  });

  it("stores the same clientId sent twice in one batch once; the second gets null (the careful path then answers it as a duplicate)", async () => {
    const batcher = new SendBatcher(hotSql, () => false, 1);
    const a = await room();
    const twice = a.send(a.mom.id, "only once");
    const [first, second, other] = await Promise.all([
      batcher.submit(twice),
      batcher.submit({ ...twice }),
      batcher.submit(a.send(a.son.id, "also here")),
    ]);
    expect(batcher.stats.statements).toBe(1);
    expect(first?.seq).toBe(a.seq(1));
    expect(second).toBeNull();
    expect(other?.seq).toBe(a.seq(2));
    const again = await sendMessage({
      actor: a.mom,
      input: { sessionId: a.sessionId, clientId: twice.clientId, text: "only once" },
    });
    expect(again).toMatchObject({ outcome: "DELIVERED", duplicate: true, message: { id: first!.id, seq: a.seq(1) } });
    expect(await stored(a.sessionId)).toHaveLength(2);
  });

  it("a send that fails its checks gets null without failing the others of its batch", async () => {
    const batcher = new SendBatcher(hotSql, () => false, 1);
    const a = await room();
    const b = await room();
    const stranger = await createUser({ role: "PARENT" });
    const [ok1, outsider, stale, ok2] = await Promise.all([
      batcher.submit(a.send(a.mom.id, "fine")),
      batcher.submit(a.send(stranger.id, "let me in")),
      batcher.submit(b.send(b.mom.id, "decided on an old state", { version: -1 })),
      batcher.submit(a.send(a.son.id, "fine too")),
    ]);
    expect(batcher.stats.statements).toBe(1);
    expect([ok1?.seq, outsider, stale, ok2?.seq]).toEqual([a.seq(1), null, null, a.seq(2)]);
    expect(await stored(b.sessionId)).toEqual([]);
    // A room that was ended in the meantime takes nothing either.
    await prisma.roomState.update({ where: { sessionId: b.sessionId }, data: { endedAt: new Date() } });
    expect(await batcher.submit(b.send(b.mom.id, "after the end"))).toBeNull();
  });

  it("when the statement itself fails, every send of the batch is answered with that error and nothing is stored", async () => {
    const broken = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    toClose.push(broken);
    await broken.end();
    const batcher = new SendBatcher(
      () => broken,
      () => false,
      1,
    );
    const a = await room();
    const b = await room();
    const outcomes = await Promise.allSettled([
      batcher.submit(a.send(a.mom.id, "one")),
      batcher.submit(b.send(b.son.id, "two")),
      batcher.submit(a.send(a.son.id, "three")),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected", "rejected"]);
    // Not an AppError: handleEvent answers it as INTERNAL, which docs/realtime.md calls safe to retry (the client does).
    expect(
      outcomes.map(
        (o) =>
          o.status === "rejected" && o.reason instanceof Error && !("code" in o.reason && o.reason.code === "23505"),
      ),
    ).toEqual([true, true, true]);
    expect(await stored(a.sessionId)).toEqual([]);
    expect(await stored(b.sessionId)).toEqual([]);
  });

  it("behind a slow statement, other rooms' sends go out in a second statement; the slow room's wait their turn, in order", async () => {
    const batcher = new SendBatcher(hotSql, () => false, 1, { inFlight: 2, afterMs: 4 });
    const a = await room();
    const b = await room();
    // Another transaction holds room a, as a slow commit would hold the statement in flight.
    const holder = await hotSql().reserve();
    try {
      await holder`BEGIN`;
      await holder`SELECT 1 FROM "RoomState" WHERE "sessionId" = ${a.sessionId} FOR UPDATE`;
      const a1 = batcher.submit(a.send(a.mom.id, "a1"));
      await new Promise((resolve) => setTimeout(resolve, 30));
      const a2 = batcher.submit(a.send(a.son.id, "a2"));
      const b1 = await batcher.submit(b.send(b.mom.id, "b1"));
      expect(b1?.seq).toBe(b.seq(1));
      expect(batcher.stats).toMatchObject({ statements: 1, relief: 1 });
      await holder`COMMIT`;
      expect([(await a1)?.seq, (await a2)?.seq]).toEqual([a.seq(1), a.seq(2)]);
      expect(batcher.stats).toMatchObject({ statements: 3, relief: 1 });
      expect((await stored(a.sessionId)).map((m) => m.text)).toEqual(["a1", "a2"]);
    } finally {
      holder.release();
    }
  });

  it("a unique violation inside the statement (a racing write) gives every send of the batch null, so the careful path answers each", async () => {
    const batcher = new SendBatcher(hotSql, () => false, 1);
    const a = await room();
    // A row at the next seq that lastSeq does not know about: the batch's insert collides with it.
    await prisma.roomMessage.create({
      data: {
        id: randomUUID(),
        sessionId: a.sessionId,
        seq: a.seq(1),
        kind: "MESSAGE",
        senderId: a.mom.id,
        clientId: randomUUID(),
        text: "in the way",
      },
    });
    const results = await Promise.all([
      batcher.submit(a.send(a.mom.id, "one")),
      batcher.submit(a.send(a.son.id, "two")),
    ]);
    expect(results).toEqual([null, null]);
    expect((await stored(a.sessionId)).map((m) => m.text)).toEqual(["in the way"]);
  });
});
