// The typed contract between the browser and the Socket.IO server. Payloads a
// client sends are the input types of the zod schemas in lib/room/protocol.ts,
// which the domain functions parse; docs/realtime.md describes each event.
import type { ErrorPayload } from "@/lib/errors";
import type { Role } from "@/lib/db/generated/enums";
import type { FloorState } from "@/lib/room/floor";
import type { MessageView } from "@/lib/room/message-view";
import type { ClientPayload } from "@/lib/room/protocol";
import type { HeldDecisionView, HeldView, RoomSnapshot, SafetyAlert, SendAck } from "@/lib/room/views";
import type { RoomRules } from "@/lib/room/room-rules";
import type { MemberStats } from "@/lib/room/moderation-stats";

export type { SendAck } from "@/lib/room/views";

export type Ack<T> = (response: { ok: true; data: T } | { ok: false; error: ErrorPayload }) => void;

export type WhoAmI = { userId: string; role: Role; name: string };

export interface ClientToServerEvents {
  whoami: (payload: Record<string, never> | undefined, ack: Ack<WhoAmI>) => void;
  "room:join": (payload: ClientPayload<"room:join">, ack: Ack<RoomSnapshot>) => void;
  "room:leave": (payload: ClientPayload<"room:leave">, ack: Ack<null>) => void;
  "room:send": (payload: ClientPayload<"room:send">, ack: Ack<SendAck>) => void;
  "room:moderate": (
    payload: ClientPayload<"room:moderate">,
    ack: Ack<{ heldId: string; decision: HeldDecisionView["decision"] }>,
  ) => void;
  "room:rules": (payload: ClientPayload<"room:rules">, ack: Ack<{ seq: number }>) => void;
  "room:stats": (payload: ClientPayload<"room:stats">, ack: Ack<MemberStats[]>) => void;
  "room:control": (payload: ClientPayload<"room:control">, ack: Ack<{ seq: number | null }>) => void;
  "room:coach": (payload: ClientPayload<"room:coach">, ack: Ack<{ id: string; seq: number }>) => void;
  "room:break": (payload: ClientPayload<"room:break">, ack: Ack<{ seq: number }>) => void;
  "room:end": (payload: ClientPayload<"room:end">, ack: Ack<{ seq: number }>) => void;
  "room:private": (
    payload: ClientPayload<"room:private">,
    ack: Ack<{ id: string; seq: number; safety?: { message: string; resources: string } }>,
  ) => void;
  "room:withdraw": (payload: ClientPayload<"room:withdraw">, ack: Ack<{ heldId: string }>) => void;
  "room:typing": (payload: ClientPayload<"room:typing">) => void;
}

export interface ServerToClientEvents {
  "room:message": (payload: { sessionId: string; message: MessageView }) => void;
  "room:state": (payload: { sessionId: string; state: FloorState }) => void;
  "room:presence": (payload: { sessionId: string; userIds: string[] }) => void;
  "room:typing": (payload: { sessionId: string; userId: string }) => void;
  "room:ended": (payload: { sessionId: string }) => void;
  /** To each member of the family: the counselor opened this session's room (the waiting page turns into it). */
  "room:opened": (payload: { sessionId: string }) => void;
  /** The counselor shared the session's summary (usually after the end, while the wrap-up is open). */
  "room:summary-shared": (payload: { sessionId: string }) => void;
  "room:held": (payload: { sessionId: string; held: HeldView }) => void;
  "room:held-decided": (payload: { sessionId: string } & HeldDecisionView) => void;
  /** To the counselor and the sender's own sockets: the sender took a held message back. */
  "room:held-withdrawn": (payload: { sessionId: string; heldId: string }) => void;
  "room:rules": (payload: { sessionId: string; rules: RoomRules }) => void;
  /** Counselor only: a member wrote about self-harm and needs a private check-in now. */
  "room:safety-alert": (payload: { sessionId: string; alert: SafetyAlert }) => void;
  "room:moderation": (payload: {
    sessionId: string;
    entry: { userId: string; outcome: string; categories: string[] };
  }) => void;
}

/** Between app processes, through the adapter. */
export interface InterServerEvents {
  "room:forget-family": (familyId: string) => void;
}

export interface SocketData {
  user: { id: string; role: Role; name: string; timeZone: string };
  /** The AuthSession row this socket was opened with; the socket ends with it. */
  authSessionId: string;
}

/** Reasons a connection is refused; the client sees them as `connect_error.message`. */
export const CONNECT_ERRORS = {
  FORBIDDEN_ORIGIN: "FORBIDDEN_ORIGIN",
  UNAUTHENTICATED: "UNAUTHENTICATED",
} as const;

export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const userRoom = (userId: string) => `user:${userId}`;
/** Every socket opened with one sign-in, so ending the sign-in can reach them in any process. */
export const signInRoom = (authSessionId: string) => `signin:${authSessionId}`;
