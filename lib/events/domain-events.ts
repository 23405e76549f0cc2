// What happened in the domain, for whoever needs to react (today: the realtime
// server, which drops sockets, forgets cached rooms and tells open rooms news). lib/ announces; the
// transport subscribes, so domain code never imports the transport.
//
// The bus lives on globalThis: with a custom server, Next's bundle (route
// handlers, server actions) and server.ts load separate copies of lib/, and an
// event raised in one must reach listeners registered in the other.
import { EventEmitter } from "node:events";

export type DomainEvents = {
  /** A person left a family (removed by the counselor): their access to its rooms ended. */
  "membership.removed": { familyId: string; userId: string };
  /** Sign-ins ended (sign-out, "sign out of all devices", a password change): their sockets must go. */
  "sign-ins.ended": { sessionIds: string[] } | { userId: string };
  /** The counselor shared (or updated) a session's summary: members on the ended room's wrap-up get its link. */
  "summary.shared": { sessionId: string };
  /** The counselor opened a session's room: members waiting for it are told, so their page becomes the room. */
  "room.opened": { sessionId: string; memberIds: string[] };
};
export type DomainEventName = keyof DomainEvents;

const globalForEvents = globalThis as { mendDomainEvents?: EventEmitter };
const bus = (globalForEvents.mendDomainEvents ??= new EventEmitter().setMaxListeners(50));

export function emitDomainEvent<E extends DomainEventName>(name: E, payload: DomainEvents[E]): void {
  bus.emit(name, payload);
}

/** Subscribes; returns the function that unsubscribes. */
export function onDomainEvent<E extends DomainEventName>(
  name: E,
  listener: (payload: DomainEvents[E]) => void,
): () => void {
  bus.on(name, listener);
  return () => void bus.off(name, listener);
}
