// A member's home: the newest summaries their counselors shared, unread first.
import { prisma } from "@/lib/db/client";
import { requireActor } from "@/lib/auth/actor";

export type SummaryListItem = {
  sessionId: string;
  title: string;
  familyName: string;
  startsAt: string;
  sharedAt: string;
  read: boolean;
  practice: string;
};

export async function listMySummaries(options: { actor: unknown; take?: number }): Promise<SummaryListItem[]> {
  const actor = requireActor(options.actor);
  const rows = await prisma.sessionSummary.findMany({
    where: { session: { archivedAt: null, family: { archivedAt: null, members: { some: { userId: actor.id } } } } },
    orderBy: { sharedAt: "desc" },
    take: options.take ?? 5,
    select: {
      sessionId: true,
      sharedAt: true,
      practice: true,
      reads: { where: { userId: actor.id }, select: { readAt: true } },
      session: { select: { title: true, startsAt: true, family: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    sessionId: r.sessionId,
    title: r.session.title,
    familyName: r.session.family.name,
    startsAt: r.session.startsAt.toISOString(),
    sharedAt: r.sharedAt.toISOString(),
    read: r.reads.length > 0,
    practice: r.practice,
  }));
}
