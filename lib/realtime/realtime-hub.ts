// Lets domain code reach connected clients without importing the server:
// server.ts registers the Socket.IO server here once.
import type { RealtimeServer } from "./create-realtime-server";
import { userRoom } from "./events";

const globalForHub = globalThis as { mendRealtime?: RealtimeServer };

export function registerRealtimeServer(io: RealtimeServer | undefined): void {
  globalForHub.mendRealtime = io;
}

/** Drops every open connection of a person (removed from a family, signed out). */
export function disconnectUser(userId: string): void {
  globalForHub.mendRealtime?.in(userRoom(userId)).disconnectSockets(true);
}
