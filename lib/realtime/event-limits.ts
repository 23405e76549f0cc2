// How often one person may fire each socket event, across all their sockets in
// this process. Everything a client can send is limited; room:send and
// room:typing also keep their own, finer limits in room-handlers.ts.
export type EventLimit = { limit: number; windowMs: number };

export const EVENT_LIMITS: Record<string, EventLimit> = {
  // A member asking for a break: a second ask within a minute adds nothing but noise in the transcript.
  "room:break": { limit: 2, windowMs: 60_000 },
  // Pause, resume, mute, floor changes: a counselor clicks, not a script.
  "room:control": { limit: 10, windowMs: 10_000 },
  "room:rules": { limit: 5, windowMs: 10_000 },
  "room:end": { limit: 3, windowMs: 10_000 },
  "room:coach": { limit: 8, windowMs: 10_000 },
  "room:moderate": { limit: 20, windowMs: 10_000 },
  "room:typing": { limit: 20, windowMs: 10_000 },
  // A member's private line to the counselor: a few lines in a row, not a flood.
  "room:private": { limit: 6, windowMs: 10_000 },
  "room:withdraw": { limit: 10, windowMs: 10_000 },
};

export const DEFAULT_EVENT_LIMIT: EventLimit = { limit: 20, windowMs: 10_000 };

/** Events without a limit of their own share one bucket, so made-up event names cannot grow the limiter map. */
export function eventBucket(event: string): string {
  return Object.hasOwn(EVENT_LIMITS, event) ? event : "*";
}

export function eventLimit(event: string): EventLimit {
  return Object.hasOwn(EVENT_LIMITS, event) ? EVENT_LIMITS[event] : DEFAULT_EVENT_LIMIT;
}
