// Time-driven changes: a timed round-robin turn running out, a cool-down
// ending. Called by the realtime layer's timers and whenever a room is joined,
// so it also catches up after a restart.
import { prisma } from "@/lib/db/client";
import { tick, type FloorState } from "./floor";
import { firstName } from "./people";
import { appendMessage, lockRoom, saveState, type StoredMessage } from "./room-store";
import { forgetRoomSnapshot, roomSnapshot } from "./room-snapshot";

export async function advanceRoomClock(options: {
  sessionId: string;
  now?: Date;
}): Promise<{ state: FloorState; event: StoredMessage; counselorId: string } | null> {
  const now = options.now ?? new Date();
  // Names for the transcript line; the state itself is re-read under the lock.
  const snapshot = await roomSnapshot(options.sessionId, now.getTime());
  if (!snapshot) return null;
  const result = await prisma.$transaction(async (tx) => {
    const room = await lockRoom(tx, options.sessionId);
    if (room.ended) return null;
    const next = tick(room.state, now);
    if (!next) return null;
    await saveState(tx, options.sessionId, next);
    const text =
      next.holder !== room.state.holder && next.holder
        ? `Time's up: it is ${firstName(snapshot.people, next.holder)}'s turn.`
        : "The cool-down is over.";
    const event = await appendMessage(tx, {
      sessionId: options.sessionId,
      kind: "EVENT",
      text,
      data: { type: "CLOCK" },
    });
    return { state: next, event, counselorId: snapshot.counselorId };
  });
  if (result) forgetRoomSnapshot(options.sessionId);
  return result;
}
