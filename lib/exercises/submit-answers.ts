// The member sends in their answers. They are checked against the prompts of
// the version they were given (the same check the form runs), kept as a new
// submission beside any earlier ones, and the draft is cleared.
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { requireAssignee } from "./assignment-access";
import { readVersion, versionSelect } from "./exercise-version";
import { validateAnswers } from "./validate-answers";
import { CLOSED_MESSAGE } from "./save-draft";

export async function submitAnswers(options: {
  actor: unknown;
  assignmentId: unknown;
  answers: unknown;
  now?: Date;
}): Promise<{ submissionId: string; number: number }> {
  const { assignment } = await requireAssignee(options.actor, options.assignmentId);
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    // Lock the assignment: two tabs submitting at once make one submission, not two.
    const [locked] = await tx.$queryRaw<{ status: string; withdrawnAt: Date | null }[]>`
      select status::text as status, "withdrawnAt" from "ExerciseAssignment" where id = ${assignment.id} for update`;
    if (!locked || locked.withdrawnAt || !["ASSIGNED", "RETURNED"].includes(locked.status))
      throw new AppError("CONFLICT", CLOSED_MESSAGE);
    const { version } = await tx.exerciseAssignment.findUniqueOrThrow({
      where: { id: assignment.id },
      select: { version: { select: versionSelect } },
    });
    const result = validateAnswers(readVersion(version).prompts, options.answers);
    if (!result.ok)
      throw new AppError("INVALID", "A few answers need another look before you send this in.", {
        fieldErrors: result.errors,
      });
    const number = (await tx.exerciseSubmission.count({ where: { assignmentId: assignment.id } })) + 1;
    const submission = await tx.exerciseSubmission.create({
      data: { assignmentId: assignment.id, number, answers: result.answers, submittedAt: now },
      select: { id: true },
    });
    await tx.exerciseAssignment.update({
      where: { id: assignment.id },
      data: { status: "SUBMITTED", draft: Prisma.DbNull, draftSavedAt: null },
    });
    return { submissionId: submission.id, number };
  });
}
