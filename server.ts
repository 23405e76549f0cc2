// One Node process for the whole app: Next.js pages and routes, and Socket.IO,
// on one port. This file only composes; each step lives in lib/.
import { createServer } from "node:http";
import next from "next";
import { EnvError, parseEnv, publicUrl } from "@/lib/config/env";
import { developmentSecret } from "@/lib/config/dev-secret";
import { resolveDatabase, type ResolvedDatabase } from "@/lib/db/resolve-database";
import { applyMigrations } from "@/lib/db/schema-engine";
import { releaseSignalHooks } from "@/lib/db/embedded-postgres";
import { disconnectDatabase, prisma } from "@/lib/db/client";
import { seedDemo, DEMO_USERS } from "@/lib/db/seed-demo";
import { createRealtimeServer } from "@/lib/realtime/create-realtime-server";
import { startJobs } from "@/lib/jobs/start-jobs";
import { startFailureLine, stopInOrder } from "@/lib/process/shutdown";
import { ensureBuiltInExercises } from "@/lib/exercises/ensure-built-in-exercises";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/auth/client-address";

const log = (line: string) => console.log(`[mend] ${line}`);

async function main() {
  const startedAt = performance.now();
  const settings = parseEnv(process.env);
  const dev = settings.NODE_ENV !== "production";

  database = await resolveDatabase(settings, log);
  // This process stops PostgreSQL itself, after what uses it: the package's own signal hooks would stop it first.
  releaseSignalHooks();
  const stop = shutdownOnce(database);
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  // Everything after this point (Next's bundle included) reads these.
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET ??= developmentSecret(settings.MEND_DATA_DIR);
  process.env.NEXTAUTH_URL ??= publicUrl(settings);

  const applied = await applyMigrations(database.url);
  if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);

  // The built-in exercise library belongs in every database, demo or not.
  const library = await ensureBuiltInExercises(prisma);
  if (library.added) log(`Added ${library.added} built-in exercise version(s).`);

  // Demo accounts have a published password: never in production unless asked for by name.
  const seed = settings.SEED_DEMO_DATA ? settings.SEED_DEMO_DATA === "true" : database.embedded && dev;
  if (seed && (await seedDemo(prisma))) log("Seeded demo data.");

  const jobs = await startJobs(database.url, log);
  started.push(jobs.stop);

  const app = next({ dev, hostname: settings.HOST, port: settings.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const trustProxy = settings.TRUST_PROXY === "true";
  const httpServer = createServer((req, res) => {
    // Throttling keys on this; a client-supplied value is overwritten, never trusted.
    req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      req.socket.remoteAddress,
      req.headers["x-forwarded-for"],
      trustProxy,
    );
    void handle(req, res);
  });
  const realtime = await createRealtimeServer(httpServer, { databaseUrl: database.url });
  started.push(realtime.close);
  // Next's own WebSocket (hot reload in development) shares the port with Socket.IO.
  const nextUpgrade = app.getUpgradeHandler();
  httpServer.on("upgrade", (req, socket, head) => {
    if (!req.url?.startsWith("/socket.io")) void nextUpgrade(req, socket, head);
  });
  // Shutdown closes in reverse order: stop accepting, close sockets and the adapter, stop the job queue.
  started.push(async () => {
    httpServer.close(); // not awaited: open WebSockets end in the next step
    httpServer.closeIdleConnections();
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(settings.PORT, settings.HOST, resolve);
  });

  log(
    `Ready in ${Math.round(performance.now() - startedAt)} ms (${dev ? "development" : "production"}): ${publicUrl(settings)}`,
  );
  if (seed) {
    // No password in any log line: the README lists the demo password.
    log("Demo sign-ins (the password is in the README):");
    for (const user of Object.values(DEMO_USERS)) log(`  ${user.role.padEnd(9)} ${user.email}  (${user.name})`);
  }
}

let database: ResolvedDatabase | undefined;
/** What has started so far, in order; stopped in reverse (lib/process/shutdown.ts). */
const started: (() => Promise<void>)[] = [];

function shutdownOnce(database: ResolvedDatabase) {
  let stopping = false;
  return async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: shutting down.`);
    await stopInOrder({
      started,
      disconnect: disconnectDatabase,
      stopDatabase: () => database.stop().catch((error: unknown) => console.error("Stopping PostgreSQL failed", error)),
    });
    process.exit(0);
  };
}

main().catch(async (error: unknown) => {
  console.error(error instanceof EnvError ? error.message : startFailureLine(error));
  // Stop what did start (the job queue, quietly) before the embedded PostgreSQL: never leave it running.
  await stopInOrder({
    started,
    disconnect: disconnectDatabase,
    stopDatabase: database ? () => database!.stop().catch(() => {}) : undefined,
  });
  process.exit(1);
});
