// Time-driven changes: a timed round-robin turn running out, a cool-down
// ending. Called by the realtime layer's timers and whenever a room is joined,
// so it also catches up after a restart.
import { prisma } from "@/lib/db/client";
import { tick, type FloorState } from "./floor";
import { appendMessage, lockRoom, saveState, type StoredMessage } from "./room-store";

export async function advanceRoomClock(options: { sessionId: string; people: { userId: string; name: string }[]; now?: Date }): Promise<{ state: FloorState; event: StoredMessage } | null> {
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const room = await lockRoom(tx, options.sessionId);
    if (room.ended) return null;
    const next = tick(room.state, now);
    if (!next) return null;
    await saveState(tx, options.sessionId, next);
    const holderName = options.people.find((p) => p.userId === next.holder)?.name.split(" ")[0];
    const text = next.holder !== room.state.holder && holderName ? `Time's up: it is ${holderName}'s turn.` : "The cool-down is over.";
    const event = await appendMessage(tx, { sessionId: options.sessionId, kind: "EVENT", text, data: { type: "CLOCK" } });
    return { state: next, event };
  });
}
