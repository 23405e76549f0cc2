// The floor state machine: who may write in a live room, and how each control
// changes that. Pure and server-authoritative: the server loads the state,
// calls these functions under a row lock, stores the result, then broadcasts.
import { z } from "zod";

export const FLOOR_MODES = ["OPEN", "ROUND_ROBIN", "HAND_RAISE", "SPEAKER_LISTENER"] as const;
export type FloorMode = (typeof FLOOR_MODES)[number];

export const FloorStateSchema = z.object({
  mode: z.enum(FLOOR_MODES),
  paused: z.boolean(),
  muted: z.array(z.string()),
  /** ISO instant until which everyone is on a break, or null. */
  coolDownAllUntil: z.string().nullable(),
  /** Per member: ISO instant until which they are on a break. */
  coolDownUntil: z.record(z.string(), z.string()),
  /** Who holds the floor in ROUND_ROBIN and HAND_RAISE. */
  holder: z.string().nullable(),
  /** ROUND_ROBIN: the fixed order of turns. */
  order: z.array(z.string()),
  /** ROUND_ROBIN: optional seconds per turn, and when the current turn ends. */
  turnSeconds: z.number().int().positive().nullable(),
  turnEndsAt: z.string().nullable(),
  /** HAND_RAISE: raised hands in the order they went up. */
  queue: z.array(z.string()),
  /** SPEAKER_LISTENER roles and progress. */
  speaker: z.string().nullable(),
  listener: z.string().nullable(),
  /** The speaker has said something the listener has not yet reflected back. */
  awaitingParaphrase: z.boolean(),
  /** Seq of the listener's paraphrase waiting for the speaker's confirm / "not quite". */
  pendingParaphraseSeq: z.number().int().nullable(),
  /** A paraphrase was confirmed since the speaker last spoke: the floor may pass. */
  paraphraseConfirmed: z.boolean(),
});
export type FloorState = z.infer<typeof FloorStateSchema>;

export function initialFloorState(): FloorState {
  return {
    mode: "OPEN",
    paused: false,
    muted: [],
    coolDownAllUntil: null,
    coolDownUntil: {},
    holder: null,
    order: [],
    turnSeconds: null,
    turnEndsAt: null,
    queue: [],
    speaker: null,
    listener: null,
    awaitingParaphrase: false,
    pendingParaphraseSeq: null,
    paraphraseConfirmed: false,
  };
}

export type MessageKind = "MESSAGE" | "PARAPHRASE";

/** Why someone may not write now. `holder` / `until` let the caller word it with names and local times. */
export type Refusal =
  | { code: "ROOM_PAUSED" }
  | { code: "MUTED" }
  | { code: "COOL_DOWN"; until: string }
  | { code: "NOT_YOUR_TURN"; holder: string | null; mode: FloorMode }
  | { code: "LISTENER_PARAPHRASE_ONLY" }
  | { code: "NOTHING_TO_PARAPHRASE" }
  | { code: "PARAPHRASE_PENDING" }
  | { code: "NOT_LISTENER" };

export type SendCheck = { ok: true } | { ok: false; refusal: Refusal };

const refuse = (refusal: Refusal): SendCheck => ({ ok: false, refusal });

function activeCoolDown(state: FloorState, userId: string, now: Date): string | null {
  const candidates = [state.coolDownAllUntil, state.coolDownUntil[userId] ?? null].filter(
    (u): u is string => !!u && new Date(u) > now,
  );
  return candidates.sort().at(-1) ?? null;
}

/** May this member send a message of this kind now? The counselor always may (call with isCounselor). */
export function checkSend(
  state: FloorState,
  sender: { userId: string; isCounselor: boolean },
  kind: MessageKind,
  now: Date,
): SendCheck {
  if (sender.isCounselor) return kind === "PARAPHRASE" ? refuse({ code: "NOT_LISTENER" }) : { ok: true };
  const { userId } = sender;
  if (state.paused) return refuse({ code: "ROOM_PAUSED" });
  if (state.muted.includes(userId)) return refuse({ code: "MUTED" });
  const coolDown = activeCoolDown(state, userId, now);
  if (coolDown) return refuse({ code: "COOL_DOWN", until: coolDown });

  switch (state.mode) {
    case "OPEN":
      return kind === "PARAPHRASE" ? refuse({ code: "NOT_LISTENER" }) : { ok: true };
    case "ROUND_ROBIN":
    case "HAND_RAISE":
      if (kind === "PARAPHRASE") return refuse({ code: "NOT_LISTENER" });
      return state.holder === userId
        ? { ok: true }
        : refuse({ code: "NOT_YOUR_TURN", holder: state.holder, mode: state.mode });
    case "SPEAKER_LISTENER":
      if (userId === state.speaker) {
        if (kind === "PARAPHRASE") return refuse({ code: "NOT_LISTENER" });
        return { ok: true };
      }
      if (userId === state.listener) {
        if (kind === "MESSAGE") return refuse({ code: "LISTENER_PARAPHRASE_ONLY" });
        if (state.pendingParaphraseSeq !== null) return refuse({ code: "PARAPHRASE_PENDING" });
        if (!state.awaitingParaphrase) return refuse({ code: "NOTHING_TO_PARAPHRASE" });
        return { ok: true };
      }
      return refuse({ code: "NOT_YOUR_TURN", holder: state.speaker, mode: state.mode });
  }
}

/** The state after an accepted message (speaker–listener bookkeeping; nothing else changes). */
export function afterMessage(
  state: FloorState,
  sender: { userId: string; isCounselor: boolean },
  kind: MessageKind,
  seq: number,
): FloorState {
  if (state.mode !== "SPEAKER_LISTENER" || sender.isCounselor) return state;
  if (sender.userId === state.speaker && kind === "MESSAGE")
    return { ...state, awaitingParaphrase: true, paraphraseConfirmed: false };
  if (sender.userId === state.listener && kind === "PARAPHRASE") return { ...state, pendingParaphraseSeq: seq };
  return state;
}

export type FloorAction =
  | { type: "SET_MODE"; mode: "OPEN" }
  | { type: "SET_MODE"; mode: "ROUND_ROBIN"; order: string[]; turnSeconds: number | null }
  | { type: "SET_MODE"; mode: "HAND_RAISE" }
  | { type: "SET_MODE"; mode: "SPEAKER_LISTENER"; speaker: string; listener: string }
  | { type: "GRANT_FLOOR"; userId: string }
  | { type: "TAKE_FLOOR_BACK" }
  | { type: "RAISE_HAND" }
  | { type: "LOWER_HAND" }
  | { type: "PASS_FLOOR" }
  | { type: "CONFIRM_PARAPHRASE"; seq: number }
  | { type: "CORRECT_PARAPHRASE"; seq: number }
  | { type: "SWAP_ROLES"; force?: boolean }
  | { type: "PAUSE" }
  | { type: "RESUME" }
  | { type: "MUTE"; userId: string }
  | { type: "UNMUTE"; userId: string }
  | { type: "COOL_DOWN"; userId: string | null; minutes: number }
  | { type: "END_COOL_DOWN" };

export type FloorActionType = FloorAction["type"];

/** Actions only the counselor may take; members may take the others, each about themself. */
export const COUNSELOR_ACTIONS: ReadonlySet<FloorActionType> = new Set([
  "SET_MODE",
  "GRANT_FLOOR",
  "TAKE_FLOOR_BACK",
  "PAUSE",
  "RESUME",
  "MUTE",
  "UNMUTE",
  "COOL_DOWN",
  "END_COOL_DOWN",
  "SWAP_ROLES",
]);

export type ActionError =
  { code: "FORBIDDEN"; reason: string } | { code: "INVALID"; reason: string } | { code: "CONFLICT"; reason: string };

export type ActionResult = { ok: true; state: FloorState } | { ok: false; error: ActionError };

const fail = (code: ActionError["code"], reason: string): ActionResult => ({ ok: false, error: { code, reason } });
const done = (state: FloorState): ActionResult => ({ ok: true, state });

function addSeconds(now: Date, seconds: number): string {
  return new Date(now.getTime() + seconds * 1000).toISOString();
}

function withSpeakerListener(state: FloorState, speaker: string, listener: string): FloorState {
  return {
    ...state,
    speaker,
    listener,
    awaitingParaphrase: false,
    pendingParaphraseSeq: null,
    paraphraseConfirmed: false,
  };
}

function clearTurns(state: FloorState): FloorState {
  return {
    ...state,
    holder: null,
    order: [],
    turnSeconds: null,
    turnEndsAt: null,
    queue: [],
    speaker: null,
    listener: null,
    awaitingParaphrase: false,
    pendingParaphraseSeq: null,
    paraphraseConfirmed: false,
  };
}

function nextInOrder(state: FloorState, now: Date): FloorState {
  if (state.order.length === 0) return state;
  const at = state.holder ? state.order.indexOf(state.holder) : -1;
  const holder = state.order[(at + 1) % state.order.length];
  return { ...state, holder, turnEndsAt: state.turnSeconds ? addSeconds(now, state.turnSeconds) : null };
}

/**
 * Applies one action by `actor`. `members` are the family's members (user ids)
 * who can take part; the counselor is never one of them.
 */
export function applyAction(
  state: FloorState,
  action: FloorAction,
  actor: { userId: string; isCounselor: boolean },
  members: string[],
  now: Date,
): ActionResult {
  if (COUNSELOR_ACTIONS.has(action.type) && !actor.isCounselor)
    return fail("FORBIDDEN", "Only the counselor can do that.");
  const isMember = (id: string) => members.includes(id);

  switch (action.type) {
    case "SET_MODE": {
      const base = clearTurns({ ...state, mode: action.mode });
      if (action.mode === "OPEN" || action.mode === "HAND_RAISE") return done(base);
      if (action.mode === "ROUND_ROBIN") {
        const order = [...new Set(action.order)];
        if (order.length < 2 || !order.every(isMember))
          return fail("INVALID", "Choose at least two members of this family for the turn order.");
        return done({
          ...base,
          order,
          turnSeconds: action.turnSeconds,
          holder: order[0],
          turnEndsAt: action.turnSeconds ? addSeconds(now, action.turnSeconds) : null,
        });
      }
      if (!isMember(action.speaker) || !isMember(action.listener) || action.speaker === action.listener) {
        return fail("INVALID", "Choose two different members of this family as speaker and listener.");
      }
      return done(withSpeakerListener(base, action.speaker, action.listener));
    }
    case "GRANT_FLOOR":
      if (state.mode !== "HAND_RAISE" && state.mode !== "ROUND_ROBIN")
        return fail("CONFLICT", "The floor is only granted in hand-raise or round-robin mode.");
      if (!isMember(action.userId)) return fail("INVALID", "That person is not in this family.");
      return done({
        ...state,
        holder: action.userId,
        queue: state.queue.filter((id) => id !== action.userId),
        turnEndsAt:
          state.mode === "ROUND_ROBIN" && state.turnSeconds ? addSeconds(now, state.turnSeconds) : state.turnEndsAt,
      });
    case "TAKE_FLOOR_BACK":
      return done({ ...state, holder: null, turnEndsAt: null });
    case "RAISE_HAND":
      if (actor.isCounselor || !isMember(actor.userId))
        return fail("FORBIDDEN", "Only family members raise their hand.");
      if (state.mode !== "HAND_RAISE") return fail("CONFLICT", "Hands are raised only in hand-raise mode.");
      if (state.holder === actor.userId || state.queue.includes(actor.userId)) return done(state);
      return done({ ...state, queue: [...state.queue, actor.userId] });
    case "LOWER_HAND":
      return done({ ...state, queue: state.queue.filter((id) => id !== actor.userId) });
    case "PASS_FLOOR":
      if (state.mode === "ROUND_ROBIN") {
        if (state.holder !== actor.userId && !actor.isCounselor)
          return fail("FORBIDDEN", "Only the person whose turn it is can pass it on.");
        return done(nextInOrder(state, now));
      }
      if (state.mode === "HAND_RAISE") {
        if (state.holder !== actor.userId && !actor.isCounselor) return fail("FORBIDDEN", "You do not have the floor.");
        return done({ ...state, holder: null });
      }
      if (state.mode === "SPEAKER_LISTENER") {
        if (actor.userId !== state.speaker) return fail("FORBIDDEN", "Only the speaker can pass the floor.");
        return swap(state, false);
      }
      return fail("CONFLICT", "In open mode nobody holds the floor.");
    case "CONFIRM_PARAPHRASE":
    case "CORRECT_PARAPHRASE":
      if (state.mode !== "SPEAKER_LISTENER" || actor.userId !== state.speaker)
        return fail("FORBIDDEN", "Only the speaker confirms or corrects a paraphrase.");
      if (state.pendingParaphraseSeq !== action.seq)
        return fail("CONFLICT", "That paraphrase is no longer waiting for an answer.");
      return done(
        action.type === "CONFIRM_PARAPHRASE"
          ? { ...state, pendingParaphraseSeq: null, awaitingParaphrase: false, paraphraseConfirmed: true }
          : // "Not quite": the listener tries again.
            { ...state, pendingParaphraseSeq: null, awaitingParaphrase: true, paraphraseConfirmed: false },
      );
    case "SWAP_ROLES":
      if (state.mode !== "SPEAKER_LISTENER")
        return fail("CONFLICT", "Roles are swapped only in speaker–listener mode.");
      return swap(state, action.force === true);
    case "PAUSE":
      return done({ ...state, paused: true });
    case "RESUME":
      return done({ ...state, paused: false });
    case "MUTE":
      if (!isMember(action.userId)) return fail("INVALID", "That person is not in this family.");
      return done({
        ...state,
        muted: state.muted.includes(action.userId) ? state.muted : [...state.muted, action.userId],
      });
    case "UNMUTE":
      return done({ ...state, muted: state.muted.filter((id) => id !== action.userId) });
    case "COOL_DOWN": {
      if (!Number.isFinite(action.minutes) || action.minutes < 1 || action.minutes > 30)
        return fail("INVALID", "A cool-down lasts between 1 and 30 minutes.");
      const until = addSeconds(now, Math.round(action.minutes * 60));
      if (action.userId === null) return done({ ...state, coolDownAllUntil: until });
      if (!isMember(action.userId)) return fail("INVALID", "That person is not in this family.");
      return done({ ...state, coolDownUntil: { ...state.coolDownUntil, [action.userId]: until } });
    }
    case "END_COOL_DOWN":
      return done({ ...state, coolDownAllUntil: null, coolDownUntil: {} });
  }
}

function swap(state: FloorState, force: boolean): ActionResult {
  if (!state.speaker || !state.listener) return fail("CONFLICT", "Choose a speaker and a listener first.");
  if (!force && !state.paraphraseConfirmed)
    return fail("CONFLICT", "The floor passes once the speaker has confirmed a paraphrase.");
  return done(withSpeakerListener(state, state.listener, state.speaker));
}

/** Time passing: an expired round-robin turn moves on; expired cool-downs are cleared. Returns null when nothing changed. */
export function tick(state: FloorState, now: Date): FloorState | null {
  let next = state;
  if (state.mode === "ROUND_ROBIN" && state.turnEndsAt && new Date(state.turnEndsAt) <= now)
    next = nextInOrder(next, now);
  const coolDownUntil = Object.fromEntries(
    Object.entries(next.coolDownUntil).filter(([, until]) => new Date(until) > now),
  );
  const coolDownAllUntil =
    next.coolDownAllUntil && new Date(next.coolDownAllUntil) > now ? next.coolDownAllUntil : null;
  if (
    coolDownAllUntil !== next.coolDownAllUntil ||
    Object.keys(coolDownUntil).length !== Object.keys(next.coolDownUntil).length
  ) {
    next = { ...next, coolDownAllUntil, coolDownUntil };
  }
  return next === state ? null : next;
}

/** When the next tick() could change something, or null. */
export function nextDeadline(state: FloorState): string | null {
  const deadlines = [
    state.mode === "ROUND_ROBIN" ? state.turnEndsAt : null,
    state.coolDownAllUntil,
    ...Object.values(state.coolDownUntil),
  ].filter((d): d is string => !!d);
  return deadlines.sort()[0] ?? null;
}
