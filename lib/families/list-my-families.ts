// The families a person may see: a counselor's own cases, or the families a
// parent or teen belongs to. Nothing about any other family is read.
import { prisma } from "@/lib/db/client";
import { requireActor } from "@/lib/auth/actor";
import type { FamilyRole } from "@/lib/db/generated/enums";

export type FamilySummary = {
  id: string;
  name: string;
  counselor: { id: string; name: string; email: string };
  members: { userId: string; name: string; role: FamilyRole }[];
  /** Only for the family's counselor. */
  description: string | null;
};

export async function listMyFamilies(options: { actor: unknown }): Promise<FamilySummary[]> {
  const actor = requireActor(options.actor);
  // Archived families are kept with their record but leave the lists.
  const where =
    actor.role === "COUNSELOR"
      ? { counselorId: actor.id, archivedAt: null }
      : { archivedAt: null, members: { some: { userId: actor.id } } };
  const families = await prisma.family.findMany({
    where,
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      counselorId: true,
      counselor: { select: { id: true, name: true, email: true } },
      members: {
        orderBy: [{ role: "asc" }, { joinedAt: "asc" }],
        select: { userId: true, role: true, user: { select: { name: true } } },
      },
    },
  });
  return families.map((family) => ({
    id: family.id,
    name: family.name,
    counselor: family.counselor,
    members: family.members.map((m) => ({ userId: m.userId, name: m.user.name, role: m.role })),
    description: family.counselorId === actor.id ? family.description : null,
  }));
}
