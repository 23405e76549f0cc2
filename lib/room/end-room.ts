// The counselor ends the session: nobody writes any more and the room becomes
// a read-only transcript.
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireRoomCounselor, firstName } from "./room-access";
import { appendMessage, assertRoomOpen, lockRoom, type StoredMessage } from "./room-store";

export async function endRoom(options: {
  actor: unknown;
  sessionId: unknown;
  now?: Date;
  ip?: string | null;
}): Promise<{ event: StoredMessage }> {
  const access = await requireRoomCounselor(options.actor, options.sessionId);
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const room = await lockRoom(tx, access.sessionId);
    assertRoomOpen(room);
    const event = await appendMessage(tx, {
      sessionId: access.sessionId,
      kind: "EVENT",
      text: `${firstName(access.people, access.actor.id)} ended the session.`,
      senderId: access.actor.id,
      data: { type: "END_SESSION" },
    });
    await tx.roomState.update({ where: { sessionId: access.sessionId }, data: { endedAt: now } });
    await tx.session.update({ where: { id: access.sessionId }, data: { status: "ENDED" } });
    await recordAudit(tx, {
      actorId: access.actor.id,
      action: "room.end",
      targetType: "Session",
      targetId: access.sessionId,
      familyId: access.familyId,
      ip: options.ip,
    });
    return { event };
  });
}
