// Who may be in a session's room: the family's counselor and its members.
// Everyone else gets the same NOT_FOUND a made-up session id gets.
import { prisma } from "@/lib/db/client";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { IdSchema } from "@/lib/validation/ids";

export const ROOM_NOT_FOUND = "We could not find that session.";

import type { RoomPerson } from "./people";

export { firstName, type RoomPerson } from "./people";

export type RoomAccess = {
  actor: Actor;
  sessionId: string;
  isCounselor: boolean;
  counselorId: string;
  familyId: string;
  status: "SCHEDULED" | "LIVE" | "ENDED" | "CANCELLED";
  title: string;
  /** Everyone who can be in the room, counselor first. */
  people: RoomPerson[];
  memberIds: string[];
};

export async function requireRoomAccess(actorInput: unknown, sessionIdInput: unknown): Promise<RoomAccess> {
  const actor = requireActor(actorInput);
  const id = IdSchema.safeParse(sessionIdInput);
  if (!id.success) throw new AppError("NOT_FOUND", ROOM_NOT_FOUND);
  const session = await prisma.session.findFirst({
    where: { id: id.data, family: { OR: [{ counselorId: actor.id }, { members: { some: { userId: actor.id } } }] } },
    select: {
      id: true,
      title: true,
      status: true,
      familyId: true,
      family: {
        select: {
          counselor: { select: { id: true, name: true } },
          members: { orderBy: [{ role: "asc" }, { joinedAt: "asc" }], select: { role: true, user: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  if (!session) throw new AppError("NOT_FOUND", ROOM_NOT_FOUND);
  const counselor = session.family.counselor;
  const members = session.family.members.map((m) => ({ userId: m.user.id, name: m.user.name, role: m.role }));
  return {
    actor,
    sessionId: session.id,
    isCounselor: counselor.id === actor.id,
    counselorId: counselor.id,
    familyId: session.familyId,
    status: session.status,
    title: session.title,
    people: [{ userId: counselor.id, name: counselor.name, role: "COUNSELOR" }, ...members],
    memberIds: members.map((m) => m.userId),
  };
}
