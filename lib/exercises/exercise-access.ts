// Who may use a library exercise: any counselor may read and copy a built-in
// one; a counselor's own exercises are theirs alone. Parents, teens and other
// counselors get the same NOT_FOUND as for a made-up id.
import { prisma } from "@/lib/db/client";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { IdSchema } from "@/lib/validation/ids";

export const EXERCISE_NOT_FOUND = "We could not find that exercise in your library.";

export function requireCounselor(actorInput: unknown): Actor {
  const actor = requireActor(actorInput);
  if (actor.role !== "COUNSELOR") throw new AppError("NOT_FOUND", EXERCISE_NOT_FOUND);
  return actor;
}

export async function requireLibraryExercise(
  actorInput: unknown,
  exerciseIdInput: unknown,
  options: { mustOwn: boolean },
) {
  const actor = requireCounselor(actorInput);
  const id = IdSchema.safeParse(exerciseIdInput);
  if (!id.success) throw new AppError("NOT_FOUND", EXERCISE_NOT_FOUND);
  const exercise = await prisma.exercise.findFirst({
    where: {
      id: id.data,
      OR: options.mustOwn ? [{ ownerId: actor.id }] : [{ ownerId: actor.id }, { builtInKey: { not: null } }],
    },
    select: { id: true, ownerId: true, builtInKey: true, archivedAt: true },
  });
  if (!exercise) throw new AppError("NOT_FOUND", EXERCISE_NOT_FOUND);
  return { actor, exercise };
}
