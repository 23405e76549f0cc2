// Who may be in a session's room: the family's counselor and its members.
// Everyone else gets the same NOT_FOUND a made-up session id gets.
//
// This is the one definition of room access. It has three spellings because
// three paths need it, and each is derived here: a Prisma filter (the careful
// path and every control), an SQL condition (the one-statement send), and the
// people list of the per-process snapshot (loaded through the same relation).
// tests/integration/room-access.integration.test.ts checks that they agree.
import { Prisma } from "@/lib/db/generated/client";
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
  familyId: string;
  isCounselor: boolean;
  counselorId: string;
  status: "SCHEDULED" | "LIVE" | "ENDED" | "CANCELLED";
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** Everyone who can be in the room, counselor first. */
  people: RoomPerson[];
  memberIds: string[];
};

/** Prisma filter on Session: the actor counsels the session's family or is one of its members. */
export function roomAccessWhere(actorId: string): Prisma.SessionWhereInput {
  return { family: { OR: [{ counselorId: actorId }, { members: { some: { userId: actorId } } }] } };
}

/**
 * The same rule in SQL, for raw statements: true when the actor may be in the
 * session's room. Written once for any tagged-template SQL builder, so Prisma's
 * raw queries and postgres.js (the send's hot path) share the very same text.
 * The actor and session are values, or column references in the batched send.
 */
export function roomAccessCondition<T, V>(
  tag: (strings: TemplateStringsArray, ...values: V[]) => T,
  actorId: V,
  sessionId: V,
): T {
  // OFFSET 0 (a no-op) keeps both EXISTS as index probes per send: in the batched send, PostgreSQL guesses
  // 100 sends per JSON array and at 500–1,000 families chose to hash whole tables (Session, Family,
  // FamilyMember) per statement instead (docs/benchmarks.md, 2026-11-25 morning).
  return tag`EXISTS (
    SELECT 1 FROM "Session" s JOIN "Family" f ON f."id" = s."familyId"
    WHERE s."id" = ${sessionId}
      AND (f."counselorId" = ${actorId} OR EXISTS (SELECT 1 FROM "FamilyMember" m WHERE m."familyId" = f."id" AND m."userId" = ${actorId} OFFSET 0))
    OFFSET 0)`;
}

export function roomAccessSql(actorId: string, sessionId: string): Prisma.Sql {
  return roomAccessCondition(Prisma.sql, actorId, sessionId);
}

/** The same rule on a loaded people list (the snapshot's): the counselor and members are everyone who may be there. */
export function isInRoom(people: RoomPerson[], actorId: string): boolean {
  return people.some((p) => p.userId === actorId);
}

export async function requireRoomAccess(actorInput: unknown, sessionIdInput: unknown): Promise<RoomAccess> {
  const actor = requireActor(actorInput);
  const id = IdSchema.safeParse(sessionIdInput);
  if (!id.success) throw new AppError("NOT_FOUND", ROOM_NOT_FOUND);
  const session = await prisma.session.findFirst({
    where: { id: id.data, ...roomAccessWhere(actor.id) },
    select: {
      id: true,
      familyId: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      family: {
        select: {
          counselor: { select: { id: true, name: true } },
          members: {
            orderBy: [{ role: "asc" }, { joinedAt: "asc" }],
            select: { role: true, user: { select: { id: true, name: true } } },
          },
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
    familyId: session.familyId,
    isCounselor: counselor.id === actor.id,
    counselorId: counselor.id,
    status: session.status,
    title: session.title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    people: [{ userId: counselor.id, name: counselor.name, role: "COUNSELOR" }, ...members],
    memberIds: members.map((m) => m.userId),
  };
}

/** A counselor-only action: a member of the family is told it is not theirs; outsiders still get NOT_FOUND. */
export async function requireRoomCounselor(actorInput: unknown, sessionIdInput: unknown): Promise<RoomAccess> {
  const access = await requireRoomAccess(actorInput, sessionIdInput);
  if (!access.isCounselor) throw new AppError("FORBIDDEN", "Only the counselor can do that.");
  return access;
}
