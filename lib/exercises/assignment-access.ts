// The one rule for who may see an assignment: the family's counselor; the
// member it was given to (while still in the family); and, only when the
// counselor shared it and something was submitted, the family's other members.
// Everyone else, including the other member of an unshared one, gets the same
// NOT_FOUND as for a made-up id.
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { IdSchema } from "@/lib/validation/ids";

export const ASSIGNMENT_NOT_FOUND = "We could not find that exercise.";

export type AssignmentViewer = "COUNSELOR" | "ASSIGNEE" | "FAMILY";

/** Assignments the actor may see at all; used by every list and by the single-assignment check. */
export function visibleAssignmentsWhere(actorId: string): Prisma.ExerciseAssignmentWhereInput {
  const isMember = { members: { some: { userId: actorId } } };
  return {
    OR: [
      { family: { counselorId: actorId } },
      { assigneeId: actorId, family: isMember },
      { sharedWithFamily: true, withdrawnAt: null, status: { not: "ASSIGNED" }, family: isMember },
    ],
  };
}

export async function requireAssignmentAccess(actorInput: unknown, assignmentIdInput: unknown) {
  const actor: Actor = requireActor(actorInput);
  const id = IdSchema.safeParse(assignmentIdInput);
  if (!id.success) throw new AppError("NOT_FOUND", ASSIGNMENT_NOT_FOUND);
  const assignment = await prisma.exerciseAssignment.findFirst({
    where: { id: id.data, ...visibleAssignmentsWhere(actor.id) },
    select: {
      id: true,
      familyId: true,
      assigneeId: true,
      status: true,
      withdrawnAt: true,
      sharedWithFamily: true,
      family: { select: { counselorId: true } },
    },
  });
  if (!assignment) throw new AppError("NOT_FOUND", ASSIGNMENT_NOT_FOUND);
  const viewer: AssignmentViewer =
    assignment.family.counselorId === actor.id
      ? "COUNSELOR"
      : assignment.assigneeId === actor.id
        ? "ASSIGNEE"
        : "FAMILY";
  return { actor, assignment, viewer };
}

/** The member doing the exercise; the counselor and other members get NOT_FOUND here, as outsiders do. */
export async function requireAssignee(actorInput: unknown, assignmentIdInput: unknown) {
  const access = await requireAssignmentAccess(actorInput, assignmentIdInput);
  if (access.viewer !== "ASSIGNEE") throw new AppError("NOT_FOUND", ASSIGNMENT_NOT_FOUND);
  return access;
}

export async function requireAssignmentCounselor(actorInput: unknown, assignmentIdInput: unknown) {
  const access = await requireAssignmentAccess(actorInput, assignmentIdInput);
  if (access.viewer !== "COUNSELOR") throw new AppError("NOT_FOUND", ASSIGNMENT_NOT_FOUND);
  return access;
}
