import { describe, expect, it } from "vitest";
import { detailText, listAuditTrail } from "@/lib/audit/list-audit-trail";
import postgres from "postgres";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { randomUUID } from "node:crypto";
import { sendMessage } from "@/lib/room/send-message";
import { decideHeldMessage } from "@/lib/room/decide-held-message";
import { controlRoom } from "@/lib/room/control-room";
import { setRoomRules } from "@/lib/room/set-room-rules";
import { endRoom } from "@/lib/room/end-room";
import { coachMember } from "@/lib/room/private-messages";
import { inviteMember } from "@/lib/invitations/invite-member";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { removeMember } from "@/lib/families/remove-member";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { endAuthSession, startAuthSession } from "@/lib/auth/auth-sessions";
import { createUser, TEST_PASSWORD } from "../support/factories";
import { liveFamily } from "../support/room";

async function actionsIn(familyId: string) {
  const rows = await prisma.auditEvent.findMany({ where: { familyId }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.action);
}

function rawSql() {
  return postgres(process.env.DATABASE_URL ?? "", { max: 1, onnotice: () => {} });
}

describe("the audit trail of signing in and out", () => {
  it("records a failed sign-in, a sign-in with its session and the sign-out, each with the address", async () => {
    const user = await createUser({ role: "PARENT" });
    const rows = () =>
      prisma.auditEvent.findMany({
        where: { targetId: user.id, action: { startsWith: "auth." } },
        orderBy: { createdAt: "asc" },
        select: { actorId: true, action: true, ip: true },
      });
    await expect(
      verifyCredentials({ email: user.email, password: "not-the-password-at-all", clientAddress: "203.0.113.7" }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await verifyCredentials({ email: user.email, password: TEST_PASSWORD, clientAddress: "203.0.113.7" });
    const secret = await startAuthSession(user.id, new Date(), "203.0.113.7");
    await endAuthSession(secret);
    await endAuthSession(secret); // a second sign-out of the same session ends nothing and records nothing
    expect(await rows()).toEqual([
      { actorId: null, action: "auth.sign_in_failed", ip: "203.0.113.7" },
      { actorId: user.id, action: "auth.sign_in", ip: "203.0.113.7" },
      { actorId: user.id, action: "auth.sign_out", ip: null },
    ]);
  });

  it("records a failed sign-in for an unknown email without naming anyone", async () => {
    const before = await prisma.auditEvent.count({ where: { action: "auth.sign_in_failed", targetId: null } });
    await expect(
      verifyCredentials({
        email: "nobody-here@example.test",
        password: "whatever-it-is-42",
        clientAddress: "198.51.100.9",
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await prisma.auditEvent.count({ where: { action: "auth.sign_in_failed", targetId: null } })).toBe(
      before + 1,
    );
  });
});

describe("the audit trail", () => {
  it("records a row with actor, action, target, family and IP", async () => {
    const actor = await createUser();
    await recordAudit(prisma, {
      actorId: actor.id,
      action: "note.read",
      targetType: "SessionNote",
      targetId: "n1",
      familyId: "f1",
      ip: "203.0.113.9",
    });
    const rows = await prisma.auditEvent.findMany({ where: { actorId: actor.id } });
    expect(rows).toMatchObject([
      { action: "note.read", targetType: "SessionNote", targetId: "n1", familyId: "f1", ip: "203.0.113.9" },
    ]);
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
      await expect(sql`update "AuditEvent" set "action" = 'note.read' where "actorId" = ${actor.id}`).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`delete from "AuditEvent" where "actorId" = ${actor.id}`).rejects.toThrow(/append-only/);
      await expect(sql`truncate "AuditEvent"`).rejects.toThrow(/append-only/);
    } finally {
      await sql.end();
    }
    await expect(prisma.auditEvent.deleteMany({ where: { actorId: actor.id } })).rejects.toThrow();
    expect(await prisma.auditEvent.count({ where: { actorId: actor.id, action: "transcript.read" } })).toBe(1);
  });

  it("refuses an action name that is not in the list", async () => {
    await expect(
      recordAudit(prisma, { actorId: null, action: "note.shred" as "note.read", targetType: "SessionNote" }),
    ).rejects.toThrow();
  });

  it("records the opening, who decided each held message, every counselor control, coaching, rule change and the end, but not ordinary messages", async () => {
    const { counselor, son, mom, family, sessionId } = await liveFamily();
    await sendMessage({ actor: mom, input: { sessionId, clientId: randomUUID(), text: "Thanks for coming today." } });
    const held = await sendMessage({
      actor: son,
      input: { sessionId, clientId: randomUUID(), text: "You are pathetic and disgusting.", sendAnyway: true },
    });
    if (held.outcome !== "HELD") throw new Error(`expected HELD, got ${held.outcome}`);
    await decideHeldMessage({
      actor: counselor,
      input: { sessionId, heldId: held.heldId, decision: "REJECT" },
      ip: "192.0.2.7",
    });
    await controlRoom({ actor: counselor, input: { sessionId, action: { type: "PAUSE" } } });
    await controlRoom({ actor: counselor, input: { sessionId, action: { type: "RESUME" } } });
    await controlRoom({ actor: son, input: { sessionId, action: { type: "RAISE_HAND" } } }).catch(() => undefined);
    await controlRoom({ actor: counselor, input: { sessionId, action: { type: "SET_MODE", mode: "HAND_RAISE" } } });
    await setRoomRules({ actor: counselor, input: { sessionId, rules: { preset: "gentle" } } });
    await coachMember({
      actor: counselor,
      input: { sessionId, userId: son.id, clientId: randomUUID(), text: "Try saying what you need." },
      ip: "192.0.2.8",
    });
    await endRoom({ actor: counselor, sessionId });
    expect(await actionsIn(family.id)).toEqual([
      "room.open",
      "moderation.reject",
      "room.control",
      "room.control",
      "room.control",
      "room.rules",
      "room.coach",
      "room.end",
    ]);
    // The trail says what the control did, in words.
    const trail = await listAuditTrail({ actor: counselor, familyId: family.id });
    expect(trail.filter((r) => r.action === "room.control").map((r) => r.detail)).toEqual([
      "switched to hand-raise",
      "resumed the room",
      "paused the room",
    ]);
    // Whom the counselor coached, never the words.
    const coached = trail.find((r) => r.action === "room.coach");
    expect(coached).toMatchObject({ label: "Coached a member privately", detail: "to: Sam", ip: "192.0.2.8" });
    expect(JSON.stringify(coached)).not.toContain("what you need");
    const decision = await prisma.auditEvent.findFirstOrThrow({
      where: { familyId: family.id, action: "moderation.reject" },
    });
    expect(decision).toMatchObject({ actorId: counselor.id, targetId: held.heldId, ip: "192.0.2.7" });
  });

  it("records invitation and membership changes", async () => {
    const { counselor, son, family } = await liveFamily({ open: false });
    const { invitationId } = await inviteMember({
      actor: counselor,
      familyId: family.id,
      input: { name: "Aunt", email: `aunt-${randomUUID().slice(0, 6)}@example.test`, role: "PARENT" },
    });
    await resendInvitation({ actor: counselor, invitationId });
    await revokeInvitation({ actor: counselor, invitationId });
    await removeMember({ actor: counselor, familyId: family.id, userId: son.id });
    expect(await actionsIn(family.id)).toEqual([
      "invitation.create",
      "invitation.resend",
      "invitation.revoke",
      "membership.remove",
    ]);
    // The trail names whom the counselor removed.
    const trail = await listAuditTrail({ actor: counselor, familyId: family.id });
    expect(trail.find((r) => r.action === "membership.remove")?.label).toBe(`Removed a member: ${son.name}`);
  });

  it("says in words why exercise answers were read", () => {
    expect(detailText({ purpose: "progress" })).toBe("on the family's progress chart");
    expect(detailText({ purpose: "assignment" })).toBe("opened the exercise");
    expect(detailText({ format: "pdf" })).toBe("format: pdf");
  });
});
