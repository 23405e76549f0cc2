import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { CheckboxField, TimeZoneSchema } from "@/lib/validation/fields";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

export const PreferencesInput = z.object({
  timeZone: TimeZoneSchema,
  remindersEnabled: CheckboxField,
});

export async function updatePreferences(options: { actor: unknown; input: unknown }): Promise<void> {
  const actor = requireActor(options.actor);
  const parsed = PreferencesInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  await prisma.user.update({ where: { id: actor.id }, data: parsed.data });
}
