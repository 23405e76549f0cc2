// "These sign-ins have ended": lib/auth says so, lib/realtime listens and
// disconnects their sockets. On globalThis because Next's bundle and server.ts
// load their own copies of this module.
import { EventEmitter } from "node:events";

export type SessionsEnded = { sessionIds: string[] } | { userId: string };

const globalForEvents = globalThis as { mendSessionEvents?: EventEmitter };
const emitter = (globalForEvents.mendSessionEvents ??= new EventEmitter());

export function emitSessionsEnded(event: SessionsEnded): void {
  emitter.emit("ended", event);
}

export function onSessionsEnded(listener: (event: SessionsEnded) => void): () => void {
  emitter.on("ended", listener);
  return () => emitter.off("ended", listener);
}
