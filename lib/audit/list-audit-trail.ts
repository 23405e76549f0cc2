// The counselor reads the audit trail of one of their families, newest first,
// and exports it as CSV. Exporting is itself audited.
import { DateTime } from "luxon";
import { prisma } from "@/lib/db/client";
import { requireFamilyCounselor } from "@/lib/families/family-access";
import { describeAuditAction } from "./audit-actions";
import { recordAudit } from "./record-audit";

export type AuditRow = {
  id: string;
  at: string;
  actorName: string;
  action: string;
  label: string;
  targetType: string;
  targetId: string | null;
  ip: string | null;
  detail: string;
};

const MAX_ROWS = 5_000;

// A room control in words ("switched to hand-raise", "started a 5-minute cool-down"), not its code.
const CONTROL_WORDS: Record<string, string> = {
  SET_MODE: "switched the floor mode",
  GRANT_FLOOR: "gave someone the floor",
  TAKE_FLOOR_BACK: "took the floor back",
  PAUSE: "paused the room",
  RESUME: "resumed the room",
  MUTE: "muted a member",
  UNMUTE: "unmuted a member",
  COOL_DOWN: "started a cool-down",
  SWAP_ROLES: "swapped speaker and listener",
  PASS_FLOOR: "passed the floor on",
};
const MODE_WORDS: Record<string, string> = {
  OPEN: "open conversation",
  ROUND_ROBIN: "round-robin",
  HAND_RAISE: "hand-raise",
  SPEAKER_LISTENER: "speaker–listener",
};

/** Why exercise answers were read (lib/exercises/read-answers.ts), in the trail's words. */
const PURPOSE_WORDS: Record<string, string> = {
  assignment: "opened the exercise",
  progress: "on the family's progress chart",
};

/** {"format":"pdf","type":"PAUSE"} → "format: pdf, type: PAUSE" (details are flat facts, see recordAudit). */
export function detailText(detail: unknown): string {
  if (!detail || typeof detail !== "object") return "";
  const facts = detail as Record<string, unknown>;
  if (typeof facts.purpose === "string" && PURPOSE_WORDS[facts.purpose]) return PURPOSE_WORDS[facts.purpose];
  if (typeof facts.type === "string" && CONTROL_WORDS[facts.type]) {
    const mode = typeof facts.mode === "string" ? MODE_WORDS[facts.mode] : undefined;
    const minutes = typeof facts.minutes === "number" ? ` for ${facts.minutes} min` : "";
    return `${mode ? `switched to ${mode}` : CONTROL_WORDS[facts.type]}${minutes}`;
  }
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(", ");
}

async function rowsOf(familyId: string, take: number): Promise<AuditRow[]> {
  const events = await prisma.auditEvent.findMany({
    where: { familyId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  // People named as actors, and as targets ("Removed a member: Sam Bennett").
  const userIds = [
    ...new Set(
      events.flatMap((e) => [
        ...(e.actorId ? [e.actorId] : []),
        ...(e.targetType === "User" && e.targetId ? [e.targetId] : []),
      ]),
    ),
  ];
  const actors = await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  // Someone acting on themself (signing in) is named once, as the actor.
  const targetName = (e: (typeof events)[number]) =>
    e.targetType === "User" && e.targetId && e.targetId !== e.actorId
      ? (names.get(e.targetId) ?? "a former user")
      : null;
  return events.map((e) => ({
    id: e.id,
    at: e.createdAt.toISOString(),
    actorName: e.actorId ? (names.get(e.actorId) ?? "A former user") : "Nobody signed in",
    action: e.action,
    label: targetName(e) ? `${describeAuditAction(e.action)}: ${targetName(e)}` : describeAuditAction(e.action),
    targetType: e.targetType,
    targetId: e.targetId,
    ip: e.ip,
    detail: detailText(e.detail),
  }));
}

export async function listAuditTrail(options: {
  actor: unknown;
  familyId: unknown;
  take?: number;
}): Promise<AuditRow[]> {
  const access = await requireFamilyCounselor(options.actor, options.familyId);
  return rowsOf(access.familyId, Math.min(options.take ?? 200, MAX_ROWS));
}

function csvCell(value: string): string {
  // Quote every cell; neutralise spreadsheet formulas (a cell starting with = + - @).
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export async function exportAuditTrailCsv(options: {
  actor: unknown;
  familyId: unknown;
  zone: string;
  ip?: string | null;
}): Promise<string> {
  const access = await requireFamilyCounselor(options.actor, options.familyId);
  await recordAudit(prisma, {
    actorId: access.actor.id,
    action: "audit.export",
    targetType: "Family",
    targetId: access.familyId,
    familyId: access.familyId,
    ip: options.ip,
  });
  const rows = await rowsOf(access.familyId, MAX_ROWS);
  const lines = [
    ["time", "actor", "action", "description", "target type", "target id", "ip", "detail"].map(csvCell).join(","),
  ];
  for (const r of rows) {
    const when = DateTime.fromISO(r.at, { zone: options.zone }).toISO() ?? r.at;
    lines.push(
      [when, r.actorName, r.action, r.label, r.targetType, r.targetId ?? "", r.ip ?? "", r.detail]
        .map(csvCell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
