// Prisma's own schema engine, run from npm as WebAssembly, because the Prisma
// CLI cannot download its native engine on our machines. It generates migration
// SQL (`diff`) and applies migrations (`applyMigrations`) exactly as
// `prisma migrate diff|deploy` would. See docs/decisions/002-*.md.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Pool } from "pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine as SchemaEngineType, MigrationList, DiffTarget } from "@prisma/schema-engine-wasm";

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const NO_FILTERS = { externalTables: [], externalEnums: [] };
/** First line of a hand-written migration (triggers, CHECKs, partial indexes): see docs/decisions/011-hand-written-sql-migrations.md. */
export const HAND_WRITTEN_MARKER = "-- mend:hand-written";

type SchemaEngineModule = typeof import("@prisma/schema-engine-wasm");
let enginePromise: Promise<SchemaEngineModule> | undefined;

// Node 20 cannot `import` a .wasm file, so the package's entry module cannot be
// loaded as-is; instantiate the binary by hand and wire it to the JS glue.
function loadEngineModule(): Promise<SchemaEngineModule> {
  enginePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as SchemaEngineModule & {
      __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
    };
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      // The glue module's exports are the functions the binary imports.
      "./schema_engine_bg.js": { ...glue } as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return enginePromise;
}

// The engine reports a Rust panic through this global; keep the last message so
// the error we throw says what went wrong instead of "unreachable".
let lastPanic: string | undefined;
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    lastPanic = message;
  },
};

// The engine never disposes the adapters it opens, and a lingering pool keeps
// the database busy (a template database cannot be cloned while in use), so we
// record each connection and close it ourselves.
function disposingFactory(databaseUrl: string) {
  const inner = new PrismaPg({ connectionString: databaseUrl, max: 2 });
  const opened: SqlDriverAdapter[] = [];
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const adapter = await inner.connect();
      opened.push(adapter);
      return wholeScripts(adapter);
    },
    connectToShadowDb: async () => {
      const adapter = await inner.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  return { factory, disposeAll: () => Promise.allSettled(opened.map((a) => a.dispose())) };
}

// adapter-pg runs a migration script by splitting it on every ";", which breaks
// the function bodies of hand-written migrations ($$ … ; … $$). Send the script
// as one simple query instead: PostgreSQL parses it properly and runs it as one
// implicit transaction, as `prisma migrate deploy` does with its native driver.
function wholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const pool = (adapter as SqlDriverAdapter & { underlyingDriver(): Pool }).underlyingDriver();
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

async function withEngine<T>(
  databaseUrl: string,
  schemaText: string,
  run: (engine: SchemaEngineType) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const { factory, disposeAll } = disposingFactory(databaseUrl);
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await run(engine);
  } catch (error) {
    if (lastPanic) {
      const message = lastPanic;
      lastPanic = undefined;
      throw new Error(`Prisma schema engine panicked: ${message}`, { cause: error });
    }
    throw error;
  } finally {
    engine.free();
    await disposeAll();
  }
}

export function readSchema(): string {
  return readFileSync(SCHEMA_PATH, "utf8");
}

export type DiffSource = { kind: "empty" } | { kind: "schema"; text: string };

function toTarget(source: DiffSource): DiffTarget {
  return source.kind === "empty"
    ? { tag: "empty" }
    : { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: source.text }] };
}

/** SQL that turns a database shaped like `from` into one shaped like `to`. */
export async function diffSchemas(databaseUrl: string, from: DiffSource, to: DiffSource): Promise<string> {
  return withEngine(databaseUrl, to.kind === "schema" ? to.text : readSchema(), async (engine) => {
    const result = await engine.diff({
      from: toTarget(from),
      to: toTarget(to),
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  });
}

export function listMigrations(migrationsDir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(migrationsDir, d.name, "migration.sql")))
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockPath, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies pending migrations and records them in `_prisma_migrations`, like `prisma migrate deploy`. */
export async function applyMigrations(databaseUrl: string, migrationsDir = MIGRATIONS_DIR): Promise<string[]> {
  return withEngine(databaseUrl, readSchema(), async (engine) => {
    const output = await engine.applyMigrations({ migrationsList: listMigrations(migrationsDir), filters: NO_FILTERS });
    return output.appliedMigrationNames;
  });
}

/**
 * The hand-written migrations' SQL, oldest first. The drift test runs them after
 * building a database from schema.prisma alone, so the objects they add are part
 * of the catalogs it compares.
 */
export function handWrittenMigrationSql(migrationsDir = MIGRATIONS_DIR): string[] {
  return listMigrations(migrationsDir)
    .migrationDirectories.map((d) => (d.migrationFile.content.tag === "ok" ? d.migrationFile.content.value : ""))
    .filter((sql) => sql.startsWith(HAND_WRITTEN_MARKER));
}
