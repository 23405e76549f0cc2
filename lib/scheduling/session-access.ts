// Who may see or manage one session: the family's counselor manages it, its
// members see it, and everyone else gets NOT_FOUND.
import { prisma } from "@/lib/db/client";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { IdSchema } from "@/lib/validation/ids";

export const SESSION_NOT_FOUND = "We could not find that session.";

export const SESSION_ARCHIVED = "This session is archived: it can be read, but no longer changed.";

const sessionWithFamily = {
  family: {
    select: {
      id: true,
      name: true,
      counselorId: true,
      archivedAt: true,
      counselor: { select: { id: true, name: true, email: true, timeZone: true } },
    },
  },
} as const;

export async function requireSessionAccess(actorInput: unknown, sessionIdInput: unknown) {
  const actor: Actor = requireActor(actorInput);
  const id = IdSchema.safeParse(sessionIdInput);
  if (!id.success) throw new AppError("NOT_FOUND", SESSION_NOT_FOUND);
  const session = await prisma.session.findFirst({
    where: { id: id.data, family: { OR: [{ counselorId: actor.id }, { members: { some: { userId: actor.id } } }] } },
    include: sessionWithFamily,
  });
  if (!session) throw new AppError("NOT_FOUND", SESSION_NOT_FOUND);
  return { actor, session, isCounselor: session.family.counselorId === actor.id };
}

export async function requireSessionCounselor(actorInput: unknown, sessionIdInput: unknown) {
  const access = await requireSessionAccess(actorInput, sessionIdInput);
  if (!access.isCounselor) throw new AppError("NOT_FOUND", SESSION_NOT_FOUND);
  return access;
}

/** The counselor changing a session: archived sessions (or families) are read-only. */
export async function requireWritableSessionCounselor(actorInput: unknown, sessionIdInput: unknown) {
  const access = await requireSessionCounselor(actorInput, sessionIdInput);
  if (access.session.archivedAt || access.session.family.archivedAt)
    throw new AppError("CONFLICT", SESSION_ARCHIVED, { reason: "ARCHIVED" });
  return access;
}
