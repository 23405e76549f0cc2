// The counselor opens the room: the session goes live and its room starts in
// open mode. Opening a room that is already open changes nothing.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { initialFloorState } from "./floor";
import { requireRoomAccess, ROOM_NOT_FOUND, firstName } from "./room-access";
import { appendMessage } from "./room-store";
import { requireWritableSessionCounselor } from "@/lib/scheduling/session-access";
import { emitDomainEvent } from "@/lib/events/domain-events";
import { recordAudit } from "@/lib/audit/record-audit";

/** How early before its start a session's room may be opened. */
export const OPEN_EARLY_MINUTES = 60;

/** Whether the room may be opened now: from an hour before the start (a room opened a week early used up that week's session). */
export function mayOpenYet(startsAt: Date, now: Date): boolean {
  return startsAt.getTime() - now.getTime() <= OPEN_EARLY_MINUTES * 60_000;
}

export async function openRoom(options: {
  actor: unknown;
  sessionId: unknown;
  now?: Date;
  ip?: string | null;
}): Promise<{ sessionId: string }> {
  const access = await requireRoomAccess(options.actor, options.sessionId);
  if (!access.isCounselor) throw new AppError("NOT_FOUND", ROOM_NOT_FOUND);
  if (access.status === "LIVE") return { sessionId: access.sessionId };
  // An archived session (or family) is read-only: its room is never opened.
  await requireWritableSessionCounselor(options.actor, access.sessionId);
  if (access.status !== "SCHEDULED")
    throw new AppError(
      "CONFLICT",
      access.status === "ENDED" ? "This session has already ended." : "This session was cancelled.",
    );
  if (!mayOpenYet(access.startsAt, options.now ?? new Date()))
    throw new AppError(
      "CONFLICT",
      "This session has not started yet: its room opens from an hour before the start. To meet now, schedule a session for now.",
      { reason: "TOO_EARLY" },
    );
  const opened = await prisma.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { id: access.sessionId, status: "SCHEDULED" },
      data: { status: "LIVE" },
    });
    if (count === 0) return false; // opened by a concurrent request
    await tx.roomState.create({ data: { sessionId: access.sessionId, state: initialFloorState() } });
    await appendMessage(tx, {
      sessionId: access.sessionId,
      kind: "EVENT",
      text: `${firstName(access.people, access.actor.id)} opened the room.`,
      senderId: access.actor.id,
      data: { type: "OPEN_ROOM" },
    });
    await recordAudit(tx, {
      actorId: access.actor.id,
      action: "room.open",
      targetType: "Session",
      targetId: access.sessionId,
      familyId: access.familyId,
      ip: options.ip,
    });
    return true;
  });
  // After the commit, once: a member's waiting page that hears it finds the room open.
  if (opened) emitDomainEvent("room.opened", { sessionId: access.sessionId, memberIds: access.memberIds });
  return { sessionId: access.sessionId };
}
