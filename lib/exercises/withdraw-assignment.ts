// The counselor takes an assignment back. It stays on record (with anything
// already submitted), gets no more reminders and can no longer be answered.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requireAssignmentCounselor } from "./assignment-access";

export async function withdrawAssignment(options: {
  actor: unknown;
  assignmentId: unknown;
  now?: Date;
}): Promise<void> {
  const { assignment } = await requireAssignmentCounselor(options.actor, options.assignmentId);
  const { count } = await prisma.exerciseAssignment.updateMany({
    where: { id: assignment.id, withdrawnAt: null },
    data: { withdrawnAt: options.now ?? new Date() },
  });
  if (count === 0) throw new AppError("CONFLICT", "This exercise was already withdrawn.");
}
