import { describe, expect, it } from "vitest";
import postgres from "postgres";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { createUser } from "../support/factories";

function rawSql() {
  return postgres(process.env.DATABASE_URL ?? "", { max: 1, onnotice: () => {} });
}

describe("the audit trail", () => {
  it("records a row with actor, action, target, family and IP", async () => {
    const actor = await createUser();
    await recordAudit(prisma, { actorId: actor.id, action: "note.read", targetType: "SessionNote", targetId: "n1", familyId: "f1", ip: "203.0.113.9" });
    const rows = await prisma.auditEvent.findMany({ where: { actorId: actor.id } });
    expect(rows).toMatchObject([{ action: "note.read", targetType: "SessionNote", targetId: "n1", familyId: "f1", ip: "203.0.113.9" }]);
  });

  it("is written in the action's transaction: a rolled-back action leaves no row", async () => {
    const actor = await createUser();
    await expect(
      prisma.$transaction(async (tx) => {
        await recordAudit(tx, { actorId: actor.id, action: "note.sign", targetType: "SessionNote", targetId: "n2" });
        throw new Error("the action failed");
      }),
    ).rejects.toThrow("the action failed");
    expect(await prisma.auditEvent.count({ where: { actorId: actor.id } })).toBe(0);
  });

  it("refuses UPDATE, DELETE and TRUNCATE in the database itself (raw SQL)", async () => {
    const actor = await createUser();
    await recordAudit(prisma, { actorId: actor.id, action: "transcript.read", targetType: "Session", targetId: "s1" });
    const sql = rawSql();
    try {
      await expect(sql`update "AuditEvent" set "action" = 'note.read' where "actorId" = ${actor.id}`).rejects.toThrow(/append-only/);
      await expect(sql`delete from "AuditEvent" where "actorId" = ${actor.id}`).rejects.toThrow(/append-only/);
      await expect(sql`truncate "AuditEvent"`).rejects.toThrow(/append-only/);
    } finally {
      await sql.end();
    }
    await expect(prisma.auditEvent.deleteMany({ where: { actorId: actor.id } })).rejects.toThrow();
    expect(await prisma.auditEvent.count({ where: { actorId: actor.id, action: "transcript.read" } })).toBe(1);
  });

  it("refuses an action name that is not in the list", async () => {
    await expect(recordAudit(prisma, { actorId: null, action: "note.shred" as "note.read", targetType: "SessionNote" })).rejects.toThrow();
  });
});
