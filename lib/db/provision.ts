// Creating and dropping whole databases: raw SQL through postgres.js, which
// Prisma does not do. Used by start-up (embedded server), tests and scripts.
import "server-only";
import postgres from "postgres";

const CREATE_DATABASE_LOCK = 7_305_001;
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

function assertIdentifier(name: string): void {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a safe database name: ${name}`);
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createDatabaseIfMissing(adminUrl: string, name: string, template?: string): Promise<boolean> {
  assertIdentifier(name);
  if (template) assertIdentifier(template);
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    // Parallel test workers clone one template, and PostgreSQL refuses to copy a
    // database that another CREATE DATABASE is reading: take turns.
    await sql`select pg_advisory_lock(${CREATE_DATABASE_LOCK})`;
    try {
      const [row] = await sql`select 1 as one from pg_database where datname = ${name}`;
      if (row) return false;
      await sql.unsafe(`create database "${name}"${template ? ` template "${template}"` : ""}`);
      return true;
    } finally {
      await sql`select pg_advisory_unlock(${CREATE_DATABASE_LOCK})`;
    }
  } finally {
    await sql.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  assertIdentifier(name);
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await sql.end();
  }
}
