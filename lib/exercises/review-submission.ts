// The counselor reads the latest submission and either marks it reviewed or
// returns it for revision with a comment. A returned exercise opens again for
// the member, with their last answers as the starting draft; the submission
// itself is kept as it was.
import { prisma } from "@/lib/db/client";
import { publicUrl } from "@/lib/config/env";
import { AppError } from "@/lib/errors";
import { sendEmail } from "@/lib/mail/send-email";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { requireAssignmentCounselor } from "./assignment-access";
import { ReviewSubmissionInput } from "./assignment-input";
import { shortName } from "@/lib/people/names";

export async function reviewSubmission(options: {
  actor: unknown;
  assignmentId: unknown;
  input: unknown;
  now?: Date;
}): Promise<void> {
  const { assignment } = await requireAssignmentCounselor(options.actor, options.assignmentId);
  const parsed = ReviewSubmissionInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  const { outcome, comment } = parsed.data;
  const now = options.now ?? new Date();
  const email = await prisma.$transaction(async (tx) => {
    // Only a submission waiting for review can be reviewed; the guard is in the update.
    const { count } = await tx.exerciseAssignment.updateMany({
      where: { id: assignment.id, status: "SUBMITTED", withdrawnAt: null },
      data: { status: outcome },
    });
    if (count === 0) throw new AppError("CONFLICT", "There is no new submission to review.");
    const latest = await tx.exerciseSubmission.findFirstOrThrow({
      where: { assignmentId: assignment.id },
      orderBy: { number: "desc" },
    });
    await tx.exerciseSubmission.update({
      where: { id: latest.id },
      data: { outcome, reviewComment: comment, reviewedAt: now },
    });
    if (outcome === "RETURNED")
      await tx.exerciseAssignment.update({
        where: { id: assignment.id },
        data: { draft: latest.answers ?? {}, draftSavedAt: now },
      });
    const row = await tx.exerciseAssignment.findUniqueOrThrow({
      where: { id: assignment.id },
      select: {
        assignee: { select: { name: true, email: true } },
        version: { select: { title: true } },
        family: { select: { counselor: { select: { name: true } } } },
      },
    });
    return {
      to: row.assignee.email,
      kind: `exercise-${outcome.toLowerCase()}`,
      subject:
        outcome === "RETURNED" ? `Please take another look: ${row.version.title}` : `Reviewed: ${row.version.title}`,
      text: [
        `Hi ${shortName(row.assignee.name)},`,
        "",
        outcome === "RETURNED"
          ? `${row.family.counselor.name} read your answers to “${row.version.title}” and asked you to take another look.`
          : `${row.family.counselor.name} read your answers to “${row.version.title}”.`,
        // The words stay in Mend: an inbox (a shared family computer, a lock screen) is not the place for them.
        ...(comment ? ["", `${row.family.counselor.name} left a comment for you there.`] : []),
        "",
        `Open it: ${publicUrl()}/exercises/${assignment.id}`,
      ].join("\n"),
    };
  });
  await sendEmail(email);
}
