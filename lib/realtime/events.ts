// The typed contract between the browser and the Socket.IO server.
import type { ErrorPayload } from "@/lib/errors";
import type { Role } from "@/lib/db/generated/enums";

export type Ack<T> = (response: { ok: true; data: T } | { ok: false; error: ErrorPayload }) => void;

export type WhoAmI = { userId: string; role: Role; name: string };

export interface ClientToServerEvents {
  whoami: (payload: unknown, ack: Ack<WhoAmI>) => void;
}

// The server sends nothing unprompted yet; the live room adds its events here.
export type ServerToClientEvents = Record<string, never>;

export type InterServerEvents = Record<string, never>;

export interface SocketData {
  user: { id: string; role: Role; name: string };
}

/** Reasons a connection is refused; the client sees them as `connect_error.message`. */
export const CONNECT_ERRORS = {
  FORBIDDEN_ORIGIN: "FORBIDDEN_ORIGIN",
  UNAUTHENTICATED: "UNAUTHENTICATED",
} as const;
