// Puts Mend's built-in library into the database, at every start-up and in
// tests. Idempotent and safe to run from two processes at once: an unchanged
// exercise is left alone; a changed one gets a new version (assignments keep
// the version they were given).
import type { PrismaClient } from "@/lib/db/client";
import { BUILT_IN_EXERCISES } from "./built-in-library";
import { ExerciseContentSchema, type ExerciseContent } from "./definition";
import { sameContent } from "./exercise-version";

export async function ensureBuiltInExercises(db: PrismaClient): Promise<{ added: number }> {
  let added = 0;
  for (const builtIn of BUILT_IN_EXERCISES) {
    const { key, ...raw } = builtIn;
    // Parsed through the same schema every reader uses: a typo here fails loudly at start-up.
    const content: ExerciseContent = ExerciseContentSchema.parse(raw);
    const exercise = await db.exercise.upsert({
      where: { builtInKey: key },
      create: { builtInKey: key },
      update: {},
      select: { id: true },
    });
    const latest = await db.exerciseVersion.findFirst({
      where: { exerciseId: exercise.id },
      orderBy: { version: "desc" },
    });
    if (latest && sameContent(latest, content)) continue;
    const { count } = await db.exerciseVersion.createMany({
      data: [{ exerciseId: exercise.id, version: (latest?.version ?? 0) + 1, ...content }],
      skipDuplicates: true,
    });
    added += count;
  }
  return { added };
}
