// A comparable description of a database's public schema, read from the
// PostgreSQL catalogs: what the drift test compares.
import postgres from "postgres";

export async function describeCatalog(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const columns = await sql`
      select table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, numeric_precision, datetime_precision
      from information_schema.columns where table_schema = 'public' and table_name <> '_prisma_migrations'
      order by table_name, column_name`;
    const enums = await sql`
      select t.typname, array_agg(e.enumlabel order by e.enumsortorder) as labels
      from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
      where n.nspname = 'public' group by t.typname order by t.typname`;
    const indexes = await sql`
      select tablename, indexname, indexdef from pg_indexes
      where schemaname = 'public' and tablename <> '_prisma_migrations' order by tablename, indexname`;
    const constraints = await sql`
      select c.conrelid::regclass::text as table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) as definition
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname = 'public' and c.conrelid::regclass::text <> '"_prisma_migrations"' and c.conrelid::regclass::text <> '_prisma_migrations'
      order by 1, 2`;
    return { columns, enums, indexes, constraints };
  } finally {
    await sql.end();
  }
}
