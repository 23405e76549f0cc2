// Where the app's data lives: DATABASE_URL when set, otherwise an embedded
// PostgreSQL under MEND_DATA_DIR (docs/decisions/001-embedded-postgres-default.md).
import "server-only";
import path from "node:path";
import type { Env } from "@/lib/config/env";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { createDatabaseIfMissing, databaseUrl } from "./provision";

export type ResolvedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function resolveDatabase(settings: Env, log: (line: string) => void): Promise<ResolvedDatabase> {
  if (settings.DATABASE_URL) return { url: settings.DATABASE_URL, embedded: false, stop: async () => {} };

  const dataDir = path.resolve(settings.MEND_DATA_DIR, "postgres");
  let server;
  try {
    server = await startEmbeddedPostgres({ dataDir, port: settings.EMBEDDED_PG_PORT });
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL on port ${settings.EMBEDDED_PG_PORT} with data in ${dataDir}. ` +
        `Is another Mend already running from this folder, or is the port taken? Set EMBEDDED_PG_PORT to use another port, or DATABASE_URL to use your own server.`,
      { cause: error },
    );
  }
  await createDatabaseIfMissing(server.adminUrl, "mend");
  log(`Embedded PostgreSQL running on port ${server.port} (data: ${path.relative(process.cwd(), dataDir)})`);
  return { url: databaseUrl(server.adminUrl, "mend"), embedded: true, stop: server.stop };
}
