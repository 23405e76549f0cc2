// A counselor archives their own exercise (or brings it back). Archived ones
// cannot be assigned again; existing assignments are untouched.
import { prisma } from "@/lib/db/client";
import { requireLibraryExercise } from "./exercise-access";

export async function archiveExercise(options: {
  actor: unknown;
  exerciseId: unknown;
  archived?: boolean;
  now?: Date;
}): Promise<void> {
  const { exercise } = await requireLibraryExercise(options.actor, options.exerciseId, { mustOwn: true });
  await prisma.exercise.update({
    where: { id: exercise.id },
    data: { archivedAt: options.archived === false ? null : (options.now ?? new Date()) },
  });
}
