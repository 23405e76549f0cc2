// The counselor shares an assignment with the family (the other members may
// then read what was sent in) or makes it private again.
import { prisma } from "@/lib/db/client";
import { requireAssignmentCounselor } from "./assignment-access";

export async function setAssignmentSharing(options: {
  actor: unknown;
  assignmentId: unknown;
  shared: boolean;
}): Promise<void> {
  const { assignment } = await requireAssignmentCounselor(options.actor, options.assignmentId);
  await prisma.exerciseAssignment.update({
    where: { id: assignment.id },
    data: { sharedWithFamily: options.shared === true },
  });
}
