// Fans Socket.IO broadcasts out to every app process through PostgreSQL
// LISTEN/NOTIFY (the official adapter), so several processes behind a load
// balancer act as one. Clients still catch up from the database by seq, so a
// missed notification loses nothing.
import pg from "pg";
import postgres from "postgres";
import { createAdapter } from "@socket.io/postgres-adapter";
import { reportUnlessShuttingDown } from "@/lib/process/shutdown";
import type { RealtimeServer } from "./create-realtime-server";

// Kept out of the public schema that Prisma owns (and the drift test compares).
const TABLE = "realtime.socket_io_attachments";

async function ensureAttachmentTable(databaseUrl: string): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`CREATE SCHEMA IF NOT EXISTS realtime`;
    await sql`CREATE TABLE IF NOT EXISTS realtime.socket_io_attachments (id bigserial UNIQUE, created_at timestamptz DEFAULT now(), payload bytea)`;
  } finally {
    await sql.end();
  }
}

export async function attachPostgresAdapter(io: RealtimeServer, databaseUrl: string): Promise<() => Promise<void>> {
  await ensureAttachmentTable(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  pool.on("error", (error) => reportUnlessShuttingDown("[realtime] adapter pool error", error));
  // The adapter keeps one client checked out for LISTEN and listens for its "end" but not its "error":
  // without a listener here, PostgreSQL restarting would raise an uncaught exception. The adapter
  // reconnects on "end", which follows.
  pool.on("connect", (client) =>
    client.on("error", (error) => reportUnlessShuttingDown("[realtime] adapter connection lost", error.message)),
  );
  io.adapter(
    createAdapter(pool, {
      tableName: TABLE,
      errorHandler: (error) => reportUnlessShuttingDown("[realtime] adapter error", error),
    }),
  );
  return async () => {
    await pool.end();
  };
}
