// The browser's model of a room, as a pure reducer: messages applied strictly
// in sequence (early arrivals buffered, repeats dropped by seq), the sender's
// own messages in flight, held, rejected or returned, and the counselor's
// queue. useRoom (components/room/use-room.ts) only wires the socket to it.
import type { ErrorPayload } from "@/lib/errors";
import type { FloorState } from "./floor";
import type { MessageView } from "./message-view";
import type { RoomPerson } from "./people";
import type { RoomRules } from "./room-rules";
import type { HeldDecisionView, HeldView, RoomSnapshot, SafetyAlert, SendAck } from "./views";

export type Pending = {
  clientId: string;
  text: string;
  kind: "MESSAGE" | "PARAPHRASE";
  /**
   * "unanswered": held, and the session ended before the counselor answered (it stays in their
   * record, never shared). "unsent": still going out, or failed, when the session ended.
   */
  status: "sending" | "failed" | "held" | "rejected" | "unanswered" | "unsent";
  error?: string;
  heldId?: string;
  /** Held: why it waits for the counselor, in the sender's words. */
  reason?: string;
  /** Held on the safety path: it stays with the counselor and cannot be taken back. */
  safety?: boolean;
  sendAnyway?: boolean;
  /** Sends that failed for a reason worth retrying by themselves (the server hiccuped). */
  attempts?: number;
};

export type ModerationEntry = { userId: string; outcome: string; categories: string[]; at: number };

export type RoomModel = {
  connection: "connecting" | "online" | "offline";
  status: "LIVE" | "ENDED" | null;
  you: { userId: string; isCounselor: boolean } | null;
  state: FloorState | null;
  people: RoomPerson[];
  rules: RoomRules | null;
  /** The last seq applied: everything up to it is in `messages`, in order, with no gap. */
  lastSeq: number;
  messages: MessageView[];
  /** Messages that arrived ahead of a missing one, by seq. */
  early: Record<number, MessageView>;
  pending: Pending[];
  online: string[];
  typing: Record<string, number>;
  joinError: string | null;
  /** The server refused this sign-in (signed out here or on every device): the room offers to sign in again. */
  signedOut: boolean;
  /** Counselor: messages waiting for a decision. */
  queue: HeldView[];
  /** Counselor: what the rules did, newest first. */
  moderationLog: ModerationEntry[];
  /** Sender: a held message the counselor handed back to rephrase. */
  returned: { text: string; kind: "MESSAGE" | "PARAPHRASE"; note: string | null; count: number } | null;
  /** Sender: they wrote about self-harm; a caring message and crisis lines to show at once. */
  safety: { message: string; resources: string } | null;
  /** Counselor: members who need a private check-in now. */
  alerts: SafetyAlert[];
  /** The counselor shared the session's summary while this page was open (the wrap-up links to it). */
  summaryShared: boolean;
};

export type RoomAction =
  | { type: "connected" }
  | { type: "disconnected" }
  | { type: "joined"; snapshot: RoomSnapshot }
  | { type: "join-failed"; message: string }
  /** The connection was refused for want of a sign-in: no retry will help, only signing in again. */
  | { type: "signed-out" }
  | { type: "messages"; messages: MessageView[] }
  | { type: "state"; state: FloorState }
  | { type: "presence"; userIds: string[] }
  | { type: "typing"; userId: string; at: number }
  | { type: "ended" }
  | { type: "summary-shared" }
  | { type: "rules"; rules: RoomRules }
  | { type: "held"; held: HeldView }
  | { type: "moderation"; entry: Omit<ModerationEntry, "at">; at: number }
  | { type: "held-decided"; decision: HeldDecisionView }
  | { type: "send-started"; pending: Pending }
  | { type: "send-acked"; clientId: string; ack: SendAck }
  | { type: "send-failed"; clientId: string; error: ErrorPayload }
  | { type: "retry"; clientId: string }
  | { type: "discard"; clientId: string }
  | { type: "returned-seen" }
  | { type: "safety-alert"; alert: SafetyAlert }
  | { type: "safety-seen" }
  /** The private line carried words about self-harm: care and crisis lines, as for a held message. */
  | { type: "safety-shown"; safety: { message: string; resources: string } }
  | { type: "alert-dismissed"; heldId: string }
  /** The sender took a held message back (from any of their tabs). */
  | { type: "withdrawn"; heldId: string };

export const MODERATION_LOG_MAX = 50;

export const SIGNED_OUT =
  "You were signed out of Mend on this device, so the room closed here. Sign in again to come back.";

export function initialRoomModel(): RoomModel {
  return {
    connection: "connecting",
    status: null,
    you: null,
    state: null,
    people: [],
    rules: null,
    lastSeq: 0,
    messages: [],
    early: {},
    pending: [],
    online: [],
    typing: {},
    joinError: null,
    signedOut: false,
    queue: [],
    moderationLog: [],
    returned: null,
    safety: null,
    alerts: [],
    summaryShared: false,
  };
}

/** Applies messages strictly in seq order; keeps later ones until the gap fills; drops what it already has. */
function applyMessages(model: RoomModel, incoming: MessageView[]): RoomModel {
  const early = { ...model.early };
  let changed = false;
  for (const m of incoming) {
    if (m.seq > model.lastSeq && !early[m.seq]) {
      early[m.seq] = m;
      changed = true;
    }
  }
  if (!changed) return model;
  let lastSeq = model.lastSeq;
  const fresh: MessageView[] = [];
  while (early[lastSeq + 1]) {
    fresh.push(early[lastSeq + 1]);
    delete early[lastSeq + 1];
    lastSeq += 1;
  }
  // A message of ours that arrived by broadcast before its ack (or whose ack was lost with the
  // connection): it was delivered, whatever this page had concluded about it meanwhile.
  const delivered = new Set(fresh.flatMap((m) => (m.kind !== "HIDDEN" && m.clientId ? [m.clientId] : [])));
  const pending = delivered.size
    ? model.pending.filter((p) => !(["sending", "failed", "unsent"].includes(p.status) && delivered.has(p.clientId)))
    : model.pending;
  // Whoever just said something has stopped typing ("Sam is typing…" stayed up for seconds after his message).
  const spoke = new Set(
    fresh.flatMap((m) => ((m.kind === "MESSAGE" || m.kind === "PARAPHRASE") && m.senderId ? [m.senderId] : [])),
  );
  const typing = spoke.size
    ? Object.fromEntries(Object.entries(model.typing).filter(([id]) => !spoke.has(id)))
    : model.typing;
  return {
    ...model,
    lastSeq,
    early,
    messages: fresh.length ? [...model.messages, ...fresh] : model.messages,
    pending,
    typing,
  };
}

/** Whether a later message is waiting for a missing one (the hook re-joins if the gap does not fill). */
export function hasGap(model: RoomModel): boolean {
  return Object.keys(model.early).length > 0;
}

function mergeAlerts(current: SafetyAlert[], incoming: SafetyAlert[]): SafetyAlert[] {
  return [...current, ...incoming.filter((a) => !current.some((c) => c.heldId === a.heldId))];
}

/** What a message on its way becomes once the session has ended: nothing more can happen to it. */
function settledByEnd(p: Pending): Pending {
  if (p.status === "held") return { ...p, status: "unanswered" };
  if (p.status === "sending" || p.status === "failed") return { ...p, status: "unsent", error: undefined };
  return p;
}

function updatePending(model: RoomModel, clientId: string, update: (p: Pending) => Pending | null): RoomModel {
  const pending = model.pending.flatMap((p) => {
    if (p.clientId !== clientId) return [p];
    const next = update(p);
    return next ? [next] : [];
  });
  return { ...model, pending };
}

export function roomReducer(model: RoomModel, action: RoomAction): RoomModel {
  switch (action.type) {
    case "connected":
      return { ...model, connection: "online" };
    case "disconnected":
      // Offline, who else is here is unknown: no dot stays green on a stale list.
      return { ...model, connection: "offline", online: [], typing: {} };
    case "join-failed":
      return { ...model, joinError: action.message };
    case "signed-out":
      return { ...model, connection: "offline", online: [], typing: {}, joinError: SIGNED_OUT, signedOut: true };
    case "joined": {
      const snap = action.snapshot;
      // Our own held messages come back as pending after a reload, with their own client id and kind;
      // one still marked as sending here (its ack was lost with the connection) becomes the held one.
      const mineHeld = snap.held.filter((h) => h.senderId === snap.you.userId);
      const restored: Pending[] = mineHeld.map((h) => ({
        clientId: h.clientId,
        text: h.text,
        kind: h.kind,
        status: "held",
        heldId: h.id,
        ...(h.reason ? { reason: h.reason } : {}),
        ...(h.safety ? { safety: true } : {}),
      }));
      const restoredIds = new Set(restored.map((p) => p.clientId));
      // A held one the counselor answered (or we withdrew) while we were away no longer waits.
      const kept = model.pending.filter((p) => !restoredIds.has(p.clientId) && p.status !== "held");
      const joined: RoomModel = {
        ...model,
        joinError: null,
        you: snap.you,
        status: snap.status,
        state: snap.state,
        people: snap.people,
        rules: snap.rules,
        summaryShared: model.summaryShared || snap.summaryShared,
        // The server's log is the whole story (live lines included); a member's snapshot has none.
        moderationLog: snap.you.isCounselor
          ? snap.moderationLog.map((l) => ({ ...l, at: Date.parse(l.at) }))
          : model.moderationLog,
        queue: snap.you.isCounselor ? snap.held : [],
        // After a reload the counselor still sees who needs a check-in.
        alerts: snap.you.isCounselor
          ? mergeAlerts(
              model.alerts,
              snap.held
                .filter((h) => h.findings?.safety)
                .map((h) => ({ userId: h.senderId, heldId: h.id, text: h.text })),
            )
          : [],
        pending: [...kept, ...restored],
      };
      // Messages first: one whose ack was lost may be among them, and then it was sent, not "unsent".
      const applied = applyMessages(joined, snap.messages);
      return snap.status === "ENDED" ? { ...applied, queue: [], pending: applied.pending.map(settledByEnd) } : applied;
    }
    case "messages":
      return applyMessages(model, action.messages);
    case "state":
      return { ...model, state: action.state };
    case "presence": {
      // An ended room has nobody in it, whoever still has the page open.
      if (model.status === "ENDED") return { ...model, online: [], typing: {} };
      // Someone who left is no longer typing.
      const typing = Object.fromEntries(Object.entries(model.typing).filter(([id]) => action.userIds.includes(id)));
      return { ...model, online: action.userIds, typing };
    }
    case "typing":
      return { ...model, typing: { ...model.typing, [action.userId]: action.at } };
    case "ended":
      // The counselor can no longer answer a held message: it stays in their record, unshared,
      // and its sender is told so instead of "waiting" forever. Safety alerts stay: the check-in
      // is still owed after the session.
      return {
        ...model,
        status: "ENDED",
        online: [],
        typing: {},
        queue: [],
        pending: model.pending.map(settledByEnd),
      };
    case "summary-shared":
      return { ...model, summaryShared: true };
    case "rules":
      return { ...model, rules: action.rules };
    case "held":
      return { ...model, queue: [...model.queue.filter((h) => h.id !== action.held.id), action.held] };
    case "moderation":
      return {
        ...model,
        moderationLog: [{ ...action.entry, at: action.at }, ...model.moderationLog].slice(0, MODERATION_LOG_MAX),
      };
    case "held-decided": {
      const d = action.decision;
      const queue = model.queue.filter((h) => h.id !== d.heldId);
      const mine = model.pending.find((p) => p.heldId === d.heldId);
      if (!mine) return { ...model, queue };
      if (d.decision === "REJECT") {
        // The note, if any, arrives on its own as the counselor's private message: not repeated here.
        return {
          ...updatePending(model, mine.clientId, (p) => ({
            ...p,
            status: "rejected",
            error: undefined,
            reason: undefined,
          })),
          queue,
        };
      }
      const rest = updatePending(model, mine.clientId, () => null);
      if (d.decision === "RETURN") {
        return {
          ...rest,
          queue,
          returned: { text: d.text, kind: d.kind, note: d.note, count: (model.returned?.count ?? 0) + 1 },
        };
      }
      return { ...rest, queue };
    }
    case "returned-seen":
      return { ...model, returned: null };
    case "safety-alert":
      return { ...model, alerts: mergeAlerts(model.alerts, [action.alert]) };
    case "safety-shown":
      return { ...model, safety: action.safety };
    case "safety-seen":
      return { ...model, safety: null };
    case "withdrawn":
      return {
        ...model,
        queue: model.queue.filter((h) => h.id !== action.heldId),
        pending: model.pending.filter((p) => p.heldId !== action.heldId),
      };
    case "alert-dismissed":
      return { ...model, alerts: model.alerts.filter((a) => a.heldId !== action.heldId) };
    case "send-started":
      return {
        ...model,
        pending: [...model.pending.filter((p) => p.clientId !== action.pending.clientId), action.pending],
      };
    case "send-acked": {
      const ack = action.ack;
      // Held just before the end: it can no longer be answered.
      if (model.status === "ENDED" && (ack.outcome === "HELD" || ack.outcome === "SAFETY")) {
        const settled = updatePending(model, action.clientId, (p) => ({
          ...p,
          status: "unanswered",
          heldId: ack.heldId,
          ...(ack.outcome === "SAFETY" ? { safety: true } : {}),
        }));
        return ack.outcome === "SAFETY"
          ? { ...settled, safety: { message: ack.message, resources: ack.resources } }
          : settled;
      }
      if (ack.outcome === "HELD")
        return updatePending(model, action.clientId, (p) => ({
          ...p,
          status: "held",
          heldId: ack.heldId,
          error: undefined,
          ...(ack.reason ? { reason: ack.reason } : {}),
        }));
      if (ack.outcome === "SAFETY") {
        const held = updatePending(model, action.clientId, (p) => ({
          ...p,
          status: "held",
          heldId: ack.heldId,
          error: undefined,
          safety: true,
          reason: "Your counselor reads this one first so they can check in with you.",
        }));
        return { ...held, safety: { message: ack.message, resources: ack.resources } };
      }
      // Delivered: the message itself arrives (or arrived) through room:message. Nudged: back to the composer.
      return updatePending(model, action.clientId, () => null);
    }
    case "send-failed":
      // Refused or blocked: the composer keeps the words and says why, once; a bubble would only
      // repeat it with a Retry that cannot help. Only a failure on our side stays, to retry.
      if (action.error.code !== "INTERNAL") return updatePending(model, action.clientId, () => null);
      return updatePending(model, action.clientId, (p) => ({ ...p, status: "failed", error: action.error.message }));
    case "retry":
      return updatePending(model, action.clientId, (p) => ({
        ...p,
        status: "sending",
        error: undefined,
        attempts: (p.attempts ?? 0) + 1,
      }));
    case "discard":
      return updatePending(model, action.clientId, () => null);
  }
}
