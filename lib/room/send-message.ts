// A member or the counselor says something in the room. Read top to bottom:
// parse once; admit (rate limit); try the one-statement fast path on the
// cached snapshot; otherwise take the room lock and run the careful path.
// Both paths ask decideSend (decide-send.ts) and both check access with the
// one rule in room-access.ts. A nudge goes back to the sender, a held message
// to the counselor's queue, a blocked one nowhere. The same clientId sent
// again gets the same outcome.
// Talk of self-harm is not a moderation outcome but a safety path, whatever
// the room's rules or floor: the sender sees a caring message and crisis
// lines, the counselor gets an urgent alert, and the message stays in the
// counselor's record (a held message, never deleted) whatever they decide.
import { prisma } from "@/lib/db/client";
import { hotSql } from "@/lib/db/sql";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { CATEGORY_LABEL } from "@/lib/moderation/categories";
import type { Evaluation } from "@/lib/moderation/evaluate-message";
import type { FloorState } from "./floor";
import { describeRefusal } from "./describe";
import { decideSend, moderationRecordOf, type Sender, type SendDecision } from "./decide-send";
import { readModeration } from "./json-columns";
import type { HeldView, SafetyAlert, SenderFinding } from "./views";
import { SendMessageInput, type SendInput } from "./protocol";
import { isInRoom, requireRoomAccess } from "./room-access";
import { sendBatcher } from "./send-batch";
import {
  appendMessage,
  asSendKind,
  assertRoomOpen,
  lockRoom,
  messageSelect,
  saveState,
  type StoredMessage,
} from "./room-store";
import { forgetRoomSnapshot, roomSnapshot } from "./room-snapshot";
import { CARING_MESSAGE, crisisResourcesOf } from "./crisis-resources";
import { recordPhase } from "@/lib/process/phase-timing";

export type { HeldView, SafetyAlert, SenderFinding } from "./views";

type Room = { sessionId: string; counselorId: string };
export type SendResult = Room &
  (
    | { outcome: "DELIVERED"; message: StoredMessage; state: FloorState | null; duplicate: boolean }
    | { outcome: "NUDGE"; findings: SenderFinding[]; suggestion: string | null; log: LogEntry }
    | { outcome: "HELD"; heldId: string; log: LogEntry | null; held: HeldView | null }
    | { outcome: "BLOCKED"; message: string; log: LogEntry }
    | {
        outcome: "SAFETY";
        heldId: string;
        message: string;
        resources: string;
        log: LogEntry | null;
        held: HeldView | null;
        alert: SafetyAlert;
      }
  );

export type LogEntry = { userId: string; outcome: "NUDGED" | "SENT_ANYWAY" | "HELD" | "BLOCKED"; categories: string[] };

/** Whether one more send from this person into this room fits their rate limit (the transport keeps the count). */
export type Admit = (key: { sessionId: string; senderId: string }) => boolean;

const RATE_LIMITED = "You are sending messages very quickly. Take a breath and try again in a few seconds.";

function senderFindings(evaluation: Evaluation): SenderFinding[] {
  return evaluation.findings.map((f) => ({
    category: f.category,
    label: CATEGORY_LABEL[f.category],
    explanation: f.explanation,
    suggestion: f.suggestion,
  }));
}

function isSafetyRecord(findings: Prisma.JsonValue): boolean {
  return readModeration(findings)?.safety === true;
}

async function safetyOutcome(
  tx: Prisma.TransactionClient,
  room: { sessionId: string; counselorId: string },
  held: { senderId: string; heldId: string; text: string },
  log: LogEntry | null,
  view: HeldView | null,
): Promise<SendResult> {
  const counselor = await tx.user.findUnique({ where: { id: room.counselorId }, select: { crisisResources: true } });
  return {
    outcome: "SAFETY",
    heldId: held.heldId,
    message: CARING_MESSAGE,
    resources: crisisResourcesOf(counselor?.crisisResources),
    log,
    held: view,
    alert: { userId: held.senderId, heldId: held.heldId, text: held.text },
    ...room,
  };
}

function parseSend(input: unknown): SendInput {
  const parsed = SendMessageInput.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors = fieldErrorsOf(parsed.error);
  throw new AppError("INVALID", Object.values(fieldErrors)[0]?.[0] ?? "That message was not understood.", {
    fieldErrors,
  });
}

export async function sendMessage(options: {
  actor: unknown;
  input: unknown;
  zone?: string;
  now?: Date;
  admit?: Admit;
  /** The realtime server that delivers the stored message to its own sockets (BatchedSend.origin). */
  origin?: string;
}): Promise<SendResult> {
  const began = performance.now();
  const input = parseSend(options.input);
  const actor = requireActor(options.actor);
  const now = options.now ?? new Date();
  if (options.admit && !options.admit({ sessionId: input.sessionId, senderId: actor.id })) {
    // A retry of something already sent is answered, not refused: it costs nothing to repeat the answer.
    const earlier = await findEarlierSend(actor.id, input);
    if (earlier) return earlier;
    throw new AppError("RATE_LIMITED", RATE_LIMITED, { reason: "RATE_LIMITED" });
  }
  const fast = await sendFast(input, actor.id, now, began, options.origin);
  if (fast) return fast;
  recordPhase("send: careful path", performance.now() - began);
  return sendCareful(input, actor, options.zone, now);
}

/**
 * The common case in one statement: a clean message that does not change the
 * floor, from someone the snapshot says is in the room. The statement (shared
 * with the other sends of the same tick, send-batch.ts) re-checks access (the
 * same rule, in SQL), that the room is open, that the state and rules are the
 * version the decision was made on, and that the clientId is new; then it
 * takes the next seq and inserts. Any "no" returns null and the careful path
 * decides with fresh data.
 */
async function sendFast(
  input: SendInput,
  actorId: string,
  now: Date,
  began: number,
  origin: string | undefined,
): Promise<SendResult | null> {
  const snapshot = await roomSnapshot(input.sessionId, now.getTime());
  if (!snapshot || snapshot.ended || !isInRoom(snapshot.people, actorId)) return null;
  const sender: Sender = {
    userId: actorId,
    isCounselor: snapshot.counselorId === actorId,
    role: snapshot.people.find((p) => p.userId === actorId)!.role,
  };
  const decision = decideSend(snapshot.state, snapshot.rules, sender, input, now);
  if (decision.outcome !== "DELIVER" || decision.changesState || decision.evaluation.findings.length > 0) return null;
  recordPhase("send: parse, snapshot, decide", performance.now() - began);
  // One multi-row statement per tick on postgres.js (docs/decisions/010 and 019); null means "decide carefully".
  const message = await sendBatcher(hotSql).submit({
    sessionId: input.sessionId,
    senderId: actorId,
    clientId: input.clientId,
    kind: input.kind,
    text: input.text,
    moderation: decision.moderation,
    version: snapshot.version,
    counselorId: snapshot.counselorId,
    origin,
  });
  return message
    ? {
        outcome: "DELIVERED",
        message,
        state: null,
        duplicate: false,
        sessionId: input.sessionId,
        counselorId: snapshot.counselorId,
      }
    : null;
}

/** Under the room lock, with the room's current state: the same decision, then whatever it calls for. */
async function sendCareful(input: SendInput, actor: Actor, zone: string | undefined, now: Date): Promise<SendResult> {
  forgetRoomSnapshot(input.sessionId);
  const access = await requireRoomAccess(actor, input.sessionId);
  const actorId = actor.id;
  const sender: Sender = {
    userId: actorId,
    isCounselor: access.isCounselor,
    role: access.people.find((p) => p.userId === actorId)!.role,
  };
  const base = { sessionId: access.sessionId, counselorId: access.counselorId };

  return prisma.$transaction(async (tx): Promise<SendResult> => {
    const room = await lockRoom(tx, access.sessionId);
    // Checked under the lock, so a retry racing the original still finds it.
    const key = { sessionId: access.sessionId, senderId: actorId, clientId: input.clientId };
    const existing = await tx.roomMessage.findUnique({
      where: { sessionId_senderId_clientId: key },
      select: messageSelect,
    });
    if (existing) return { outcome: "DELIVERED", message: existing, state: null, duplicate: true, ...base };
    const heldBefore = await tx.heldMessage.findUnique({
      where: { sessionId_senderId_clientId: key },
      select: { id: true, status: true, findings: true },
    });
    // A retry of a message on the safety path gets the same care again, and the record stays as it is.
    if (heldBefore && isSafetyRecord(heldBefore.findings))
      return safetyOutcome(tx, base, { senderId: actorId, heldId: heldBefore.id, text: input.text }, null, null);
    if (heldBefore?.status === "PENDING")
      return { outcome: "HELD", heldId: heldBefore.id, log: null, held: null, ...base };
    assertRoomOpen(room);

    const decision: SendDecision = decideSend(room.state, room.rules, sender, input, now);
    const log = async (outcome: LogEntry["outcome"], evaluation: Evaluation): Promise<LogEntry> => {
      const categories = evaluation.findings.map((f) => f.category);
      await tx.moderationLog.create({ data: { sessionId: access.sessionId, userId: actorId, outcome, categories } });
      return { userId: actorId, outcome, categories };
    };

    switch (decision.outcome) {
      case "SAFETY": {
        const findings = moderationRecordOf(decision.evaluation, { safety: true }) ?? {
          findings: [],
          positives: [],
          safety: true,
        };
        const held = await tx.heldMessage.upsert({
          where: { sessionId_senderId_clientId: key },
          create: { ...key, kind: input.kind, text: input.text, findings },
          update: { text: input.text, findings, status: "PENDING", decidedAt: null, note: null },
        });
        const view: HeldView = {
          id: held.id,
          senderId: held.senderId,
          clientId: held.clientId,
          text: held.text,
          kind: asSendKind(held.kind),
          findings: readModeration(held.findings),
          createdAt: held.createdAt.toISOString(),
        };
        return safetyOutcome(
          tx,
          base,
          { senderId: actorId, heldId: held.id, text: input.text },
          await log("HELD", decision.evaluation),
          view,
        );
      }
      case "REFUSE":
        throw new AppError("CONFLICT", describeRefusal(decision.refusal, access.people, zone), {
          reason: decision.refusal.code,
        });
      case "TOO_LONG":
        throw new AppError(
          "INVALID",
          `As the speaker, keep each message short (under ${decision.max} characters) so it can be reflected back.`,
          { reason: "SPEAKER_CHUNK_TOO_LONG" },
        );
      case "BLOCK":
        return {
          outcome: "BLOCKED",
          message: `${decision.blocking.explanation} Your message was not sent; you can rework it.`,
          log: await log("BLOCKED", decision.evaluation),
          ...base,
        };
      case "HOLD": {
        // A retry of a message the counselor returned or rejected is a fresh attempt.
        if (heldBefore) await tx.heldMessage.delete({ where: { id: heldBefore.id } });
        // Held after the sender saw the nudge and insisted: the log says so, so the
        // figures do not count the nudge as reworded (moderation-stats.ts).
        if (input.sendAnyway) await log("SENT_ANYWAY", decision.evaluation);
        const findings = moderationRecordOf(decision.evaluation);
        const held = await tx.heldMessage.create({
          data: { ...key, kind: input.kind, text: input.text, findings: (findings ?? {}) as Prisma.InputJsonValue },
        });
        return {
          outcome: "HELD",
          heldId: held.id,
          log: await log("HELD", decision.evaluation),
          held: {
            id: held.id,
            senderId: held.senderId,
            clientId: held.clientId,
            text: held.text,
            kind: asSendKind(held.kind),
            findings: readModeration(held.findings),
            createdAt: held.createdAt.toISOString(),
          },
          ...base,
        };
      }
      case "NUDGE":
        return {
          outcome: "NUDGE",
          findings: senderFindings(decision.evaluation),
          suggestion: decision.evaluation.suggestion,
          log: await log("NUDGED", decision.evaluation),
          ...base,
        };
      case "DELIVER": {
        if (decision.sentAnyway) await log("SENT_ANYWAY", decision.evaluation);
        const message = await appendMessage(tx, {
          sessionId: access.sessionId,
          kind: input.kind,
          text: input.text,
          senderId: actorId,
          clientId: input.clientId,
          moderation: decision.moderation ?? undefined,
        });
        const next = decision.next(message.seq);
        if (next !== room.state) {
          await saveState(tx, access.sessionId, next);
          forgetRoomSnapshot(access.sessionId);
        }
        return { outcome: "DELIVERED", message, state: next !== room.state ? next : null, duplicate: false, ...base };
      }
    }
  });
}

/** The answer already given to this clientId, if it was delivered or is waiting for the counselor. */
async function findEarlierSend(actorId: string, input: SendInput): Promise<SendResult | null> {
  const key = { sessionId: input.sessionId, senderId: actorId, clientId: input.clientId };
  const [message, held] = await Promise.all([
    prisma.roomMessage.findUnique({
      where: { sessionId_senderId_clientId: key },
      select: { ...messageSelect, session: { select: { family: { select: { counselorId: true } } } } },
    }),
    prisma.heldMessage.findUnique({
      where: { sessionId_senderId_clientId: key },
      select: { id: true, status: true, session: { select: { family: { select: { counselorId: true } } } } },
    }),
  ]);
  if (message) {
    const { session, ...stored } = message;
    return {
      outcome: "DELIVERED",
      message: stored,
      state: null,
      duplicate: true,
      sessionId: input.sessionId,
      counselorId: session.family.counselorId,
    };
  }
  if (held?.status === "PENDING")
    return {
      outcome: "HELD",
      heldId: held.id,
      log: null,
      held: null,
      sessionId: input.sessionId,
      counselorId: held.session.family.counselorId,
    };
  return null;
}
