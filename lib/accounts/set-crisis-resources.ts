// A counselor sets the crisis lines their families' members see when they
// write about self-harm (lib/room/crisis-resources.ts). Empty means the default.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { CRISIS_RESOURCES_MAX } from "@/lib/room/crisis-resources";

export const CrisisResourcesInput = z.object({
  crisisResources: z.string().trim().max(CRISIS_RESOURCES_MAX, `Keep it under ${CRISIS_RESOURCES_MAX} characters.`),
});

export async function setCrisisResources(options: { actor: unknown; input: unknown }): Promise<void> {
  const actor = requireActor(options.actor);
  if (actor.role !== "COUNSELOR") throw new AppError("FORBIDDEN", "Only counselors set crisis resources.");
  const parsed = CrisisResourcesInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  await prisma.user.update({ where: { id: actor.id }, data: { crisisResources: parsed.data.crisisResources || null } });
}
