// The counselor opens the room: the session goes live and its room starts in
// open mode. Opening a room that is already open changes nothing.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { initialFloorState } from "./floor";
import { requireRoomAccess, ROOM_NOT_FOUND, firstName } from "./room-access";
import { appendMessage } from "./room-store";
import { requireWritableSessionCounselor } from "@/lib/scheduling/session-access";
import { emitDomainEvent } from "@/lib/events/domain-events";

export async function openRoom(options: { actor: unknown; sessionId: unknown }): Promise<{ sessionId: string }> {
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
    return true;
  });
  // After the commit, once: a member's waiting page that hears it finds the room open.
  if (opened) emitDomainEvent("room.opened", { sessionId: access.sessionId, memberIds: access.memberIds });
  return { sessionId: access.sessionId };
}
