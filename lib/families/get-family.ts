// One family as its counselor or one of its members sees it.
import { prisma } from "@/lib/db/client";
import { invitationState } from "@/lib/invitations/invitation-state";
import { requireFamilyAccess } from "./family-access";

export async function getFamily(options: { actor: unknown; familyId: unknown; now?: Date }) {
  const access = await requireFamilyAccess(options.actor, options.familyId);
  const now = options.now ?? new Date();
  const family = await prisma.family.findUniqueOrThrow({
    where: { id: access.familyId },
    select: {
      id: true,
      name: true,
      description: true,
      counselor: { select: { id: true, name: true, email: true } },
      members: {
        orderBy: [{ role: "asc" }, { joinedAt: "asc" }],
        select: { role: true, joinedAt: true, user: { select: { id: true, name: true, email: true, timeZone: true } } },
      },
    },
  });
  const invitations = access.isCounselor
    ? (
        await prisma.invitation.findMany({
          where: { familyId: access.familyId, acceptedAt: null, revokedAt: null },
          orderBy: { createdAt: "desc" },
          select: {
            id: true,
            name: true,
            email: true,
            role: true,
            createdAt: true,
            expiresAt: true,
            acceptedAt: true,
            revokedAt: true,
          },
        })
      ).map((i) => ({ ...i, state: invitationState(i, now) }))
    : [];
  return {
    id: family.id,
    name: family.name,
    isCounselor: access.isCounselor,
    description: access.isCounselor ? family.description : null,
    counselor: family.counselor,
    members: family.members.map((m) => ({
      userId: m.user.id,
      name: m.user.name,
      role: m.role,
      joinedAt: m.joinedAt,
      // Contact details and zones are for the counselor.
      email: access.isCounselor ? m.user.email : null,
      timeZone: access.isCounselor ? m.user.timeZone : null,
    })),
    invitations,
  };
}
