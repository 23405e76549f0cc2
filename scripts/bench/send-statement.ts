// `npm run bench:send-statement -- [--rooms 1000] [--messages 20000]`
// The batched send statement (lib/room/send-batch.ts) on its own, on an otherwise idle embedded
// PostgreSQL holding N live rooms and M earlier messages: time per statement and per row for
// batches of 1, 2, 3, 5, 10, 30 and 100 sends, durable commits as in Mend, and the plan PostgreSQL
// chose for each size (auto_explain), so the per-row cost and where it goes can be read off.
import { postgresCpuMs } from "./postgres-cpu";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { freePort } from "../../lib/db/free-port";
import { createDatabaseIfMissing, databaseUrl } from "../../lib/db/provision";
import { applyMigrations } from "../../lib/db/schema-engine";
import { SendBatcher, type BatchedSend } from "../../lib/room/send-batch";
import { seedRooms, type Room } from "./seed-rooms";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROOMS = arg("rooms", 1000);
const MESSAGES = arg("messages", 20_000);
const SIZES = [1, 2, 3, 5, 10, 30, 100];
const REPEATS = arg("repeats", 40);

const logLines: string[] = [];
const dataDir = mkdtempSync(path.join(os.tmpdir(), "mend-bench-stmt-"));
const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: (line) => logLines.push(line) });
const pgPid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);

try {
  await createDatabaseIfMissing(pg.adminUrl, "mend_bench");
  const url = databaseUrl(pg.adminUrl, "mend_bench");
  await applyMigrations(url);
  const rooms = await seedRooms(url, ROOMS);
  const versions = new Map(rooms.map((r) => [r.sessionId, 0]));
  let explain = false;
  const sql = postgres(url, {
    max: 1,
    prepare: true,
    onnotice: () => {},
    connection: {
      session_preload_libraries: "auto_explain",
      // --generic: diagnosis of how much of PostgreSQL's CPU per statement is planning.
      ...(process.argv.includes("--generic") ? { plan_cache_mode: "force_generic_plan" } : {}),
    },
  });
  const batcher = new SendBatcher(
    () => sql,
    () => false,
    1,
  );
  let next = 0;
  const send = (room: Room, i: number): BatchedSend => ({
    sessionId: room.sessionId,
    senderId: room.people[i % 3].id,
    clientId: randomUUID(),
    kind: "MESSAGE",
    text: `Message ${next++} from the bench, about as long as a short chat line`,
    moderation: null,
    version: versions.get(room.sessionId)!,
    counselorId: room.people[0].id,
  });
  // A batch of n sends spread over n rooms (as under load: rarely two of one room in a tick).
  const batch = (n: number) => {
    const start = Math.floor(Math.random() * rooms.length);
    return Promise.all(Array.from({ length: n }, (_, i) => batcher.submit(send(rooms[(start + i) % rooms.length], i))));
  };
  for (let sent = 0; sent < MESSAGES; sent += 100) await batch(100);
  await sql`ANALYZE`;
  console.log(`${ROOMS} rooms, ${MESSAGES} earlier messages; ${REPEATS} statements per size, one at a time\n`);
  console.log("sends  per statement p50 / p95 ms   per send p50 ms   CPU per send: PostgreSQL / this process ms");
  for (const n of SIZES) {
    const times: number[] = [];
    const pgAt = postgresCpuMs(pgPid);
    const cpuAt = process.cpuUsage();
    for (let i = 0; i < REPEATS; i++) {
      // The plan of the last statement of each size.
      if (i === REPEATS - 1 && !explain) {
        await sql`SET auto_explain.log_min_duration = 0`;
        await sql`SET auto_explain.log_analyze = on`;
        await sql`SET auto_explain.log_nested_statements = on`;
        explain = true;
      }
      const t = performance.now();
      const stored = await batch(n);
      times.push(performance.now() - t);
      if (stored.some((m) => m === null)) throw new Error("a send was refused");
      if (explain) {
        await sql`SET auto_explain.log_min_duration = -1`;
        explain = false;
      }
    }
    const pgCpu = (postgresCpuMs(pgPid) - pgAt) / (REPEATS * n);
    const cpu = process.cpuUsage(cpuAt);
    const ownCpu = (cpu.user + cpu.system) / 1000 / (REPEATS * n);
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.floor(q * times.length)];
    console.log(
      `${String(n).padStart(5)}  ${p(0.5).toFixed(2).padStart(8)} / ${p(0.95).toFixed(2).padEnd(8)}    ${(p(0.5) / n).toFixed(3).padEnd(15)}   ${pgCpu.toFixed(3)} / ${ownCpu.toFixed(3)}`,
    );
  }
  await sql.end();
  if (process.argv.includes("--plans"))
    console.log(
      `\n${logLines.filter((l) => /duration|->|Update|Insert|Buffers|Planning|Execution|JIT/.test(l)).join("\n")}`,
    );
} finally {
  await pg.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
