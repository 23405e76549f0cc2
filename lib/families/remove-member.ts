// The counselor removes a member from a family. Access ends at once: every
// read is authorized against the membership rows this deletes.
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { IdSchema } from "@/lib/validation/ids";
import { requireFamilyCounselor } from "./family-access";
import { emitDomainEvent } from "@/lib/events/domain-events";

const MEMBER_NOT_FOUND = "That person is not a member of this family.";

export async function removeMember(options: { actor: unknown; familyId: unknown; userId: unknown }): Promise<void> {
  const access = await requireFamilyCounselor(options.actor, options.familyId);
  const userId = IdSchema.safeParse(options.userId);
  if (!userId.success) throw new AppError("NOT_FOUND", MEMBER_NOT_FOUND);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.familyMember.deleteMany({ where: { familyId: access.familyId, userId: userId.data } });
    if (count === 0) throw new AppError("NOT_FOUND", MEMBER_NOT_FOUND);
    await recordAudit(tx, {
      actorId: access.actor.id,
      action: "membership.remove",
      targetType: "User",
      targetId: userId.data,
      familyId: access.familyId,
    });
  });
  // Open live-room connections end now, not at the next event (lib/realtime listens).
  emitDomainEvent("membership.removed", { familyId: access.familyId, userId: userId.data });
}
