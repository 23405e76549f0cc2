// The realtime server's part in membership changes: a person removed from a
// family loses their open sockets at once, and every process forgets its
// cached copy of that family's rooms (sockets and the cache are reached across
// processes through the adapter). A shared summary is announced to whoever still
// has the session's room open (the wrap-up shows its link), and an opened room to
// the family's members, whose waiting page then becomes the room. Ended sign-ins:
// watch-sign-in-sessions.ts.
import { onDomainEvent } from "@/lib/events/domain-events";
import { forgetFamilySnapshots } from "@/lib/room/room-snapshot";
import { sessionRoom, userRoom } from "./events";
import type { RealtimeServer } from "./create-realtime-server";

/** `scaledOut`: an adapter links this process to others, so they are told too. */
export function subscribeToDomainEvents(io: RealtimeServer, options: { scaledOut: boolean }): () => void {
  io.on("room:forget-family", (familyId) => forgetFamilySnapshots(familyId));
  const unsubscribe = [
    onDomainEvent("membership.removed", ({ familyId, userId }) => {
      forgetFamilySnapshots(familyId);
      if (options.scaledOut) io.serverSideEmit("room:forget-family", familyId);
      io.in(userRoom(userId)).disconnectSockets(true);
    }),
    // Only the session id goes out, and only to sockets that joined this session's room (its family).
    onDomainEvent("summary.shared", ({ sessionId }) =>
      io.to(sessionRoom(sessionId)).emit("room:summary-shared", { sessionId }),
    ),
    // Only to the family's members' own sockets (their waiting pages), never to anyone else.
    onDomainEvent("room.opened", ({ sessionId, memberIds }) => {
      if (memberIds.length) io.to(memberIds.map(userRoom)).emit("room:opened", { sessionId });
    }),
  ];
  return () => unsubscribe.forEach((off) => off());
}
