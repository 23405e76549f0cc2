// postgres.js for the few hot statements where Prisma's JavaScript query layer
// costs more CPU than the statement itself — today the room's one-statement
// send, batched (docs/decisions/010 and 019). Prepared
// statements, a small pool of its own, cached on globalThis like the Prisma
// client and created on first use for the same reasons (lib/db/client.ts).
import "server-only";
import postgres from "postgres";

type Sql = postgres.Sql;
const globalForSql = globalThis as { mendSql?: Sql };
/**
 * Two for the send batcher (lib/room/send-batch.ts runs one statement at a time; a second beside a
 * slow one when its RELIEF allows, off by default) and one for the announcer of committed rows when scaled out: sharing
 * one, announcements queued behind full batches for seconds at 1,000 rooms on two processes
 * (docs/benchmarks.md).
 */
const CONNECTIONS = 3;

export function hotSql(): Sql {
  if (globalForSql.mendSql) return globalForSql.mendSql;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: server.ts (or the test setup) must resolve the database first.");
  globalForSql.mendSql = postgres(url, {
    max: CONNECTIONS,
    prepare: true,
    idle_timeout: 60,
    connect_timeout: 5,
    onnotice: () => {},
  });
  return globalForSql.mendSql;
}

/**
 * Opens every connection of the pool now. Opened on first use instead, under load, each costs a
 * SCRAM handshake on the busy cores exactly when sends are waiting; in the 1,000-room benchmark on
 * a loaded host they missed the 5 s connect timeout and whole batches failed with INTERNAL.
 */
export async function warmHotSql(): Promise<void> {
  const sql = hotSql();
  await Promise.all(Array.from({ length: CONNECTIONS }, () => sql`SELECT 1`));
}

export async function disconnectHotSql(): Promise<void> {
  const sql = globalForSql.mendSql;
  globalForSql.mendSql = undefined;
  await sql?.end({ timeout: 5 });
}
