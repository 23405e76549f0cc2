// Submissions waiting for the counselor, across their families, oldest first.
import { prisma } from "@/lib/db/client";
import { requireCounselor } from "./exercise-access";

export type AwaitingReview = {
  id: string;
  title: string;
  assigneeName: string;
  familyName: string;
  submittedAt: Date | null;
};

export async function listAwaitingReview(options: { actor: unknown }): Promise<AwaitingReview[]> {
  const actor = requireCounselor(options.actor);
  const rows = await prisma.exerciseAssignment.findMany({
    where: { status: "SUBMITTED", withdrawnAt: null, family: { counselorId: actor.id } },
    orderBy: { updatedAt: "asc" },
    take: 50,
    select: {
      id: true,
      assignee: { select: { name: true } },
      family: { select: { name: true } },
      version: { select: { title: true } },
      submissions: { orderBy: { number: "desc" }, take: 1, select: { submittedAt: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.version.title,
    assigneeName: r.assignee.name,
    familyName: r.family.name,
    submittedAt: r.submissions[0]?.submittedAt ?? null,
  }));
}
