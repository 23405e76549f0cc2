// Leaving a room's live stream. Checked like joining: someone who may not be
// in the room gets the same NOT_FOUND, and nothing is announced there.
import { requireRoomAccess } from "./room-access";

export async function leaveRoom(options: { actor: unknown; sessionId: unknown }): Promise<{ sessionId: string }> {
  const access = await requireRoomAccess(options.actor, options.sessionId);
  return { sessionId: access.sessionId };
}
