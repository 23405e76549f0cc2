// `npm run bench:room -- [--rooms 500] [--seconds 30] [--interval 5] [--processes 1] [--no-adapter]`
// Starts embedded PostgreSQL, seeds N families with a live room each, then
// drives N rooms of 3 clients (counselor, parent, teen), each sending one
// message every `interval` seconds in open mode, first against Mend's server
// and then against a bare Socket.IO broadcast server under the same load.
// Prints send→ack and send→delivered-to-all percentiles, messages/s and RSS.
// With --processes 2, Mend runs as two processes sharing the PostgreSQL
// adapter and each room's three clients are spread over them, so every message
// crosses processes; the baseline stays one bare process. One process runs as
// server.ts runs it, adapter and room-rows listener included, unless --no-adapter.
import { postgresCpuMs } from "./postgres-cpu";
import { fork, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { io as connect, type Socket } from "socket.io-client";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { freePort } from "../../lib/db/free-port";
import { createDatabaseIfMissing, databaseUrl } from "../../lib/db/provision";
import { applyMigrations } from "../../lib/db/schema-engine";
import { seedRooms, type Room } from "./seed-rooms";
import { hashToken } from "../../lib/auth/secret-token";
import { evaluateMessage } from "../../lib/moderation/evaluate-message";

// Calm, ordinary lines, so every send takes the delivering path the load is about. Checked
// against the rules at start: a line the engine would nudge or hold measures a different path
// (an earlier bench text, "Message from PARENT at …", was nudged once the model changed).
const LINES = [
  "I was thinking about what you said last week",
  "Can we talk about the weekend plans",
  "Thanks for picking me up after practice",
  "I would like to get home by ten on Fridays",
  "That makes sense to me, let me think about it",
  "I felt left out when the plans changed",
  "Could we try the new schedule for a week",
  "I liked the dinner we had on Sunday",
];
for (const role of ["COUNSELOR", "PARENT", "TEEN"] as const) {
  for (const line of LINES) {
    const { action } = evaluateMessage(`${line} (123456)`, undefined, { role });
    if (action !== "ALLOW")
      throw new Error(`bench line ${JSON.stringify(line)} is not allowed (${action}): choose another`);
  }
}

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROOMS = arg("rooms", 500);
const SECONDS = arg("seconds", 30);
const INTERVAL_S = arg("interval", 5);
const PROCESSES = arg("processes", 1);
const SECRET = "benchmark-secret-Zr8Kq2Wm5Tx9Lb3Hv7Nc";
// Diagnosis only: --async-commit lets PostgreSQL acknowledge commits before the
// WAL reaches the disk, to show how much of the latency is fsync. Mend itself
// always runs with durable commits.
const ASYNC_COMMIT = process.argv.includes("--async-commit");
const NO_ADAPTER = process.argv.includes("--no-adapter");

function startServer(
  mode: "mend" | "baseline",
  url: string,
  port: number,
): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(path.resolve("scripts/bench/room-server.ts"), [], {
      // BENCH_NODE_ARGS: extra V8 / Node flags for the server under test, e.g. GC tuning.
      execArgv: ["--import", "tsx", ...(process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [])],
      env: {
        ...process.env,
        MODE: mode,
        // As server.ts runs it: with the PostgreSQL adapter and the room-rows listener even as one process.
        // --no-adapter: the realtime server alone, as this bench ran it before 2026-11-25 morning.
        ADAPTER: NO_ADAPTER && PROCESSES === 1 ? "" : "1",
        DATABASE_URL: ASYNC_COMMIT ? `${url}?options=${encodeURIComponent("-c synchronous_commit=off")}` : url,
        NEXTAUTH_SECRET: SECRET,
        NEXTAUTH_URL: `http://localhost:${port}`,
        NODE_ENV: "production",
      },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child.once("message", (m: { ready?: number }) =>
      m.ready ? resolve({ child, port: m.ready }) : reject(new Error("server did not start")),
    );
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
}

type PhaseFigures = Record<string, { count: number; p50: number; p95: number; p99: number; max: number }>;

type ServerFigures = {
  phases: PhaseFigures;
  gc: { count: number; totalMs: number; maxMs: number; major?: { count: number; totalMs: number; maxMs: number } };
  cpuMs: number;
  cpuSystemMs: number;
  mainThreadMs: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  batches?: { statements: number; sends: number; relief?: number };
  loopP99Ms: number;
  loopMaxMs: number;
};

function serverFigures(child: ChildProcess): Promise<ServerFigures> {
  return new Promise((resolve) => {
    child.once("message", (m: Partial<ServerFigures>) =>
      resolve({
        phases: m.phases ?? {},
        gc: m.gc ?? { count: 0, totalMs: 0, maxMs: 0 },
        cpuMs: m.cpuMs ?? NaN,
        cpuSystemMs: m.cpuSystemMs ?? NaN,
        mainThreadMs: m.mainThreadMs ?? NaN,
        rss: m.rss ?? 0,
        heapUsed: m.heapUsed ?? 0,
        heapTotal: m.heapTotal ?? 0,
        external: m.external ?? 0,
        batches: m.batches,
        loopP99Ms: m.loopP99Ms ?? NaN,
        loopMaxMs: m.loopMaxMs ?? NaN,
      }),
    );
    child.send({ rss: true });
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function drive(mode: "mend" | "baseline", url: string, rooms: Room[]) {
  const originPort = await freePort();
  const servers = await Promise.all(
    Array.from({ length: mode === "mend" ? PROCESSES : 1 }, () => startServer(mode, url, originPort)),
  );
  const sockets: Socket[] = [];
  const sentAt = new Map<string, number>();
  const deliveries = new Map<string, number>();
  const ackMs: number[] = [];
  const deliveredMs: number[] = [];
  /** When (ms into the steady phase) each message that reached all three was sent, beside deliveredMs. */
  const deliveredSentAt: number[] = [];
  let errors = 0;
  let joinRetries = 0;
  let started = performance.now();
  // A failed run must not leave server processes behind.
  const killServers = () => servers.forEach(({ child }) => child.kill("SIGTERM"));
  process.once("exit", killServers);

  // Each client is a signed-in browser: a server-side session row and a JWT naming it (docs/decisions/003).
  const { prisma } = await import("../../lib/db/client");
  const clients = [];
  const sessions = [];
  for (const room of rooms) {
    for (const person of room.people) {
      const sid = randomUUID();
      sessions.push({ id: hashToken(sid), userId: person.id, expiresAt: new Date(Date.now() + 24 * 3_600_000) });
      const token = await encode({ token: { sub: person.id, role: person.role, sid }, secret: SECRET, maxAge: 3600 });
      clients.push({ room, person, token });
    }
  }
  if (mode === "mend") await prisma.authSession.createMany({ data: sessions, skipDuplicates: true });
  // Connect in batches so the handshake storm does not dominate.
  for (let i = 0; i < clients.length; i += 100) {
    await Promise.all(
      clients.slice(i, i + 100).map(async (c, j) => {
        // Clients are listed room by room: alternating servers splits every room across processes.
        const { port } = servers[(i + j) % servers.length];
        const socket = connect(`http://127.0.0.1:${port}`, {
          transports: ["websocket"],
          extraHeaders: { origin: `http://localhost:${originPort}`, cookie: `next-auth.session-token=${c.token}` },
          reconnection: false,
          forceNew: true,
        });
        sockets.push(socket);
        socket.on("room:message", ({ message }: { message: { clientId?: string } }) => {
          const key = message.clientId;
          if (!key || !sentAt.has(key)) return;
          const count = (deliveries.get(key) ?? 0) + 1;
          deliveries.set(key, count);
          if (count === 3) {
            deliveredMs.push(performance.now() - sentAt.get(key)!);
            deliveredSentAt.push(sentAt.get(key)! - started);
          }
        });
        await new Promise<void>((resolve, reject) => {
          socket.once("connect", () => resolve());
          socket.once("connect_error", reject);
        });
        // On a busy host the join storm can time out inside the server; a real client retries its join.
        for (let attempt = 1; ; attempt++) {
          const joined = await socket.emitWithAck("room:join", { sessionId: c.room.sessionId, afterSeq: 0 });
          if (joined.ok) break;
          if (attempt === 5) throw new Error(`join failed: ${JSON.stringify(joined.error)}`);
          joinRetries++;
          await new Promise((r) => setTimeout(r, 500 * attempt));
        }
      }),
    );
  }

  servers.forEach(({ child }) => child.send({ resetLoopDelay: true }));
  // The host is shared: the load average beside every figure says how far it can be trusted.
  const loadBefore = loadAverage();
  const walBefore = walSegments();
  const generatorCpuAt = process.cpuUsage();
  const postgresCpuAt = postgresCpuMs(pgPid);
  const timers: NodeJS.Timeout[] = [];
  started = performance.now();
  let sent = 0;
  clients.forEach((c, i) => {
    const socket = sockets[i];
    const fire = () => {
      const clientId = randomUUID();
      const t = performance.now();
      sentAt.set(clientId, t);
      sent++;
      socket
        .timeout(30_000)
        .emitWithAck("room:send", {
          sessionId: c.room.sessionId,
          clientId,
          text: `${LINES[sent % LINES.length]} (${Math.round(t)})`,
        })
        .then((reply: { ok: boolean; error?: unknown; data?: { outcome?: string } }) => {
          // A reply that is not a delivery (a nudge, a hold) is an error for this load.
          if (reply.ok && (reply.data?.outcome === undefined || reply.data.outcome === "DELIVERED"))
            return ackMs.push(performance.now() - t);
          if (reply.ok) reply = { ok: false, error: { outcome: reply.data?.outcome } };
          if (errors++ === 0) console.error("first error:", JSON.stringify(reply.error));
        })
        .catch(() => errors++);
    };
    const offset = Math.random() * INTERVAL_S * 1000;
    timers.push(
      setTimeout(() => {
        fire();
        timers.push(setInterval(fire, INTERVAL_S * 1000));
      }, offset),
    );
  });
  // What PostgreSQL's backends are doing, sampled every 100 ms during the steady phase.
  const waits = new Map<string, number>();
  const probe = postgres(url, { max: 1, onnotice: () => {} });
  const sampler = setInterval(() => {
    void probe<{ what: string }[]>`
      SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU (' || state || ')') AS what
      FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`
      .then((rows) => rows.forEach((r) => waits.set(r.what, (waits.get(r.what) ?? 0) + 1)))
      .catch(() => {});
  }, 100);
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  clearInterval(sampler);
  await probe.end();
  timers.forEach((t) => clearTimeout(t));
  const elapsed = (performance.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 2000)); // let in-flight messages land
  const loadAfter = loadAverage();
  // New WAL segment files are written full of zeros and synced before use (wal_init_zero): a commit
  // that needs one waits for it. A long-running database recycles old segments instead.
  const walMade = walSegments()
    .filter((f) => !walBefore.some((b) => b.name === f.name))
    .map((f) => `${Math.round((f.bornMs - performance.timeOrigin - started) / 100) / 10}s`);
  const generatorCpu = process.cpuUsage(generatorCpuAt);
  const postgresCpu = postgresCpuMs(pgPid) - postgresCpuAt;
  const all = await Promise.all(servers.map(({ child }) => serverFigures(child)));
  const sum = (pick: (f: ServerFigures) => number) => all.reduce((total, f) => total + pick(f), 0);
  const figures = {
    cpuMs: sum((f) => f.cpuMs),
    cpuSystemMs: sum((f) => f.cpuSystemMs),
    mainThreadMs: sum((f) => f.mainThreadMs),
    rss: sum((f) => f.rss),
    heapUsed: sum((f) => f.heapUsed),
    heapTotal: sum((f) => f.heapTotal),
    external: sum((f) => f.external),
    statements: sum((f) => f.batches?.statements ?? 0),
    batchedSends: sum((f) => f.batches?.sends ?? 0),
    relief: sum((f) => f.batches?.relief ?? 0),
    loopP99Ms: Math.max(...all.map((f) => f.loopP99Ms)),
    loopMaxMs: Math.max(...all.map((f) => f.loopMaxMs)),
  };
  const partial = [0, 1, 2].map((n) => [...sentAt.keys()].filter((k) => (deliveries.get(k) ?? 0) === n).length);
  sockets.forEach((s) => s.disconnect());
  servers.forEach(({ child }) => child.kill("SIGTERM"));

  const slowBySecond = slowTimeline(deliveredMs, deliveredSentAt);
  ackMs.sort((a, b) => a - b);
  deliveredMs.sort((a, b) => a - b);
  return {
    mode,
    sent,
    acked: ackMs.length,
    delivered: deliveredMs.length,
    errors,
    perSecond: ackMs.length / elapsed,
    ack: [50, 95, 99].map((p) => percentile(ackMs, p)),
    delivered_: [50, 95, 99].map((p) => percentile(deliveredMs, p)),
    partial,
    // Per acknowledged message, over the steady phase and the 2 s after it (user + system CPU).
    serverCpuMsPerMessage: figures.cpuMs / ackMs.length,
    serverCpuMs: figures.cpuMs,
    serverSystemShare: figures.cpuSystemMs / figures.cpuMs,
    serverMainThreadMsPerMessage: figures.mainThreadMs / ackMs.length,
    generatorCpuMsPerMessage: (generatorCpu.user + generatorCpu.system) / 1000 / ackMs.length,
    postgresCpuMsPerMessage: postgresCpu / ackMs.length,
    rssMb: figures.rss / 1024 / 1024,
    heapMb: figures.heapUsed / 1024 / 1024,
    heapTotalMb: figures.heapTotal / 1024 / 1024,
    externalMb: figures.external / 1024 / 1024,
    statements: figures.statements,
    batchedSends: figures.batchedSends,
    relief: figures.relief,
    loopP99Ms: figures.loopP99Ms,
    loopMaxMs: figures.loopMaxMs,
    phases: all.map((f) => f.phases),
    gc: all.map((f) => f.gc),
    load: `${loadBefore} → ${loadAfter}`,
    waits: [...waits.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6),
    joinRetries,
    slowBySecond,
    walMade,
  };
}

/**
 * Whether the tail is a few stalls or spread queueing: per second of the steady phase, the deliveries
 * slower than SLOW_MS and the slowest (by when they were sent). Stalls show as a few seconds holding
 * most of the slow ones; queueing as slow ones in every second.
 */
const SLOW_MS = 25;
function slowTimeline(latencies: number[], sentAt: number[]): string {
  const seconds = new Map<number, { n: number; max: number }>();
  latencies.forEach((ms, i) => {
    if (ms <= SLOW_MS) return;
    const s = Math.floor(sentAt[i] / 1000);
    const entry = seconds.get(s) ?? { n: 0, max: 0 };
    entry.n++;
    entry.max = Math.max(entry.max, ms);
    seconds.set(s, entry);
  });
  const total = [...seconds.values()].reduce((n, e) => n + e.n, 0);
  const list = [...seconds.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([s, e]) => `${s}s:${e.n}(${Math.round(e.max)})`)
    .join(" ");
  return `${total} over ${SLOW_MS} ms in ${seconds.size} seconds: ${list || "none"}`;
}

/** PostgreSQL's WAL segment files and when each was created (its birth time, or its first write). */
function walSegments(): { name: string; bornMs: number }[] {
  const dir = path.join(dataDir, "pg_wal");
  return readdirSync(dir)
    .filter((name) => /^[0-9A-F]{24}$/.test(name))
    .map((name) => {
      const stat = statSync(path.join(dir, name));
      return { name, bornMs: stat.birthtimeMs || stat.ctimeMs };
    });
}

/** The 1-minute load average of the host. */
function loadAverage(): string {
  return readFileSync("/proc/loadavg", "utf8").split(" ")[0];
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "n/a");
const fmt3 = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : "n/a");

const dataDir = mkdtempSync(path.join(os.tmpdir(), "mend-bench-"));
const pg = await startEmbeddedPostgres({ dataDir, port: await freePort() });
const pgPid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
try {
  await createDatabaseIfMissing(pg.adminUrl, "mend_bench");
  const url = databaseUrl(pg.adminUrl, "mend_bench");
  await applyMigrations(url);
  const rooms = await seedRooms(url, ROOMS);
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  console.log(
    `load: ${ROOMS} rooms × 3 clients, one message per client every ${INTERVAL_S} s, ${SECONDS} s, open mode${ASYNC_COMMIT ? ", ASYNC COMMIT (diagnosis)" : ""}${PROCESSES > 1 ? `, Mend as ${PROCESSES} processes behind the PostgreSQL adapter (RSS summed)` : NO_ADAPTER ? ", Mend without the PostgreSQL adapter (not as server.ts runs it)" : ", Mend as server.ts runs it (PostgreSQL adapter and room-rows listener on)"}\n`,
  );
  const results = [];
  for (const mode of ["mend", "baseline"] as const) {
    const r = await drive(mode, url, rooms);
    results.push(r);
    console.log(
      `${mode.padEnd(8)} sent ${r.sent}, acked ${r.acked}, delivered-to-all ${r.delivered}, errors ${r.errors}, ${fmt(r.perSecond)} msg/s, server RSS ${fmt(r.rssMb)} MB`,
    );
    console.log(`         send→ack        p50 ${fmt(r.ack[0])} ms  p95 ${fmt(r.ack[1])} ms  p99 ${fmt(r.ack[2])} ms`);
    console.log(
      `         send→delivered  p50 ${fmt(r.delivered_[0])} ms  p95 ${fmt(r.delivered_[1])} ms  p99 ${fmt(r.delivered_[2])} ms`,
    );
    if (r.partial.some((n) => n > 0))
      console.log(
        `         not yet delivered to all three when measuring stopped: ${r.partial[0]} to nobody, ${r.partial[1]} to one, ${r.partial[2]} to two`,
      );
    console.log(
      `         CPU per acknowledged message (steady phase): server ${fmt3(r.serverCpuMsPerMessage)} ms (${fmt(r.serverCpuMs)} ms in all, ${fmt(100 * r.serverSystemShare)} % system; main thread ${fmt3(r.serverMainThreadMsPerMessage)} ms), load generator ${fmt3(r.generatorCpuMsPerMessage)} ms, PostgreSQL ${fmt3(r.postgresCpuMsPerMessage)} ms`,
    );
    console.log(
      `         server memory: JS heap used ${fmt(r.heapMb)} MB of ${fmt(r.heapTotalMb)} MB, external ${fmt(r.externalMb)} MB`,
    );
    if (r.joinRetries) console.log(`         joins retried during the connect phase: ${r.joinRetries}`);
    console.log(`         slow deliveries by second sent (count, slowest ms): ${r.slowBySecond}`);
    if (r.mode === "mend")
      console.log(`         WAL segments created in the steady phase, when: ${r.walMade.join(" ") || "none"}`);
    if (r.statements)
      console.log(
        `         batched sends: ${r.batchedSends} in ${r.statements} statements (${fmt(r.batchedSends / r.statements)} per statement; ${r.relief} started beside a slow one)`,
      );
    console.log(
      `         server event-loop delay (steady phase) p99 ${fmt(r.loopP99Ms)} ms, max ${fmt(r.loopMaxMs)} ms`,
    );
    for (const g of r.gc)
      console.log(
        `         server garbage collection (steady phase): ${g.count} pauses, ${fmt(g.totalMs)} ms in all, longest ${fmt(g.maxMs)} ms; of which full: ${g.major?.count ?? 0}, ${fmt(g.major?.totalMs ?? 0)} ms, longest ${fmt(g.major?.maxMs ?? 0)} ms`,
      );
    console.log(`         host load average (1 min) at start → end of the steady phase: ${r.load}`);
    r.phases.forEach((phases, i) => {
      for (const [phase, f] of Object.entries(phases))
        console.log(
          `         ${r.phases.length > 1 ? `process ${i + 1} ` : ""}${phase.padEnd(36)} n ${String(f.count).padStart(6)}  p50 ${fmt(f.p50)}  p95 ${fmt(f.p95)}  p99 ${fmt(f.p99)}  max ${fmt(f.max)}`,
        );
    });
    if (r.waits.length)
      console.log(
        `         PostgreSQL active backends by wait (samples every 100 ms): ${r.waits.map(([w, n]) => `${w} ${n}`).join(", ")}`,
      );
  }
  const [mend, base] = results;
  console.log(
    `\nratio mend/baseline: send→delivered p99 ×${fmt(mend.delivered_[2] / base.delivered_[2])}, p50 ×${fmt(mend.delivered_[0] / base.delivered_[0])}; RSS ×${fmt(mend.rssMb / base.rssMb)}; server CPU per message ×${fmt(mend.serverCpuMsPerMessage / base.serverCpuMsPerMessage)}`,
  );
} finally {
  await pg.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
