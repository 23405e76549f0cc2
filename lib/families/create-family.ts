import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { plainLine } from "@/lib/validation/fields";

export const CreateFamilyInput = z.object({
  name: plainLine({ required: "Give the family case a name.", max: 100, tooLong: "Use at most 100 characters." }),
  description: z
    .string()
    .trim()
    .max(2000, "Use at most 2,000 characters.")
    .optional()
    .transform((v) => v || null),
});

export async function createFamily(options: { actor: unknown; input: unknown }): Promise<{ id: string }> {
  const actor = requireActor(options.actor);
  if (actor.role !== "COUNSELOR") throw new AppError("FORBIDDEN", "Only counselors can create a family case.");
  const parsed = CreateFamilyInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  return prisma.family.create({ data: { ...parsed.data, counselorId: actor.id }, select: { id: true } });
}
