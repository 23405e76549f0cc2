// Starts one embedded PostgreSQL for the whole integration run (or uses
// DATABASE_URL's server), and builds a template database from the migrations
// that each worker clones into its own database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { freePort } from "@/lib/db/free-port";
import { createDatabaseIfMissing, databaseUrl, dropDatabase } from "@/lib/db/provision";
import { applyMigrations } from "@/lib/db/schema-engine";

export const TEMPLATE_DB = "mend_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
  }
}

export default async function setup(project: TestProject) {
  let adminUrl: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    adminUrl = databaseUrl(process.env.DATABASE_URL, "postgres");
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), "mend-it-"));
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    adminUrl = server.adminUrl;
    stop = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  await dropDatabase(adminUrl, TEMPLATE_DB);
  await createDatabaseIfMissing(adminUrl, TEMPLATE_DB);
  await applyMigrations(databaseUrl(adminUrl, TEMPLATE_DB));
  project.provide("adminUrl", adminUrl);
  project.provide("templateDb", TEMPLATE_DB);
  return async () => {
    await stop();
  };
}
