// A counselor writes an exercise of their own: version 1 of it.
import { prisma } from "@/lib/db/client";
import { requireCounselor } from "./exercise-access";
import { parseContent } from "./parse-exercise-content";

export async function createExercise(options: { actor: unknown; input: unknown }): Promise<{ id: string }> {
  const actor = requireCounselor(options.actor);
  const content = parseContent(options.input);
  return prisma.exercise.create({
    data: { ownerId: actor.id, versions: { create: { version: 1, ...content } } },
    select: { id: true },
  });
}
