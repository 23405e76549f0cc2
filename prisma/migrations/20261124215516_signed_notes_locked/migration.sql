-- mend:hand-written
-- Objects prisma/schema.prisma cannot express. Write idempotent SQL (CREATE OR REPLACE,
-- DROP … IF EXISTS): the drift test applies it again after building the schema from schema.prisma.

-- A signed note can never change, whatever code path or role tries: PostgreSQL
-- refuses an UPDATE or DELETE of a SIGNED "SessionNote" row. Corrections are addenda.
CREATE OR REPLACE FUNCTION mend_refuse_signed_note_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'SIGNED' THEN
    RAISE EXCEPTION 'A signed note cannot be changed or deleted (note %); add an addendum instead', OLD."id"
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

DROP TRIGGER IF EXISTS "SessionNote_signed_locked" ON "SessionNote";
CREATE TRIGGER "SessionNote_signed_locked"
  BEFORE UPDATE OR DELETE ON "SessionNote"
  FOR EACH ROW EXECUTE FUNCTION mend_refuse_signed_note_change();

-- Addenda are signed when written and never change; they attach only to signed notes.
CREATE OR REPLACE FUNCTION mend_guard_addendum() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT 1 FROM "SessionNote" WHERE "id" = NEW."noteId" AND "status" = 'SIGNED') THEN
      RAISE EXCEPTION 'An addendum can only be added to a signed note' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'A signed addendum cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END;
$$;

DROP TRIGGER IF EXISTS "NoteAddendum_append_only" ON "NoteAddendum";
CREATE TRIGGER "NoteAddendum_append_only"
  BEFORE INSERT OR UPDATE OR DELETE ON "NoteAddendum"
  FOR EACH ROW EXECUTE FUNCTION mend_guard_addendum();

CREATE OR REPLACE FUNCTION mend_refuse_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The clinical record cannot be truncated (%)', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;

DROP TRIGGER IF EXISTS "SessionNote_no_truncate" ON "SessionNote";
CREATE TRIGGER "SessionNote_no_truncate" BEFORE TRUNCATE ON "SessionNote"
  FOR EACH STATEMENT EXECUTE FUNCTION mend_refuse_truncate();
DROP TRIGGER IF EXISTS "NoteAddendum_no_truncate" ON "NoteAddendum";
CREATE TRIGGER "NoteAddendum_no_truncate" BEFORE TRUNCATE ON "NoteAddendum"
  FOR EACH STATEMENT EXECUTE FUNCTION mend_refuse_truncate();

-- A signed note names its signer and time.
ALTER TABLE "SessionNote" DROP CONSTRAINT IF EXISTS "SessionNote_signed_has_signer";
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_signed_has_signer"
  CHECK ("status" <> 'SIGNED' OR ("signedAt" IS NOT NULL AND "signedById" IS NOT NULL));
