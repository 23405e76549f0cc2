// A counselor copies a built-in exercise (or one of their own) to adapt it.
import { prisma } from "@/lib/db/client";
import { requireLibraryExercise } from "./exercise-access";
import { parseContent } from "./parse-exercise-content";
import { readVersion, versionSelect } from "./exercise-version";

export async function copyExercise(options: { actor: unknown; exerciseId: unknown }): Promise<{ id: string }> {
  const { actor, exercise } = await requireLibraryExercise(options.actor, options.exerciseId, { mustOwn: false });
  const source = readVersion(
    await prisma.exerciseVersion.findFirstOrThrow({
      where: { exerciseId: exercise.id },
      orderBy: { version: "desc" },
      select: versionSelect,
    }),
  );
  const content = parseContent({
    title: `${source.title} (my copy)`.slice(0, 120),
    strategy: source.strategy,
    instructions: source.instructions,
    minutes: source.minutes,
    prompts: source.prompts,
  });
  return prisma.exercise.create({
    data: { ownerId: actor.id, copiedFromId: exercise.id, versions: { create: { version: 1, ...content } } },
    select: { id: true },
  });
}
