// The one place that decides who may see or manage a family. Everyone who may
// not gets the same NOT_FOUND, so an id never reveals that a family exists.
import { prisma } from "@/lib/db/client";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { IdSchema } from "@/lib/validation/ids";

export const FAMILY_NOT_FOUND = "We could not find that family.";

export type FamilyAccess = {
  actor: Actor;
  familyId: string;
  counselorId: string;
  isCounselor: boolean;
  archived: boolean;
};
export const FAMILY_ARCHIVED = "This family is archived: its record can be read, but nothing new can be added.";

export async function requireFamilyAccess(actorInput: unknown, familyIdInput: unknown): Promise<FamilyAccess> {
  const actor = requireActor(actorInput);
  const id = IdSchema.safeParse(familyIdInput);
  if (!id.success) throw new AppError("NOT_FOUND", FAMILY_NOT_FOUND);
  const family = await prisma.family.findFirst({
    where: { id: id.data, OR: [{ counselorId: actor.id }, { members: { some: { userId: actor.id } } }] },
    select: { id: true, counselorId: true, archivedAt: true },
  });
  if (!family) throw new AppError("NOT_FOUND", FAMILY_NOT_FOUND);
  return {
    actor,
    familyId: family.id,
    counselorId: family.counselorId,
    isCounselor: family.counselorId === actor.id,
    archived: family.archivedAt !== null,
  };
}

/** Only the family's own counselor manages it; a member asking gets the same NOT_FOUND as a stranger. */
export async function requireFamilyCounselor(actorInput: unknown, familyIdInput: unknown): Promise<FamilyAccess> {
  const access = await requireFamilyAccess(actorInput, familyIdInput);
  if (!access.isCounselor) throw new AppError("NOT_FOUND", FAMILY_NOT_FOUND);
  return access;
}

/** The counselor adding to a family: an archived family is read-only. */
export async function requireWritableFamilyCounselor(
  actorInput: unknown,
  familyIdInput: unknown,
): Promise<FamilyAccess> {
  const access = await requireFamilyCounselor(actorInput, familyIdInput);
  if (access.archived) throw new AppError("CONFLICT", FAMILY_ARCHIVED, { reason: "ARCHIVED" });
  return access;
}
