import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import postgres from "postgres";
import { createDatabaseIfMissing, databaseUrl, dropDatabase } from "@/lib/db/provision";
import {
  applyMigrations,
  diffSchemas,
  handWrittenMigrationSql,
  readSchema,
  listMigrations,
} from "@/lib/db/schema-engine";
import { SNAPSHOT_PATH } from "@/lib/db/migration-snapshot";
import { describeCatalog } from "../support/catalog";

const admin = inject("adminUrl");

describe("migrations and schema.prisma", () => {
  it("build the same database catalog (no drift)", async () => {
    const fromMigrations = "mend_drift_migrations";
    const fromSchema = "mend_drift_schema";
    for (const db of [fromMigrations, fromSchema]) {
      await dropDatabase(admin, db);
      await createDatabaseIfMissing(admin, db);
    }
    await applyMigrations(databaseUrl(admin, fromMigrations));
    const script = await diffSchemas(
      databaseUrl(admin, fromSchema),
      { kind: "empty" },
      { kind: "schema", text: readSchema() },
    );
    const sql = postgres(databaseUrl(admin, fromSchema), { max: 1, onnotice: () => {} });
    await sql.unsafe(script);
    // Objects schema.prisma cannot express come from the hand-written migrations (docs/decisions/011-hand-written-sql-migrations.md).
    for (const extra of handWrittenMigrationSql()) await sql.unsafe(extra);
    await sql.end();

    const migrated = await describeCatalog(databaseUrl(admin, fromMigrations));
    const declared = await describeCatalog(databaseUrl(admin, fromSchema));
    expect(migrated.columns.length).toBeGreaterThan(10);
    expect(migrated.triggers.map((t) => t.tgname)).toContain("AuditEvent_append_only");
    expect(migrated).toEqual(declared);
  });

  it("keeps the snapshot of the last migrated schema equal to schema.prisma (run npm run db:migration -- <name> after editing it)", () => {
    expect(readFileSync(SNAPSHOT_PATH, "utf8")).toBe(readSchema());
  });

  it("applies nothing the second time and records each migration once", async () => {
    const db = "mend_drift_twice";
    await dropDatabase(admin, db);
    await createDatabaseIfMissing(admin, db);
    const url = databaseUrl(admin, db);
    const first = await applyMigrations(url);
    expect(first).toEqual(listMigrations().migrationDirectories.map((d) => d.path));
    expect(await applyMigrations(url)).toEqual([]);
    const sql = postgres(url, { max: 1 });
    const rows =
      await sql`select migration_name, finished_at is not null as finished from _prisma_migrations order by migration_name`;
    await sql.end();
    expect(rows.map((r) => [r.migration_name, r.finished])).toEqual(first.map((name) => [name, true]));
  });
});
