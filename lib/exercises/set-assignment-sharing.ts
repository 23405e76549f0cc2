// The counselor shares an assignment with the family (the other members may
// then read what was sent in) or makes it private again.
//
// Sharing is only possible before anything is sent in: the member answered
// under the promise "only your counselor reads your answers", and a teen's
// private words never reach the parent after the fact. To share later, the
// counselor assigns the exercise again as shared, which the member sees before
// answering. Making an assignment private is always possible.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { shortName } from "@/lib/people/names";
import { requireAssignmentCounselor } from "./assignment-access";

export async function setAssignmentSharing(options: {
  actor: unknown;
  assignmentId: unknown;
  shared: boolean;
}): Promise<void> {
  const { assignment } = await requireAssignmentCounselor(options.actor, options.assignmentId);
  if (options.shared !== true) {
    await prisma.exerciseAssignment.update({ where: { id: assignment.id }, data: { sharedWithFamily: false } });
    return;
  }
  // One conditional statement, so an answer sent in at the same moment cannot slip through.
  const { count } = await prisma.exerciseAssignment.updateMany({
    where: { id: assignment.id, status: "ASSIGNED", submissions: { none: {} } },
    data: { sharedWithFamily: true },
  });
  if (count === 0) {
    const assignee = await prisma.user.findUniqueOrThrow({
      where: { id: assignment.assigneeId },
      select: { name: true },
    });
    const name = shortName(assignee.name);
    throw new AppError(
      "CONFLICT",
      `${name} already sent in answers that only you could read, so they stay private. To share this exercise with the family, assign it again as shared: ${name} will see that before answering.`,
    );
  }
}
