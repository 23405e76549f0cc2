// The room's one-statement sends (decision 008), grouped: every clean send that
// arrives in the same event-loop turn for rooms of one shard goes to
// PostgreSQL as one multi-row statement and one commit
// (docs/decisions/019-batched-room-sends.md). At 600 messages/s on two shared
// cores the tail was each send waiting for its own WAL flush; one commit per
// batch flushes once for all of them.
//
// What a batch keeps from the single statement, per send: access re-checked in
// SQL (the one rule in room-access.ts), the room open and at the state version
// the decision was made on, the clientId new, the next seq taken under the row
// lock. Sends of one room keep their arrival order and get consecutive seqs.
// A send that fails any check gets null (the careful path then decides with
// fresh data) without failing the others. Nobody is answered before the
// commit. A room always maps to the same shard and a shard runs one statement
// at a time, so a room's batches from one process commit in order. Scaled out,
// every process runs its own statement, so two can hold some of the same rooms
// at once: the statement locks its rooms in session-id order, whatever order
// the sends came in and whatever plan PostgreSQL chose, so two batches cannot
// deadlock; a deadlock or serialization failure reported anyway (another kind
// of transaction taking rooms in another order) runs the statement again.
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import type { ModerationRecord } from "./json-columns";
import { reportUnlessShuttingDown } from "@/lib/process/shutdown";
import { phaseTimingOn, recordPhase } from "@/lib/process/phase-timing";
import { roomAccessCondition } from "./room-access";
import type { StoredMessage } from "./room-store";

type Sql = postgres.Sql;

export type BatchedSend = {
  sessionId: string;
  senderId: string;
  clientId: string;
  kind: "MESSAGE" | "PARAPHRASE";
  text: string;
  moderation: ModerationRecord | null;
  /** The RoomState version decideSend saw. */
  version: number;
  counselorId: string;
  /**
   * The realtime server that will deliver the row to its own sockets at commit (room-delivery.ts);
   * when scaled out its listener skips the announcement of that row (room-rows.ts).
   */
  origin?: string;
};

type Pending = {
  send: BatchedSend;
  id: string;
  /** performance.now() at submit, for the benchmark's phase timing. */
  at: number;
  resolve: (message: StoredMessage | null) => void;
  reject: (error: unknown) => void;
};

/** The channel on which committed rows are announced to every process when the app is scaled out. */
export const ROOM_ROWS_CHANNEL = "mend_room_rows";

/** Most notifications stay under PostgreSQL's 8,000-byte payload limit with the row inside; longer ones carry its id. */
const PAYLOAD_MAX = 7_900;
/**
 * Shards of rooms, each with its own statements. One: every send that arrives while the statement is
 * in flight joins the next one (unless the first is slow, see RELIEF), and each statement has a fixed
 * cost in this process and in PostgreSQL that a bigger batch shares. Measured at 500 rooms (docs/benchmarks.md,
 * 2026-11-25 morning): 4 shards carried 1.2 sends per statement at 0.81–0.91 ms server CPU and
 * 0.53 ms PostgreSQL CPU per message; 2 shards 1.6 (0.77 / 0.44); 1 shard 2.9 (0.67 / 0.29).
 */
const SHARDS = 1;
const BATCH_MAX = 256;
/** Runs of a statement that PostgreSQL cancelled as a deadlock's victim or for a serialization failure. */
const TRANSIENT_ATTEMPTS = 3;

/**
 * When a statement has been in flight this long, sends queued behind it may go out in a second statement on
 * another connection instead of waiting (rooms in the first stay queued, so a room's sends keep their order).
 * A statement's p50 is about one durable commit (2–4 ms on the benchmark's disk) but its p99 is a slow fsync
 * (10–20 ms), and with one statement in flight every send behind it waited that long plus its own commit.
 * Two in flight also share a WAL flush when their commits meet (group commit). Measured in docs/benchmarks.md
 * (fifth pass).
 */
export type Relief = { inFlight: number; afterMs: number };
/**
 * Off by default (one statement in flight): in the A/Bs so far it bought nothing. On the quiet host, p99 39.1 ms
 * without it against 42.6 and 89.5 ms with it (500 rooms); on a loaded host (2026-11-25 afternoon, two runs each)
 * medians 8.0 and 8.0 ms without against 15.9 and 14.8 ms with, p99 119 and 228 against 179 and 192 ms. A second
 * statement costs CPU on both sides (smaller batches) on the same two cores as everything else.
 * `BENCH_SEND_IN_FLIGHT=2` in the room benchmark turns it on to measure again.
 */
const RELIEF: Relief = { inFlight: 1, afterMs: 6 };

type Running = { started: number; rooms: Set<string> };

export class SendBatcher {
  private readonly queues: Pending[][];
  private readonly running: Running[][];
  private readonly scheduled: boolean[];
  private readonly timers: (NodeJS.Timeout | null)[];
  /** Statements run so far, the sends they carried, runs repeated after a deadlock, statements started beside another. */
  readonly stats = { statements: 0, sends: 0, retries: 0, relief: 0 };
  private readonly announcer: Announcer;

  /**
   * `announce`: whether each committed row is also NOTIFYed on ROOM_ROWS_CHANNEL, right after its
   * commit, for every process to deliver to its own sockets. `relief`: see RELIEF (inFlight 1 turns it off).
   */
  constructor(
    private readonly sql: () => Sql,
    private readonly announce: () => boolean = () => false,
    private readonly shards = SHARDS,
    private readonly relief: Relief = RELIEF,
  ) {
    this.announcer = new Announcer(sql);
    this.queues = Array.from({ length: shards }, () => []);
    this.running = Array.from({ length: shards }, () => []);
    this.scheduled = Array(shards).fill(false);
    this.timers = Array(shards).fill(null);
  }

  /** The stored row, or null when any check said no. Rejects only when the statement itself failed (safe to retry). */
  submit(send: BatchedSend): Promise<StoredMessage | null> {
    const shard = shardOf(send.sessionId, this.shards);
    return new Promise((resolve, reject) => {
      this.queues[shard].push({ send, id: randomUUID(), at: performance.now(), resolve, reject });
      this.schedule(shard);
    });
  }

  private schedule(shard: number): void {
    if (this.scheduled[shard] || this.queues[shard].length === 0) return;
    const running = this.running[shard];
    if (running.length >= this.relief.inFlight) return; // the next to finish schedules again
    const wait = running.length === 0 ? 0 : this.relief.afterMs - (performance.now() - running[0].started);
    if (wait > 0) {
      // Behind a statement in flight: wait for it, or start beside it once it has been in flight afterMs.
      this.timers[shard] ??= setTimeout(() => {
        this.timers[shard] = null;
        this.schedule(shard);
      }, wait);
      return;
    }
    this.scheduled[shard] = true;
    // Everything that arrives in this turn of the event loop joins the batch.
    setImmediate(() => {
      this.scheduled[shard] = false;
      void this.flush(shard);
    });
  }

  /** The queued sends of rooms not in a statement in flight, up to BATCH_MAX, in arrival order. */
  private take(shard: number): Pending[] {
    const queue = this.queues[shard];
    const running = this.running[shard];
    if (running.length === 0) return queue.splice(0, BATCH_MAX);
    const batch: Pending[] = [];
    const rest: Pending[] = [];
    for (const p of queue) {
      const busy = running.some((r) => r.rooms.has(p.send.sessionId));
      (busy || batch.length >= BATCH_MAX ? rest : batch).push(p);
    }
    this.queues[shard] = rest;
    return batch;
  }

  private async flush(shard: number): Promise<void> {
    const batch = this.take(shard);
    if (batch.length === 0) return;
    const start = performance.now();
    const entry: Running = { started: start, rooms: new Set(batch.map((p) => p.send.sessionId)) };
    if (this.running[shard].length > 0) this.stats.relief++;
    this.running[shard].push(entry);
    for (const p of batch) recordPhase("send: queued for the shard", start - p.at);
    recordPhase("statement: sends", batch.length);
    try {
      const rows = await this.runRetryingTransient(batch);
      recordPhase("statement: round trip and commit", performance.now() - start);
      this.stats.statements++;
      this.stats.sends += batch.length;
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const p of batch) p.resolve(byId.get(p.id) ?? null);
    } catch (error) {
      if (isUniqueViolation(error)) {
        // A racing retry of one of these clientIds was stored meanwhile (by the careful path): the
        // statement is all or nothing, so every send of it takes the careful path, which answers each.
        for (const p of batch) p.resolve(null);
      } else {
        // Nothing of the batch was committed: every sender gets an error that is safe to retry.
        for (const p of batch) p.reject(error);
      }
    } finally {
      this.running[shard].splice(this.running[shard].indexOf(entry), 1);
      // Sends waiting for this statement go now, not when a relief timer fires.
      const timer = this.timers[shard];
      if (timer) clearTimeout(timer);
      this.timers[shard] = null;
      this.schedule(shard);
    }
  }

  /**
   * A deadlock or serialization failure rolled the whole statement back, so nothing of it was stored and running
   * it again cannot store anything twice (the clientId is checked again, under the same unique index). Answered
   * as an error instead, every sender would resend it after a second.
   */
  private async runRetryingTransient(batch: Pending[]): Promise<StoredMessage[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.run(batch, this.announce());
      } catch (error) {
        if (attempt >= TRANSIENT_ATTEMPTS || !isTransient(error)) throw error;
        this.stats.retries++;
      }
    }
  }

  private async run(batch: Pending[], announce: boolean): Promise<StoredMessage[]> {
    // Announced after the commit, not inside it: a transaction that NOTIFYs takes a database-wide
    // lock at commit and would hold it through its WAL flush, serialising every batch (Lock:object).
    const sql = this.sql();
    const input = batch.map(({ id, send }) => ({ id, ...send }));
    // One prepared statement whatever the batch size: the sends travel as one JSON array.
    // The cast: the rows are plain JSON (strings, numbers, the zod-checked moderation record), but
    // postgres.js's JSONValue has no room for the record's optional (undefined) fields in TypeScript;
    // a JSON round trip to satisfy the type would cost a copy per send on the hot path.
    const rows = await sql<StoredMessage[]>`
      WITH input AS (
        SELECT e.ord, e.j->>'id' AS "id", e.j->>'sessionId' AS "sessionId", e.j->>'senderId' AS "senderId",
          e.j->>'clientId' AS "clientId", e.j->>'text' AS "text", e.j->>'kind' AS "kind",
          NULLIF(e.j->'moderation', 'null'::jsonb) AS "moderation", (e.j->>'version')::int AS "version", e.j->>'counselorId' AS "counselorId"
        FROM jsonb_array_elements(${sql.json(input as unknown as postgres.JSONValue)}::jsonb) WITH ORDINALITY AS e(j, ord)
      ),
      admitted AS (
        -- The same clientId twice in one batch: the first is stored, the second finds it on the careful path.
        SELECT DISTINCT ON (i."sessionId", i."senderId", i."clientId") i.*
        FROM input i
        WHERE ${roomAccessCondition(sql, sql("i.senderId"), sql("i.sessionId"))}
          -- OFFSET 0 keeps this a per-send probe of the unique index: PostgreSQL guesses a JSON array
          -- holds 100 elements and, while the table is small or its statistics lag behind, turns this into
          -- a hash anti join over a sequential scan of every stored message (about 1 ms of PostgreSQL's CPU
          -- per statement at 5,000 rows; the room benchmark's table grows from empty).
          AND NOT EXISTS (SELECT 1 FROM "RoomMessage" x WHERE x."sessionId" = i."sessionId" AND x."senderId" = i."senderId" AND x."clientId" = i."clientId" OFFSET 0)
        ORDER BY i."sessionId", i."senderId", i."clientId", i.ord
      ),
      counted AS (
        SELECT "sessionId", count(*)::int AS "n", min("version") AS "version" FROM admitted GROUP BY "sessionId" HAVING min("version") = max("version")
      ),
      locked AS MATERIALIZED (
        -- Rooms are locked here, in session-id order (PostgreSQL locks the rows as the sort hands them over), before
        -- the UPDATE touches any. Left to the UPDATE, the order is the plan's: by session id under the plan chosen
        -- at 1,000 rooms, but in table order under one that scans RoomState, and two processes can hold different
        -- cached plans at once — opposite orders, and a deadlock (send-batch-lock-order.integration.test.ts).
        -- The counts come along so that the UPDATE joins this alone: joined with counted as well, it rescanned this
        -- for every room (quadratic in the batch size).
        SELECT r."sessionId", c."n", c."version" FROM "RoomState" r JOIN counted c ON c."sessionId" = r."sessionId"
        ORDER BY r."sessionId"
        FOR NO KEY UPDATE OF r
      ),
      room AS (
        -- Under the row lock, re-checked against the row as it is now: open, and the version decided on.
        UPDATE "RoomState" r SET "lastSeq" = r."lastSeq" + l."n", "updatedAt" = now()
        FROM locked l
        WHERE r."sessionId" = l."sessionId" AND r."endedAt" IS NULL AND r."version" = l."version"
        RETURNING r."sessionId", r."lastSeq"
      ),
      numbered AS (
        SELECT a.*, (room."lastSeq" - count(*) OVER w + row_number() OVER (w ORDER BY a.ord))::int AS "seq"
        FROM admitted a JOIN room ON room."sessionId" = a."sessionId"
        WINDOW w AS (PARTITION BY a."sessionId")
      ),
      inserted AS (
        INSERT INTO "RoomMessage" ("id", "sessionId", "seq", "kind", "senderId", "clientId", "text", "moderation", "createdAt")
        SELECT "id", "sessionId", "seq", "kind"::"RoomMessageKind", "senderId", "clientId", "text", "moderation", now() FROM numbered
        RETURNING "id", "sessionId", "seq", "kind"::text AS "kind", "senderId", "clientId", "text", "recipientId", "data", "moderation", "createdAt"
      )
      SELECT m.* FROM inserted m
      ORDER BY m."sessionId", m."seq"`;
    if (announce) {
      const sendOf = new Map(batch.map(({ id, send }) => [id, send]));
      const announced = rows.map((row) => {
        const { counselorId, origin = "" } = sendOf.get(row.id)!;
        announcedRows.set(row, origin);
        return { row, counselorId, origin };
      });
      this.announcer.add(announced);
    }
    return rows;
  }
}

/**
 * Announces committed rows on ROOM_ROWS_CHANNEL: everything committed in one turn goes out as one
 * `SELECT pg_notify(...)` over an array — a transaction that writes no WAL, so its commit is quick —
 * one at a time, so notifications keep the order the rows committed in. A lost announcement (the
 * process dies between commit and notify) loses nothing: clients see the gap and catch up by seq.
 */
class Announcer {
  private queue: string[] = [];
  /** When each queued payload's row was committed, for the benchmark's phase timing. */
  private queuedAt: number[] = [];
  private busy = false;

  constructor(private readonly sql: () => Sql) {}

  add(rows: { row: StoredMessage; counselorId: string; origin: string }[]): void {
    for (const { row, counselorId, origin } of rows) {
      // `p` first: the origin server's listener recognises the rows it delivered by that prefix, without parsing them.
      const full = JSON.stringify({ p: origin, c: counselorId, m: row });
      this.queue.push(
        Buffer.byteLength(full) <= PAYLOAD_MAX ? full : JSON.stringify({ p: origin, c: counselorId, id: row.id }),
      );
      if (phaseTimingOn()) this.queuedAt.push(performance.now());
    }
    if (!this.busy) {
      this.busy = true;
      setImmediate(() => void this.flush());
    }
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const payloads = this.queue.splice(0, BATCH_MAX);
      const committedAt = this.queuedAt.splice(0, BATCH_MAX);
      const sql = this.sql();
      await sql`SELECT pg_notify(${ROOM_ROWS_CHANNEL}, p) FROM unnest(${sql.array(payloads)}::text[]) WITH ORDINALITY AS t(p, i) ORDER BY i`.catch(
        (error: unknown) =>
          reportUnlessShuttingDown("[room] announcing committed rows failed; clients catch up by seq", error),
      );
      for (const at of committedAt) recordPhase("announce: commit to NOTIFY done", performance.now() - at);
    }
    this.busy = false;
  }
}

/**
 * Rows this process announced on ROOM_ROWS_CHANNEL, with their origin (BatchedSend.origin, "" for
 * none). The origin server delivers them to its own sockets straight after the commit; every other
 * server delivers them from the announcement.
 */
const announcedRows = new WeakMap<StoredMessage, string>();

/** How the announcements of rows from `origin` begin (room-rows.ts skips its own by this prefix). */
export function announcementPrefix(origin: string): string {
  return `{"p":${JSON.stringify(origin)},`;
}

type BatchGlobals = { mendSendBatcher?: SendBatcher; mendRowListeners?: number };
const globals = globalThis as BatchGlobals;

/** While a room-rows listener runs in this process (scaled out), committed rows are announced. Returns the undo. */
export function announceCommittedRows(): () => void {
  globals.mendRowListeners = (globals.mendRowListeners ?? 0) + 1;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    globals.mendRowListeners = (globals.mendRowListeners ?? 1) - 1;
  };
}

/**
 * The process's batcher on the hot path's pool (cached on globalThis like the pools themselves).
 * `shards` and `relief` apply when this call creates it (the benchmark's server compares them).
 */
export function sendBatcher(sql: () => Sql, shards = SHARDS, relief = RELIEF): SendBatcher {
  globals.mendSendBatcher ??= new SendBatcher(sql, () => (globals.mendRowListeners ?? 0) > 0, shards, relief);
  return globals.mendSendBatcher;
}

/** The origin a row was announced with, or undefined when it was not announced. */
export function announcedOrigin(message: StoredMessage): string | undefined {
  return announcedRows.get(message);
}

function shardOf(sessionId: string, shards: number): number {
  let h = 0;
  for (let i = 0; i < sessionId.length; i++) h = (h * 31 + sessionId.charCodeAt(i)) | 0;
  return Math.abs(h) % shards;
}

/** 40P01 deadlock_detected, 40001 serialization_failure: the transaction was rolled back and may simply run again. */
function isTransient(error: unknown): boolean {
  return error instanceof postgres.PostgresError && (error.code === "40P01" || error.code === "40001");
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof postgres.PostgresError && error.code === "23505";
}
