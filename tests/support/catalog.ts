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
    // Hand-written objects (docs/decisions/011-hand-written-sql-migrations.md): triggers and the functions they call.
    const triggers = await sql`
      select c.relname as table_name, t.tgname, pg_get_triggerdef(t.oid) as definition
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and not t.tgisinternal order by 1, 2`;
    const functions = await sql`
      select p.proname, pg_get_functiondef(p.oid) as definition
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' order by 1`;
    return { columns, enums, indexes, constraints, triggers, functions };
  } finally {
    await sql.end();
  }
}
