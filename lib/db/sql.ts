// postgres.js for the few hot statements where Prisma's JavaScript query layer
// costs more CPU than the statement itself — today the room's one-statement
// send, batched (docs/decisions/010 and 019). Prepared
// statements, a small pool of its own, cached on globalThis like the Prisma
// client and created on first use for the same reasons (lib/db/client.ts).
import "server-only";
import postgres from "postgres";

type Sql = postgres.Sql;
const globalForSql = globalThis as { mendSql?: Sql };

export function hotSql(): Sql {
  if (globalForSql.mendSql) return globalForSql.mendSql;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: server.ts (or the test setup) must resolve the database first.");
  // As many connections as the send batcher has shards (lib/room/send-batch.ts): it never runs more statements at once.
  globalForSql.mendSql = postgres(url, {
    max: 4,
    prepare: true,
    idle_timeout: 60,
    connect_timeout: 5,
    onnotice: () => {},
  });
  return globalForSql.mendSql;
}

export async function disconnectHotSql(): Promise<void> {
  const sql = globalForSql.mendSql;
  globalForSql.mendSql = undefined;
  await sql?.end({ timeout: 5 });
}
