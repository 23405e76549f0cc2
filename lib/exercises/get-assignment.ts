// The one way anyone reads a member's answers (drafts and submissions). What
// each viewer gets is decided here: the counselor every submission with its
// review; the member their own draft and every submission; another family
// member only the latest submitted answers of a shared assignment, never the
// draft or the counselor's comments.
// The answers themselves come through read-answers.ts (the audit point).
import { prisma } from "@/lib/db/client";
import type { Answers } from "./definition";
import { readAnswers, type StoredSubmission } from "./read-answers";
import { requireAssignmentAccess, type AssignmentViewer } from "./assignment-access";
import { readVersion, versionSelect, type ExerciseVersionView } from "./exercise-version";
import { shownStatus, type ShownStatus, type StoredStatus } from "./assignment-status";

export type SubmissionView = Omit<StoredSubmission, "assignmentId">;

export type AssignmentView = {
  id: string;
  familyId: string;
  familyName: string;
  viewer: AssignmentViewer;
  assignee: { id: string; name: string; timeZone: string };
  assignedBy: { name: string };
  dueDate: string;
  dueAt: Date;
  note: string | null;
  sharedWithFamily: boolean;
  status: StoredStatus;
  shown: ShownStatus;
  withdrawnAt: Date | null;
  version: ExerciseVersionView;
  draft: Answers | null;
  draftSavedAt: Date | null;
  /** Oldest first. */
  submissions: SubmissionView[];
};

export async function getAssignment(options: {
  actor: unknown;
  assignmentId: unknown;
  now?: Date;
}): Promise<AssignmentView> {
  const { actor, assignment: found, viewer } = await requireAssignmentAccess(options.actor, options.assignmentId);
  const row = await prisma.exerciseAssignment.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      id: true,
      familyId: true,
      family: { select: { name: true } },
      assignee: { select: { id: true, name: true, timeZone: true } },
      assignedBy: { select: { name: true } },
      dueDate: true,
      dueAt: true,
      note: true,
      sharedWithFamily: true,
      status: true,
      withdrawnAt: true,
      draftSavedAt: true,
      version: { select: versionSelect },
    },
  });
  const read = await readAnswers({
    readerId: actor.id,
    purpose: "assignment",
    assignmentIds: [row.id],
    includeDraft: viewer === "ASSIGNEE",
  });
  const submissions: SubmissionView[] = read.submissions.map((s) => ({
    id: s.id,
    number: s.number,
    answers: s.answers,
    submittedAt: s.submittedAt,
    reviewComment: s.reviewComment,
    outcome: s.outcome,
    reviewedAt: s.reviewedAt,
  }));
  return {
    id: row.id,
    familyId: row.familyId,
    familyName: row.family.name,
    viewer,
    assignee: row.assignee,
    assignedBy: row.assignedBy,
    dueDate: row.dueDate,
    dueAt: row.dueAt,
    note: viewer === "FAMILY" ? null : row.note,
    sharedWithFamily: row.sharedWithFamily,
    status: row.status,
    shown: shownStatus(row, options.now ?? new Date()),
    withdrawnAt: row.withdrawnAt,
    version: readVersion(row.version),
    draft: read.drafts.get(row.id) ?? null,
    draftSavedAt: viewer === "ASSIGNEE" ? row.draftSavedAt : null,
    submissions:
      viewer === "FAMILY"
        ? submissions.slice(-1).map((s) => ({ ...s, reviewComment: null, outcome: null, reviewedAt: null }))
        : submissions,
  };
}
