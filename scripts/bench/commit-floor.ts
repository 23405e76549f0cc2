// `npm run bench:commit-floor -- [--commits 3000]`
// The floor the disk sets under every durable room send: with nothing else running, the latency of
// (1) a round trip that commits nothing (`SELECT 1`), (2) a one-row INSERT committed durably, one at a
// time, on an embedded PostgreSQL started exactly as Mend starts it (lib/db/embedded-postgres.ts), and
// (3) an 8 kB write + fdatasync on the same file system, as pg_test_fsync would measure it (the embedded
// PostgreSQL package ships no pg_test_fsync). The send's own latency cannot go below (2).
import { closeSync, fdatasyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { freePort } from "../../lib/db/free-port";
import { createDatabaseIfMissing, databaseUrl } from "../../lib/db/provision";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const COMMITS = arg("commits", 3000);

const load = () => readFileSync("/proc/loadavg", "utf8").split(" ")[0];

function summary(label: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2);
  return `${label.padEnd(44)} n ${sorted.length}  p50 ${p(0.5)}  p95 ${p(0.95)}  p99 ${p(0.99)}  max ${sorted.at(-1)!.toFixed(2)} ms`;
}

async function timed(n: number, run: () => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "mend-bench-floor-"));
const pg = await startEmbeddedPostgres({ dataDir, port: await freePort() });
try {
  await createDatabaseIfMissing(pg.adminUrl, "mend_floor");
  const sql = postgres(databaseUrl(pg.adminUrl, "mend_floor"), { max: 1, prepare: true, onnotice: () => {} });
  await sql`CREATE TABLE floor (id bigserial PRIMARY KEY, text text NOT NULL)`;
  const [{ synchronous_commit, fsync, wal_sync_method }] = await sql<
    { synchronous_commit: string; fsync: string; wal_sync_method: string }[]
  >`SELECT current_setting('synchronous_commit') AS synchronous_commit, current_setting('fsync') AS fsync,
      current_setting('wal_sync_method') AS wal_sync_method`;
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}; PostgreSQL synchronous_commit=${synchronous_commit}, fsync=${fsync}, wal_sync_method=${wal_sync_method}; ${COMMITS} of each, one at a time`,
  );
  console.log(`host load average (1 min) at start: ${load()}\n`);
  await timed(200, () => sql`SELECT 1`); // warm up
  console.log(summary("round trip, nothing committed (SELECT 1)", await timed(COMMITS, () => sql`SELECT 1`)));
  console.log(
    summary(
      "one-row INSERT, durable commit",
      await timed(COMMITS, () => sql`INSERT INTO floor (text) VALUES ('a line about as long as a chat message')`),
    ),
  );
  await sql.end();

  const file = path.join(dataDir, "fsync-probe");
  const fd = openSync(file, "w");
  const block = Buffer.alloc(8192, 1);
  console.log(
    summary(
      "8 kB write + fdatasync (same file system)",
      await timed(COMMITS, () => {
        writeSync(fd, block, 0, block.length, 0);
        fdatasyncSync(fd);
      }),
    ),
  );
  closeSync(fd);
  console.log(`\nhost load average (1 min) at end: ${load()}`);
} finally {
  await pg.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
