// The server side of `npm run bench:room`, run as a child process so the load
// generator does not share its event loop. MODE=mend runs Mend's real realtime
// server (auth, floor checks, PostgreSQL writes); MODE=baseline a bare
// Socket.IO server that only acks and broadcasts.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { constants, monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import { writeHeapSnapshot } from "node:v8";
import { Server } from "socket.io";
import { phaseFigures, startPhaseTiming } from "../../lib/process/phase-timing";

// Where time goes: a server whose event loop stalls delays every ack.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

// Garbage collection pauses in the steady phase: a long one stalls every socket at once.
const gc = { count: 0, totalMs: 0, maxMs: 0, major: { count: 0, totalMs: 0, maxMs: 0 } };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.count++;
    gc.totalMs += entry.duration;
    gc.maxMs = Math.max(gc.maxMs, entry.duration);
    // Full (mark-compact) collections apart: they are the long pauses, scavenges the frequent short ones.
    if ((entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
      gc.major.count++;
      gc.major.totalMs += entry.duration;
      gc.major.maxMs = Math.max(gc.major.maxMs, entry.duration);
    }
  }
}).observe({ entryTypes: ["gc"] });

const mode = process.env.MODE ?? "mend";
const http = createServer();

if (mode === "baseline") {
  const io = new Server(http, { transports: ["websocket"], serveClient: false });
  io.on("connection", (socket) => {
    socket.on("room:join", async (payload: { sessionId: string }, ack: (r: unknown) => void) => {
      await socket.join(payload.sessionId);
      ack({ ok: true, data: { lastSeq: 0, messages: [] } });
    });
    let seq = 0;
    socket.on(
      "room:send",
      (payload: { sessionId: string; clientId: string; text: string }, ack: (r: unknown) => void) => {
        seq++;
        io.to(payload.sessionId).emit("room:message", {
          sessionId: payload.sessionId,
          message: { seq, kind: "MESSAGE", clientId: payload.clientId, text: payload.text },
        });
        ack({ ok: true, data: { id: payload.clientId, seq } });
      },
    );
  });
} else {
  // BENCH_SEND_SHARDS: shards of rooms with statements of their own (lib/room/send-batch.ts); BENCH_SEND_IN_FLIGHT
  // and BENCH_SEND_RELIEF_MS: statements in flight per shard and after how long a second starts beside the first
  // (1 turns that off). To compare with the defaults, on a pool of its own sized as lib/db/sql.ts sizes it.
  const { BENCH_SEND_SHARDS, BENCH_SEND_IN_FLIGHT, BENCH_SEND_RELIEF_MS } = process.env;
  if (BENCH_SEND_SHARDS || BENCH_SEND_IN_FLIGHT || BENCH_SEND_RELIEF_MS) {
    const shards = Number(BENCH_SEND_SHARDS ?? 1);
    const relief = { inFlight: Number(BENCH_SEND_IN_FLIGHT ?? 1), afterMs: Number(BENCH_SEND_RELIEF_MS ?? 6) };
    const [{ sendBatcher }, { default: postgres }] = await Promise.all([
      import("../../lib/room/send-batch"),
      import("postgres"),
    ]);
    const connections = shards * relief.inFlight + 1;
    const pool = postgres(process.env.DATABASE_URL!, { max: connections, prepare: true, onnotice: () => {} });
    await Promise.all(Array.from({ length: connections }, () => pool`SELECT 1`));
    sendBatcher(() => pool, shards, relief);
  }
  const { createRealtimeServer } = await import("../../lib/realtime/create-realtime-server");
  await createRealtimeServer(http, process.env.ADAPTER ? { databaseUrl: process.env.DATABASE_URL } : {});
}

http.listen(0, "127.0.0.1", () => {
  process.send?.({ ready: (http.address() as AddressInfo).port });
});
// BENCH_PROFILE_DIR: a CPU profile of the steady phase only (not the join storm) and a heap
// snapshot at its end are written there, one per server process, for `node --cpu-prof`-style reading.
const profileDir = process.env.BENCH_PROFILE_DIR;
const inspector = profileDir ? new Session() : null;
inspector?.connect();

// Server CPU over the steady phase (user + system), the bench's noise-robust yardstick: CPU time per
// delivered message hardly moves with the host's load, where wall-clock percentiles do.
let cpuAt = process.cpuUsage();
/** The main thread's own CPU (user, system) in ms so far, apart from GC helpers and other threads. */
const mainThreadCpu = (): { user: number; system: number } => {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 };
};
let mainAt = mainThreadCpu();

process.on("message", async (message: { rss?: boolean; resetLoopDelay?: boolean }) => {
  // The load generator asks for a reset once every client has joined, so the figures cover the steady phase only.
  if (message.resetLoopDelay) {
    loopDelay.reset();
    cpuAt = process.cpuUsage();
    mainAt = mainThreadCpu();
    Object.assign(gc, { count: 0, totalMs: 0, maxMs: 0, major: { count: 0, totalMs: 0, maxMs: 0 } });
    // Where each send's time goes inside the server (lib/process/phase-timing.ts), steady phase only.
    if (mode === "mend") startPhaseTiming();
    if (inspector) {
      await inspector.post("Profiler.enable");
      await inspector.post("Profiler.start");
    }
  }
  if (message.rss) {
    const cpu = process.cpuUsage(cpuAt);
    const main = mainThreadCpu();
    const memory = process.memoryUsage();
    if (inspector && profileDir) {
      const { profile } = await inspector.post("Profiler.stop");
      writeFileSync(path.join(profileDir, `${mode}-${process.pid}.cpuprofile`), JSON.stringify(profile));
      writeHeapSnapshot(path.join(profileDir, `${mode}-${process.pid}.heapsnapshot`));
    }
    // How many statements carried the batched sends (lib/room/send-batch.ts), when Mend runs.
    const batches = (
      globalThis as { mendSendBatcher?: { stats: { statements: number; sends: number; relief: number } } }
    ).mendSendBatcher?.stats;
    process.send?.({
      cpuMs: (cpu.user + cpu.system) / 1000,
      cpuSystemMs: cpu.system / 1000,
      mainThreadMs: main.user + main.system - mainAt.user - mainAt.system,
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      heapTotal: memory.heapTotal,
      external: memory.external,
      arrayBuffers: memory.arrayBuffers,
      batches,
      phases: phaseFigures(),
      gc,
      loopP99Ms: loopDelay.percentile(99) / 1e6,
      loopMaxMs: loopDelay.max / 1e6,
    });
  }
});
// Exit normally on the load generator's SIGTERM, so `--cpu-prof` (BENCH_NODE_ARGS) can write its profile.
process.on("SIGTERM", () => process.exit(0));
