// A session's family summary. A member opening it is recorded as having read
// it; the counselor sees who has.
import { prisma } from "@/lib/db/client";
import { requireSessionAccess } from "@/lib/scheduling/session-access";

export type SummaryView = {
  workedOn: string;
  wentWell: string;
  practice: string;
  sharedAt: string;
  /** Counselor only: each member and when they read it. */
  readers?: { name: string; readAt: string | null }[];
};

export async function getSessionSummary(options: { actor: unknown; sessionId: unknown }): Promise<SummaryView | null> {
  const access = await requireSessionAccess(options.actor, options.sessionId);
  const summary = await prisma.sessionSummary.findUnique({
    where: { sessionId: access.session.id },
    include: { reads: true },
  });
  if (!summary) return null;
  const view: SummaryView = {
    workedOn: summary.workedOn,
    wentWell: summary.wentWell,
    practice: summary.practice,
    sharedAt: summary.sharedAt.toISOString(),
  };
  if (access.isCounselor) {
    const members = await prisma.familyMember.findMany({
      where: { familyId: access.session.familyId },
      orderBy: { role: "asc" },
      select: { userId: true, user: { select: { name: true } } },
    });
    view.readers = members.map((m) => ({
      name: m.user.name,
      readAt: summary.reads.find((r) => r.userId === m.userId)?.readAt.toISOString() ?? null,
    }));
  } else {
    await prisma.summaryRead.upsert({
      where: { summaryId_userId: { summaryId: summary.id, userId: access.actor.id } },
      create: { summaryId: summary.id, userId: access.actor.id },
      update: {},
    });
  }
  return view;
}
