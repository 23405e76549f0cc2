// What a member sees when the room ends: the next session of the family, if
// one is scheduled, and whether the counselor has shared a summary of this one.
// Reads only; the same access rule as the room itself.
import { prisma } from "@/lib/db/client";
import { requireRoomAccess } from "./room-access";

export type RoomWrapUp = {
  counselorName: string;
  nextSession: { id: string; title: string; startsAt: Date; endsAt: Date } | null;
  summaryShared: boolean;
};

export async function roomWrapUp(options: { actor: unknown; sessionId: unknown; now?: Date }): Promise<RoomWrapUp> {
  const access = await requireRoomAccess(options.actor, options.sessionId);
  const now = options.now ?? new Date();
  const [next, summary] = await Promise.all([
    prisma.session.findFirst({
      where: {
        familyId: access.familyId,
        id: { not: access.sessionId },
        status: "SCHEDULED",
        archivedAt: null,
        startsAt: { gt: now },
      },
      orderBy: { startsAt: "asc" },
      select: { id: true, title: true, startsAt: true, endsAt: true },
    }),
    prisma.sessionSummary.findUnique({ where: { sessionId: access.sessionId }, select: { id: true } }),
  ]);
  const counselorName = access.people.find((p) => p.userId === access.counselorId)?.name ?? "Your counselor";
  return { counselorName, nextSession: next, summaryShared: summary !== null };
}
