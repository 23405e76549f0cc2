// The single place where members' answers (drafts and submissions) leave the
// database. Callers have already decided that `readerId` may see these
// assignments (get-assignment.ts, get-progress.ts); this loads and parses them
// and, in the same transaction, writes one audit row per assignment whose
// answers were read (reader, assignment, purpose).
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AnswersSchema, type Answers } from "./definition";

export type AnswerReadPurpose = "assignment" | "progress";

export type StoredSubmission = {
  id: string;
  assignmentId: string;
  number: number;
  answers: Answers;
  submittedAt: Date;
  reviewComment: string | null;
  outcome: "REVIEWED" | "RETURNED" | null;
  reviewedAt: Date | null;
};

export async function readAnswers(options: {
  readerId: string;
  purpose: AnswerReadPurpose;
  assignmentIds: string[];
  includeDraft: boolean;
}): Promise<{ submissions: StoredSubmission[]; drafts: Map<string, Answers> }> {
  if (options.assignmentIds.length === 0) return { submissions: [], drafts: new Map() };
  const [rows, drafts] = await prisma.$transaction(async (tx) => {
    const found = await Promise.all([
      tx.exerciseSubmission.findMany({
        where: { assignmentId: { in: options.assignmentIds } },
        orderBy: [{ assignmentId: "asc" }, { number: "asc" }],
        select: {
          id: true,
          assignmentId: true,
          number: true,
          answers: true,
          submittedAt: true,
          reviewComment: true,
          outcome: true,
          reviewedAt: true,
        },
      }),
      options.includeDraft
        ? tx.exerciseAssignment.findMany({
            where: { id: { in: options.assignmentIds }, draft: { not: { equals: null } } },
            select: { id: true, draft: true },
          })
        : Promise.resolve([]),
    ]);
    const read = [...new Set([...found[0].map((r) => r.assignmentId), ...found[1].map((d) => d.id)])];
    if (read.length) {
      const families = await tx.exerciseAssignment.findMany({
        where: { id: { in: read } },
        select: { id: true, familyId: true },
      });
      for (const a of families) {
        await recordAudit(tx, {
          actorId: options.readerId,
          action: "exercise_answer.read",
          targetType: "ExerciseAssignment",
          targetId: a.id,
          familyId: a.familyId,
          detail: { purpose: options.purpose },
        });
      }
    }
    return found;
  });
  return {
    submissions: rows.map((r) => ({ ...r, answers: AnswersSchema.parse(r.answers) })),
    drafts: new Map(drafts.map((d) => [d.id, AnswersSchema.parse(d.draft)])),
  };
}
