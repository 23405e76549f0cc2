// The member's answers saved as they type, so they are there on another
// device. A draft is only checked for shape and size; the prompts' rules apply
// at submission.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { AnswersSchema } from "./definition";
import { requireAssignee } from "./assignment-access";

export const CLOSED_MESSAGE = "This exercise can't be changed any more: it was already sent in or withdrawn.";

export async function saveDraft(options: {
  actor: unknown;
  assignmentId: unknown;
  answers: unknown;
  now?: Date;
}): Promise<{ savedAt: Date }> {
  const { assignment } = await requireAssignee(options.actor, options.assignmentId);
  const parsed = AnswersSchema.safeParse(options.answers);
  if (!parsed.success) throw new AppError("INVALID", "Your answers could not be saved. Please try again.");
  const savedAt = options.now ?? new Date();
  // The status guard is in the update itself, so a draft can never land after a submission.
  const { count } = await prisma.exerciseAssignment.updateMany({
    where: { id: assignment.id, withdrawnAt: null, status: { in: ["ASSIGNED", "RETURNED"] } },
    data: { draft: parsed.data, draftSavedAt: savedAt },
  });
  if (count === 0) throw new AppError("CONFLICT", CLOSED_MESSAGE);
  return { savedAt };
}
