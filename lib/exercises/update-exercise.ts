// A counselor edits their own exercise. Every edit adds an immutable version,
// so members keep answering exactly what they were given.
import { prisma } from "@/lib/db/client";
import { requireLibraryExercise } from "./exercise-access";
import { parseContent } from "./parse-exercise-content";

export async function updateExercise(options: {
  actor: unknown;
  exerciseId: unknown;
  input: unknown;
}): Promise<{ version: number }> {
  const { exercise } = await requireLibraryExercise(options.actor, options.exerciseId, { mustOwn: true });
  const content = parseContent(options.input);
  return prisma.$transaction(async (tx) => {
    // Lock the exercise so two saves get versions n+1 and n+2, not a clash.
    await tx.$queryRaw`select id from "Exercise" where id = ${exercise.id} for update`;
    const latest = await tx.exerciseVersion.findFirstOrThrow({
      where: { exerciseId: exercise.id },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const created = await tx.exerciseVersion.create({
      data: { exerciseId: exercise.id, version: latest.version + 1, ...content },
      select: { version: true },
    });
    return { version: created.version };
  });
}
