-- mend:hand-written
-- Objects prisma/schema.prisma cannot express. Write idempotent SQL (CREATE OR REPLACE,
-- DROP … IF EXISTS): the drift test applies it again after building the schema from schema.prisma.

-- The audit trail is append-only, enforced by PostgreSQL itself: whatever role or
-- code path tries, an UPDATE, DELETE or TRUNCATE of "AuditEvent" fails.
CREATE OR REPLACE FUNCTION mend_refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit trail is append-only: % on "AuditEvent" is refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

DROP TRIGGER IF EXISTS "AuditEvent_append_only" ON "AuditEvent";
CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION mend_refuse_audit_change();

DROP TRIGGER IF EXISTS "AuditEvent_no_truncate" ON "AuditEvent";
CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION mend_refuse_audit_change();

-- Actions are dotted lower-case names ("note.read"); the list lives in lib/audit/audit-actions.ts.
ALTER TABLE "AuditEvent" DROP CONSTRAINT IF EXISTS "AuditEvent_action_format";
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_action_format" CHECK ("action" ~ '^[a-z_]+(\.[a-z_]+)+$');
