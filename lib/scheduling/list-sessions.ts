// Reading sessions for the people allowed to see them: a counselor's across
// all their families, a member's across the families they belong to.
import { prisma } from "@/lib/db/client";
import { requireActor, type Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/generated/client";
import { requireFamilyAccess } from "@/lib/families/family-access";

export type SessionListItem = Prisma.SessionGetPayload<{ select: typeof listSelect }>;

const listSelect = {
  id: true,
  title: true,
  agenda: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  status: true,
  cancelReason: true,
  seriesId: true,
  seriesIndex: true,
  family: { select: { id: true, name: true, counselor: { select: { name: true } } } },
} as const;

function visibleTo(actor: Actor): Prisma.SessionWhereInput {
  // Archived sessions and families are kept, never deleted, but leave every list.
  return actor.role === "COUNSELOR"
    ? { counselorId: actor.id, archivedAt: null, family: { archivedAt: null } }
    : { archivedAt: null, family: { archivedAt: null, members: { some: { userId: actor.id } } } };
}

/**
 * The one rule for "upcoming": a live session (even one running past its planned end, so members
 * can still join), or a scheduled one that has not reached its end. Ended and cancelled sessions
 * are past whatever their planned times say: a session ended early is not "upcoming".
 */
function upcomingWhere(now: Date): Prisma.SessionWhereInput {
  return { OR: [{ status: "LIVE" }, { status: "SCHEDULED", endsAt: { gt: now } }] };
}

/** Sessions still to come (or live now), soonest first. */
export async function listUpcomingSessions(options: {
  actor: unknown;
  now?: Date;
  take?: number;
}): Promise<SessionListItem[]> {
  const actor = requireActor(options.actor);
  return prisma.session.findMany({
    where: { AND: [visibleTo(actor), upcomingWhere(options.now ?? new Date())] },
    orderBy: { startsAt: "asc" },
    take: options.take ?? 50,
    select: listSelect,
  });
}

/** Every session (cancelled ones too) that overlaps [from, to), for the week view. */
export async function listSessionsBetween(options: {
  actor: unknown;
  from: Date;
  to: Date;
}): Promise<SessionListItem[]> {
  const actor = requireActor(options.actor);
  return prisma.session.findMany({
    where: { AND: [visibleTo(actor), { startsAt: { lt: options.to }, endsAt: { gt: options.from } }] },
    orderBy: { startsAt: "asc" },
    select: listSelect,
  });
}

/** One family's sessions, split into upcoming (soonest first) and past (latest first). */
export async function listFamilySessions(options: { actor: unknown; familyId: unknown; now?: Date }) {
  const access = await requireFamilyAccess(options.actor, options.familyId);
  const now = options.now ?? new Date();
  const [upcoming, past] = await Promise.all([
    prisma.session.findMany({
      where: { familyId: access.familyId, archivedAt: null, ...upcomingWhere(now) },
      orderBy: { startsAt: "asc" },
      take: 100,
      select: listSelect,
    }),
    prisma.session.findMany({
      where: { familyId: access.familyId, archivedAt: null, NOT: upcomingWhere(now) },
      orderBy: { startsAt: "desc" },
      take: 100,
      select: listSelect,
    }),
  ]);
  return { upcoming, past };
}
