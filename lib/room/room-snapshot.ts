// A per-process copy of each live room's floor state, rules and people, so the
// common message needs one database round trip instead of eight. It is never
// trusted on its own: the write in send-message.ts only succeeds if the state
// and rules version it was checked against is still current, the room still
// open and the sender still in the family; otherwise the careful path runs
// with fresh data and drops this copy. So it can live for a minute: reloading
// it every few seconds for hundreds of rooms cost more CPU than it saved.
//
// No send waits for a reload it does not need (docs/benchmarks.md, 2026-11-25):
// a copy older than a minute still answers while a fresh one is read in the
// background (one room at a time); concurrent reads of one room share one query; and joining warms
// the copy, so a room's first send does not read it either. At 1,000 rooms the
// first sends of every room each ran this nested Prisma read at once, and
// those sends waited seconds for the pool (p95 4.6 s, p99 7.1 s).
import { prisma } from "@/lib/db/client";
import { reportUnlessShuttingDown } from "@/lib/process/shutdown";
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
/** The read in flight per room; a copy read before a forget is not kept. */
const loading = new Map<string, Promise<RoomSnapshot | null>>();
/**
 * Copies that outlived their age are read again one at a time: rooms joined together age together,
 * and refreshing 1,000 at once queued 1,000 Prisma reads on the pool (connect timeouts, a 3.5 s
 * stalled event loop). An old copy that is not refreshed yet keeps answering; a later send refreshes it.
 */
const REFRESHES_AT_ONCE = 1;
let refreshing = 0;

export async function roomSnapshot(sessionId: string, now = Date.now()): Promise<RoomSnapshot | null> {
  const cached = snapshots.get(sessionId);
  if (!cached) return load(sessionId, now);
  if (now - cached.loadedAt >= MAX_AGE_MS && !loading.has(sessionId) && refreshing < REFRESHES_AT_ONCE) {
    refreshing++;
    void load(sessionId, now)
      .catch((error: unknown) =>
        reportUnlessShuttingDown("[room] refreshing a cached room failed; the next send reads it", error),
      )
      .finally(() => refreshing--);
  }
  return cached;
}

/** Reads the room into the cache unless a read of it is already in flight, whose answer is shared. */
function load(sessionId: string, now: number): Promise<RoomSnapshot | null> {
  const inFlight = loading.get(sessionId);
  if (inFlight) return inFlight;
  const read = readSnapshot(sessionId, now).then((snapshot) => {
    // Forgotten while it was read: the change that forgot it may not be in this copy.
    if (loading.get(sessionId) !== read) return snapshot;
    loading.delete(sessionId);
    if (snapshot) snapshots.set(sessionId, snapshot);
    return snapshot;
  });
  loading.set(sessionId, read);
  read.catch(() => {
    if (loading.get(sessionId) === read) loading.delete(sessionId);
  });
  return read;
}

async function readSnapshot(sessionId: string, now: number): Promise<RoomSnapshot | null> {
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
  return snapshot;
}

/** Reads the room into the cache in the background, unless it is there or on its way. */
export function warmRoomSnapshot(sessionId: string): void {
  if (snapshots.has(sessionId) || loading.has(sessionId)) return;
  void load(sessionId, Date.now()).catch((error: unknown) =>
    reportUnlessShuttingDown("[room] reading a room into the cache failed; its first send reads it", error),
  );
}

export function forgetRoomSnapshot(sessionId: string): void {
  snapshots.delete(sessionId);
  loading.delete(sessionId);
}

/** After a membership change: the people of every cached room of that family are stale. */
export function forgetFamilySnapshots(familyId: string): void {
  for (const [sessionId, snapshot] of snapshots) if (snapshot.familyId === familyId) snapshots.delete(sessionId);
  // A read in flight may predate the change, and its family is not known until it lands: drop them all.
  loading.clear();
}

/** For tests: is a room cached in this process? */
export function hasRoomSnapshot(sessionId: string): boolean {
  return snapshots.has(sessionId);
}
