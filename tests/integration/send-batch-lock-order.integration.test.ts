// Two server processes each run their own batched send statement
// (lib/room/send-batch.ts), so two statements can be in flight over the same
// rooms at once. They must take the rooms' row locks in one order, whatever
// order the sends arrived in and whatever plan each process's PostgreSQL
// connection has cached; otherwise one of them dies of a deadlock (40P01).
// And when PostgreSQL reports a deadlock anyway (another kind of transaction
// can still take the same rows in the opposite order), the batch is retried:
// every send stored exactly once, nobody answered an error.
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { SendBatcher, type BatchedSend } from "@/lib/room/send-batch";
import { liveFamily } from "../support/room";

const open: postgres.Sql[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((sql) => sql.end({ timeout: 1 })));
});

function connect(settings: Record<string, string> = {}): postgres.Sql {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, prepare: true, onnotice: () => {}, connection: settings });
  open.push(sql);
  return sql;
}

/**
 * The plan PostgreSQL chooses for the statement when RoomState is small or its statistics say so: the rooms are
 * found by scanning the table, so rows are locked in the order they lie on disk, not by session id. A process
 * keeps a prepared statement's plan until the table's statistics change, so two processes can hold different
 * plans at the same moment.
 */
const SCAN_PLAN = {
  enable_nestloop: "off",
  enable_mergejoin: "off",
  enable_indexscan: "off",
  enable_bitmapscan: "off",
};

async function room() {
  const family = await liveFamily();
  const { version } = await prisma.roomState.findUniqueOrThrow({ where: { sessionId: family.sessionId } });
  const send = (senderId: string, text: string): BatchedSend => ({
    sessionId: family.sessionId,
    senderId,
    clientId: randomUUID(),
    kind: "MESSAGE",
    text,
    moderation: null,
    version,
    counselorId: family.counselor.id,
  });
  return { ...family, send };
}

/** Two rooms, the one with the greater session id first on disk, so a scan meets them against their id order. */
async function twoRoomsOnDiskAgainstIdOrder() {
  const first = await room();
  const second = await room();
  const [hi, lo] = first.sessionId > second.sessionId ? [first, second] : [second, first];
  // An update writes a new version of the row, normally after the rows already on its page (or on a later
  // page): rewrite the lower id's row until a scan meets it second.
  for (let attempt = 0; attempt < 200; attempt++) {
    const [onDisk] = await prisma.$queryRaw<{ first: string }[]>`
      SELECT "sessionId" AS "first" FROM "RoomState" WHERE "sessionId" IN (${lo.sessionId}, ${hi.sessionId}) ORDER BY ctid LIMIT 1`;
    if (onDisk.first === hi.sessionId) return { lo, hi };
    await prisma.$executeRaw`UPDATE "RoomState" SET "updatedAt" = now() WHERE "sessionId" = ${lo.sessionId}`;
  }
  throw new Error("could not place two rooms on disk against their id order");
}

/** Resolves once `count` backends wait for a row lock. */
async function lockWaiters(count: number): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const [{ n }] = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS "n" FROM pg_stat_activity WHERE "datname" = current_database() AND "wait_event_type" = 'Lock'`;
    if (n >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${count} backends never waited for a lock`);
}

const storedTexts = async (sessionId: string) =>
  (
    await prisma.roomMessage.findMany({
      where: { sessionId, kind: "MESSAGE" },
      orderBy: { seq: "asc" },
      select: { text: true },
    })
  ).map((m) => m.text);

describe("batched sends from two processes", () => {
  it("two statements over the same rooms in opposite orders, planned differently, both commit (no deadlock)", async () => {
    const { lo, hi } = await twoRoomsOnDiskAgainstIdOrder();
    const [sqlOne, sqlTwo] = [connect(), connect(SCAN_PLAN)];
    const one = new SendBatcher(
      () => sqlOne,
      () => false,
      1,
    );
    const two = new SendBatcher(
      () => sqlTwo,
      () => false,
      1,
    );

    // A third transaction (a careful-path send, say) holds the room with the lower id while both batches start,
    // so both are in flight at once.
    const reserved = await connect().reserve();
    await reserved`BEGIN`;
    await reserved`SELECT 1 FROM "RoomState" WHERE "sessionId" = ${lo.sessionId} FOR UPDATE`;
    const first = Promise.allSettled([one.submit(lo.send(lo.mom.id, "lo 1")), one.submit(hi.send(hi.mom.id, "hi 1"))]);
    await lockWaiters(1);
    const second = Promise.allSettled([two.submit(hi.send(hi.son.id, "hi 2")), two.submit(lo.send(lo.son.id, "lo 2"))]);
    await lockWaiters(2);
    await reserved`COMMIT`;
    reserved.release();

    const outcomes = [...(await first), ...(await second)];
    const failures = outcomes.flatMap((o) => (o.status === "rejected" ? [String(o.reason)] : []));
    expect(failures).toEqual([]);
    // Not rescued by running a deadlock's victim again: no deadlock happened.
    expect(one.stats.retries + two.stats.retries).toBe(0);
    expect(outcomes.map((o) => o.status === "fulfilled" && o.value?.text)).toEqual(["lo 1", "hi 1", "hi 2", "lo 2"]);
    expect(await storedTexts(lo.sessionId)).toEqual(["lo 1", "lo 2"]);
    expect(await storedTexts(hi.sessionId)).toEqual(["hi 1", "hi 2"]);
  });

  it("a batch that PostgreSQL picks as a deadlock's victim is run again: every send stored once, none refused", async () => {
    const a = await room();
    const b = await room();
    const [lo, hi] = a.sessionId < b.sessionId ? [a, b] : [b, a];
    const sql = connect();
    const batcher = new SendBatcher(
      () => sql,
      () => false,
      1,
    );
    // Not a batch: a transaction that takes the two rooms the other way round, and waits longer before it
    // looks for a deadlock, so the batch is the one PostgreSQL cancels.
    const other = await connect({ deadlock_timeout: "20s" }).reserve();
    await other`BEGIN`;
    await other`SELECT 1 FROM "RoomState" WHERE "sessionId" = ${hi.sessionId} FOR UPDATE`;
    const sends = Promise.allSettled([
      batcher.submit(lo.send(lo.mom.id, "lo 1")),
      batcher.submit(hi.send(hi.mom.id, "hi 1")),
      batcher.submit(lo.send(lo.son.id, "lo 2")),
    ]);
    await lockWaiters(1);
    const otherDone = other`SELECT 1 FROM "RoomState" WHERE "sessionId" = ${lo.sessionId} FOR UPDATE`.then(async () => {
      await other`COMMIT`;
      other.release();
    });
    const outcomes = await sends;
    await otherDone;

    expect(outcomes.flatMap((o) => (o.status === "rejected" ? [String(o.reason)] : []))).toEqual([]);
    expect(outcomes.map((o) => o.status === "fulfilled" && o.value?.text)).toEqual(["lo 1", "hi 1", "lo 2"]);
    expect(batcher.stats.retries).toBe(1);
    expect(await storedTexts(lo.sessionId)).toEqual(["lo 1", "lo 2"]);
    expect(await storedTexts(hi.sessionId)).toEqual(["hi 1"]);
  });
});
