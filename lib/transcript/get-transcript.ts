// A session's transcript for one viewer. Members see exactly what was delivered
// to them (their own coaching, not anyone else's); the counselor sees
// everything: findings, every held message whatever its fate, all coaching.
// Every read is audited. The privacy rule is canSee, the room's own.
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { CATEGORY_LABEL, type Category } from "@/lib/moderation/categories";
import { requireRoomAccess } from "@/lib/room/room-access";
import { canSee } from "@/lib/room/message-view";
import type { TranscriptHeader, TranscriptItem } from "./transcript-item";

type Findings = { findings?: { category?: string }[] } | null;

function labels(moderation: unknown): string[] {
  const findings = (moderation as Findings)?.findings ?? [];
  return findings.map((f) => CATEGORY_LABEL[f.category as Category] ?? String(f.category));
}

export async function getTranscript(options: {
  actor: unknown;
  sessionId: unknown;
  ip?: string | null;
  audit?: "transcript.read" | "transcript.export";
}) {
  const access = await requireRoomAccess(options.actor, options.sessionId);
  const viewer = { userId: access.actor.id, isCounselor: access.isCounselor };
  const names = new Map(access.people.map((p) => [p.userId, p.name]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? "A former member") : "Room");

  return prisma.$transaction(async (tx) => {
    // One connection in a transaction: the reads run one after another.
    const session = await tx.session.findUniqueOrThrow({
      where: { id: access.sessionId },
      select: {
        familyId: true,
        startsAt: true,
        endsAt: true,
        family: { select: { name: true } },
        room: { select: { openedAt: true, endedAt: true } },
      },
    });
    const messages = await tx.roomMessage.findMany({
      where: { sessionId: access.sessionId },
      orderBy: { seq: "asc" },
      select: {
        seq: true,
        kind: true,
        senderId: true,
        recipientId: true,
        text: true,
        moderation: true,
        createdAt: true,
      },
    });
    const held = access.isCounselor
      ? await tx.heldMessage.findMany({
          where: { sessionId: access.sessionId },
          orderBy: { createdAt: "asc" },
          select: { id: true, senderId: true, text: true, findings: true, status: true, note: true, createdAt: true },
        })
      : [];
    // The moderation events with no message of their own: blocked drafts and nudges (DESIGN.md, the session record).
    const unsent = access.isCounselor
      ? await tx.moderationLog.findMany({
          where: { sessionId: access.sessionId, outcome: { in: ["BLOCKED", "NUDGED"] } },
          orderBy: { createdAt: "asc" },
          select: { id: true, userId: true, outcome: true, categories: true, createdAt: true },
        })
      : [];
    await recordAudit(tx, {
      actorId: access.actor.id,
      action: options.audit ?? "transcript.read",
      targetType: "Session",
      targetId: access.sessionId,
      familyId: session.familyId,
      ip: options.ip,
    });

    const items: TranscriptItem[] = [];
    for (const m of messages) {
      if (!canSee(m, viewer)) continue;
      const at = m.createdAt.toISOString();
      if (m.kind === "EVENT") {
        items.push({ type: "event", seq: m.seq, text: m.text, at });
        continue;
      }
      const line: TranscriptItem = {
        type: "message",
        seq: m.seq,
        kind: m.kind,
        senderName: nameOf(m.senderId),
        recipientName: m.recipientId ? nameOf(m.recipientId) : null,
        text: m.text,
        at,
      };
      if (access.isCounselor) {
        line.findings = labels(m.moderation);
        line.held = Boolean((m.moderation as { held?: boolean } | null)?.held);
      }
      items.push(line);
    }
    // Held, blocked and nudged drafts have no seq: they go in by time. Approved ones also appear delivered, above.
    const byTime: TranscriptItem[] = [
      ...held.map((h): TranscriptItem => ({
        type: "held",
        id: h.id,
        senderName: nameOf(h.senderId),
        text: h.text,
        at: h.createdAt.toISOString(),
        status: h.status,
        findings: labels(h.findings),
        note: h.note,
      })),
      ...unsent.map((b): TranscriptItem => ({
        type: b.outcome === "NUDGED" ? "nudged" : "blocked",
        id: b.id,
        senderName: nameOf(b.userId),
        at: b.createdAt.toISOString(),
        findings: b.categories.map((c) => CATEGORY_LABEL[c as Category] ?? c),
      })),
    ];
    for (const entry of byTime) {
      const index = items.findIndex((i) => i.at > entry.at);
      if (index < 0) items.push(entry);
      else items.splice(index, 0, entry);
    }

    const header: TranscriptHeader = {
      sessionId: access.sessionId,
      title: access.title,
      familyName: session.family.name,
      counselorName: nameOf(access.counselorId),
      people: access.people.map((p) => ({ name: p.name, role: p.role })),
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      status: access.status,
      openedAt: session.room?.openedAt.toISOString() ?? null,
      endedAt: session.room?.endedAt?.toISOString() ?? null,
    };
    return { header, items, isCounselor: access.isCounselor, viewerId: access.actor.id };
  });
}
