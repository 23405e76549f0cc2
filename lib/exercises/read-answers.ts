// The single place where members' answers (drafts and submissions) leave the
// database. Callers have already decided that `readerId` may see these
// assignments (get-assignment.ts, get-progress.ts); this only loads and parses.
// Audit: the session-record audit log should record each call here
// (reader, assignment ids, purpose) — it is the one choke point for answers.
import { prisma } from "@/lib/db/client";
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
  const [rows, drafts] = await Promise.all([
    prisma.exerciseSubmission.findMany({
      where: { assignmentId: { in: options.assignmentIds } },
      orderBy: [{ assignmentId: "asc" }, { number: "asc" }],
      select: { id: true, assignmentId: true, number: true, answers: true, submittedAt: true, reviewComment: true, outcome: true, reviewedAt: true },
    }),
    options.includeDraft
      ? prisma.exerciseAssignment.findMany({ where: { id: { in: options.assignmentIds }, draft: { not: { equals: null } } }, select: { id: true, draft: true } })
      : Promise.resolve([]),
  ]);
  return {
    submissions: rows.map((r) => ({ ...r, answers: AnswersSchema.parse(r.answers) })),
    drafts: new Map(drafts.map((d) => [d.id, AnswersSchema.parse(d.draft)])),
  };
}
