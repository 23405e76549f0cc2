// A per-process copy of each live room's floor state, rules and people, so the
// common message needs one database round trip instead of eight. It is never
// trusted on its own: the write in send-message.ts only succeeds if the state
// and rules version it was checked against is still current, the room still
// open and the sender still in the family; otherwise the careful path runs
// with fresh data and drops this copy. So it can live for a minute: reloading
// it every few seconds for hundreds of rooms cost more CPU than it saved.
import { prisma } from "@/lib/db/client";
import { FloorStateSchema, type FloorState } from "./floor";
import type { RoomPerson } from "./people";
import { parseRoomRules, type RoomRules } from "./room-rules";

export type RoomSnapshot = {
  familyId: string;
  state: FloorState;
  rules: RoomRules;
  version: number;
  ended: boolean;
  people: RoomPerson[];
  counselorId: string;
  loadedAt: number;
};

const MAX_AGE_MS = 60_000;
const snapshots = new Map<string, RoomSnapshot>();

export async function roomSnapshot(sessionId: string, now = Date.now()): Promise<RoomSnapshot | null> {
  const cached = snapshots.get(sessionId);
  if (cached && now - cached.loadedAt < MAX_AGE_MS) return cached;
  const room = await prisma.roomState.findUnique({
    where: { sessionId },
    select: {
      state: true,
      rules: true,
      version: true,
      endedAt: true,
      session: {
        select: {
          familyId: true,
          family: {
            select: {
              counselor: { select: { id: true, name: true } },
              members: { select: { role: true, user: { select: { id: true, name: true } } } },
            },
          },
        },
      },
    },
  });
  if (!room) return null;
  const family = room.session.family;
  const snapshot: RoomSnapshot = {
    familyId: room.session.familyId,
    state: FloorStateSchema.parse(room.state),
    rules: parseRoomRules(room.rules),
    version: room.version,
    ended: room.endedAt !== null,
    people: [
      { userId: family.counselor.id, name: family.counselor.name, role: "COUNSELOR" },
      ...family.members.map((m) => ({ userId: m.user.id, name: m.user.name, role: m.role })),
    ],
    counselorId: family.counselor.id,
    loadedAt: now,
  };
  snapshots.set(sessionId, snapshot);
  return snapshot;
}

export function forgetRoomSnapshot(sessionId: string): void {
  snapshots.delete(sessionId);
}

/** After a membership change: the people of every cached room of that family are stale. */
export function forgetFamilySnapshots(familyId: string): void {
  for (const [sessionId, snapshot] of snapshots) if (snapshot.familyId === familyId) snapshots.delete(sessionId);
}

/** For tests: is a room cached in this process? */
export function hasRoomSnapshot(sessionId: string): boolean {
  return snapshots.has(sessionId);
}
