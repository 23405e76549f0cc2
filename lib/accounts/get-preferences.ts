// A person's own settings, for the settings page. Only ever their own: the id
// comes from the signed-in actor, never from the request.
import { prisma } from "@/lib/db/client";
import { requireActor } from "@/lib/auth/actor";

export type Preferences = { remindersEnabled: boolean; crisisResources: string | null };

export async function getPreferences(options: { actor: unknown }): Promise<Preferences> {
  const actor = requireActor(options.actor);
  return prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { remindersEnabled: true, crisisResources: true },
  });
}
