// A member or the counselor says something in the room. Validated, checked
// against the floor and the calm-communication rules, then — if it may go
// out — stored with the next sequence number in one transaction. A nudge
// goes back to the sender, a held message to the counselor's queue, a
// blocked one nowhere. The same clientId sent again gets the same outcome.
// Talk of self-harm is not a moderation outcome but a safety path, whatever
// the room's rules: the sender sees a caring message and crisis lines, the
// counselor gets an urgent alert, and the message stays in the counselor's
// record (a held message, never deleted) whatever they decide.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { requireActor } from "@/lib/auth/actor";
import { IdSchema } from "@/lib/validation/ids";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { evaluateMessage, type Evaluation } from "@/lib/moderation/evaluate-message";
import { CATEGORY_LABEL } from "@/lib/moderation/categories";
import { afterMessage, checkSend, type FloorState } from "./floor";
import { describeRefusal } from "./describe";
import { requireRoomAccess } from "./room-access";
import { appendMessage, assertRoomOpen, lockRoom, messageSelect, saveState, type StoredMessage } from "./room-store";
import { forgetRoomSnapshot, roomSnapshot } from "./room-snapshot";
import { effectiveRules, type RoomRules } from "./room-rules";
import type { RoomPerson } from "./people";
import { CARING_MESSAGE, crisisResourcesOf } from "./crisis-resources";

export const MESSAGE_MAX = 2000;
/** Speaker–listener asks the speaker for short chunks the listener can reflect back. */
export const SPEAKER_CHUNK_MAX = 400;

export const SendMessageInput = z.object({
  sessionId: IdSchema,
  clientId: z.uuid("clientId must be a UUID."),
  text: z.string().trim().min(1, "Write something first.").max(MESSAGE_MAX, `Keep a message under ${MESSAGE_MAX} characters.`),
  kind: z.enum(["MESSAGE", "PARAPHRASE"]).default("MESSAGE"),
  /** The sender saw a nudge and chose to send the message as it is. */
  sendAnyway: z.boolean().default(false),
});
type SendInput = z.output<typeof SendMessageInput>;

/** What the sender is told about their own message (never the counselor's antidotes). */
export type SenderFinding = { category: string; label: string; explanation: string; suggestion: string };

export type SendResult =
  | { outcome: "DELIVERED"; message: StoredMessage; state: FloorState | null; duplicate: boolean; counselorId: string }
  | { outcome: "NUDGE"; findings: SenderFinding[]; suggestion: string | null; counselorId: string; log: LogEntry }
  | { outcome: "HELD"; heldId: string; counselorId: string; log: LogEntry | null; held: HeldView | null }
  | { outcome: "BLOCKED"; message: string; counselorId: string; log: LogEntry }
  | { outcome: "SAFETY"; heldId: string; message: string; resources: string; counselorId: string; log: LogEntry | null; held: HeldView | null; alert: SafetyAlert };

/** For the counselor only: who needs a check-in now, and what they wrote. */
export type SafetyAlert = { userId: string; heldId: string; text: string };

export type LogEntry = { userId: string; outcome: "NUDGED" | "SENT_ANYWAY" | "HELD" | "BLOCKED"; categories: string[] };
export type HeldView = { id: string; senderId: string; text: string; kind: string; findings: unknown; createdAt: string };

type Sender = { userId: string; isCounselor: boolean; role: RoomPerson["role"] };

function moderate(rules: RoomRules, sender: Sender, input: SendInput): Evaluation {
  return evaluateMessage(input.text, effectiveRules(rules), { role: sender.role, paraphrase: input.kind === "PARAPHRASE" });
}

/** What is kept with a delivered message for the counselor. */
function moderationRecord(evaluation: Evaluation, extra: { sentAnyway?: boolean; held?: boolean; safety?: boolean } = {}): Prisma.InputJsonValue | undefined {
  if (evaluation.findings.length === 0 && evaluation.positives.length === 0) return undefined;
  return {
    findings: evaluation.findings.map((f) => ({ category: f.category, severity: f.severity, spans: f.spans, antidote: f.antidote })),
    positives: evaluation.positives.map((p) => p.category),
    ...extra,
  };
}

function senderFindings(evaluation: Evaluation): SenderFinding[] {
  return evaluation.findings.map((f) => ({ category: f.category, label: CATEGORY_LABEL[f.category], explanation: f.explanation, suggestion: f.suggestion }));
}

/**
 * The common case in one statement: a clean message, the sender (still) in
 * the family, the room open, its state and rules the version checked, and a
 * new clientId; then take the next seq and insert. Any "no" returns null and
 * the careful path decides.
 */
async function sendFast(input: SendInput, actor: { id: string }, now: Date): Promise<SendResult | null> {
  const snapshot = await roomSnapshot(input.sessionId, now.getTime());
  if (!snapshot || snapshot.ended) return null;
  const person = snapshot.people.find((p) => p.userId === actor.id);
  if (!person) return null;
  const sender: Sender = { userId: actor.id, isCounselor: snapshot.counselorId === actor.id, role: person.role };
  if (!checkSend(snapshot.state, sender, input.kind, now).ok) return null;
  if (afterMessage(snapshot.state, sender, input.kind, 0) !== snapshot.state) return null; // changes the state: careful path
  const evaluation = moderate(snapshot.rules, sender, input);
  if (evaluation.action !== "ALLOW" || evaluation.findings.length > 0) return null;
  const moderation = moderationRecord(evaluation);
  const rows = await prisma.$queryRaw<StoredMessage[]>`
    WITH allowed AS (
      SELECT 1 FROM "Session" s JOIN "Family" f ON f."id" = s."familyId"
      WHERE s."id" = ${input.sessionId}
        AND (f."counselorId" = ${actor.id} OR EXISTS (SELECT 1 FROM "FamilyMember" m WHERE m."familyId" = f."id" AND m."userId" = ${actor.id}))
    ), room AS (
      UPDATE "RoomState" r SET "lastSeq" = r."lastSeq" + 1, "updatedAt" = now()
      WHERE r."sessionId" = ${input.sessionId} AND r."endedAt" IS NULL AND r."version" = ${snapshot.version}
        AND EXISTS (SELECT 1 FROM allowed)
        AND NOT EXISTS (SELECT 1 FROM "RoomMessage" x WHERE x."sessionId" = ${input.sessionId} AND x."senderId" = ${actor.id} AND x."clientId" = ${input.clientId})
      RETURNING r."lastSeq"
    )
    INSERT INTO "RoomMessage" ("id", "sessionId", "seq", "kind", "senderId", "clientId", "text", "moderation", "createdAt")
    SELECT ${randomUUID()}, ${input.sessionId}, room."lastSeq", ${input.kind}::"RoomMessageKind", ${actor.id}, ${input.clientId}, ${input.text}, ${moderation === undefined ? null : JSON.stringify(moderation)}::jsonb, now() FROM room
    RETURNING "id", "sessionId", "seq", "kind"::text AS "kind", "senderId", "clientId", "text", "recipientId", "data", "moderation", "createdAt"`;
  return rows[0] ? { outcome: "DELIVERED", message: rows[0], state: null, duplicate: false, counselorId: snapshot.counselorId } : null;
}

/** A member's own message about self-harm; a paraphrase restates someone else's words and is held as usual. */
function needsSafetyPath(evaluation: Evaluation, sender: Sender, input: SendInput): boolean {
  return !sender.isCounselor && input.kind === "MESSAGE" && evaluation.findings.some((f) => f.category === "SELF_HARM");
}

function isSafetyRecord(findings: Prisma.JsonValue): boolean {
  return typeof findings === "object" && findings !== null && !Array.isArray(findings) && findings.safety === true;
}

async function safetyOutcome(
  tx: Prisma.TransactionClient,
  counselorId: string,
  held: { senderId: string; heldId: string; text: string },
  log: LogEntry | null,
  view: HeldView | null,
): Promise<SendResult> {
  const counselor = await tx.user.findUnique({ where: { id: counselorId }, select: { crisisResources: true } });
  return {
    outcome: "SAFETY",
    heldId: held.heldId,
    message: CARING_MESSAGE,
    resources: crisisResourcesOf(counselor?.crisisResources),
    counselorId,
    log,
    held: view,
    alert: { userId: held.senderId, heldId: held.heldId, text: held.text },
  };
}

/** A raw statement that hit a unique index (here: a racing retry of the same clientId). */
function isUniqueViolation(error: unknown): boolean {
  const meta = (error as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } }) ?? {};
  return meta.code === "P2010" && meta.meta?.driverAdapterError?.cause?.originalCode === "23505";
}

export async function sendMessage(options: { actor: unknown; input: unknown; zone?: string; now?: Date }): Promise<SendResult> {
  const parsed = SendMessageInput.safeParse(options.input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    throw new AppError("INVALID", Object.values(fieldErrors)[0]?.[0] ?? "That message was not understood.", { fieldErrors });
  }
  const input = parsed.data;
  const actor = requireActor(options.actor);
  const now = options.now ?? new Date();
  const fast = await sendFast(input, actor, now).catch((error: unknown) => {
    // The careful path then returns the message the racing retry stored.
    if (isUniqueViolation(error)) return null;
    throw error;
  });
  if (fast) return fast;
  forgetRoomSnapshot(input.sessionId);
  const access = await requireRoomAccess(actor, input.sessionId);
  const role = access.people.find((p) => p.userId === access.actor.id)!.role;
  const sender: Sender = { userId: access.actor.id, isCounselor: access.isCounselor, role };
  const base = { counselorId: access.counselorId };

  return prisma.$transaction(async (tx): Promise<SendResult> => {
    const room = await lockRoom(tx, access.sessionId);
    // Checked under the lock, so a retry racing the original still finds it.
    const key = { sessionId: access.sessionId, senderId: sender.userId, clientId: input.clientId };
    const existing = await tx.roomMessage.findUnique({ where: { sessionId_senderId_clientId: key }, select: messageSelect });
    if (existing) return { outcome: "DELIVERED", message: existing, state: null, duplicate: true, ...base };
    const heldBefore = await tx.heldMessage.findUnique({ where: { sessionId_senderId_clientId: key }, select: { id: true, status: true, findings: true } });
    const safetyBefore = heldBefore !== null && isSafetyRecord(heldBefore.findings);
    if (safetyBefore) return safetyOutcome(tx, access.counselorId, { ...key, heldId: heldBefore.id, text: input.text }, null, null);
    if (heldBefore?.status === "PENDING") return { outcome: "HELD", heldId: heldBefore.id, log: null, held: null, ...base };
    assertRoomOpen(room);
    const check = checkSend(room.state, sender, input.kind, now);
    if (!check.ok) throw new AppError("CONFLICT", describeRefusal(check.refusal, access.people, options.zone), { reason: check.refusal.code });
    if (room.state.mode === "SPEAKER_LISTENER" && sender.userId === room.state.speaker && input.text.length > SPEAKER_CHUNK_MAX) {
      throw new AppError("INVALID", `As the speaker, keep each message short (under ${SPEAKER_CHUNK_MAX} characters) so it can be reflected back.`, { reason: "SPEAKER_CHUNK_TOO_LONG" });
    }

    const evaluation = moderate(room.rules, sender, input);
    const categories = evaluation.findings.map((f) => f.category);
    const log = async (outcome: LogEntry["outcome"]): Promise<LogEntry> => {
      await tx.moderationLog.create({ data: { sessionId: access.sessionId, userId: sender.userId, outcome, categories } });
      return { userId: sender.userId, outcome, categories };
    };

    if (needsSafetyPath(evaluation, sender, input)) {
      const held = await tx.heldMessage.upsert({
        where: { sessionId_senderId_clientId: key },
        create: { ...key, kind: input.kind, text: input.text, findings: moderationRecord(evaluation, { safety: true }) ?? {} },
        update: { text: input.text, findings: moderationRecord(evaluation, { safety: true }) ?? {}, status: "PENDING", decidedAt: null, note: null },
      });
      const heldView = { id: held.id, senderId: held.senderId, text: held.text, kind: held.kind, findings: held.findings, createdAt: held.createdAt.toISOString() };
      return safetyOutcome(tx, access.counselorId, { ...key, heldId: held.id, text: input.text }, await log("HELD"), heldView);
    }
    if (evaluation.action === "BLOCK") {
      const blocking = evaluation.findings.find((f) => effectiveRules(room.rules)[f.category] === "BLOCK") ?? evaluation.findings[0];
      return { outcome: "BLOCKED", message: `${blocking.explanation} Your message was not sent; you can rework it.`, log: await log("BLOCKED"), ...base };
    }
    if (evaluation.action === "HOLD") {
      // A retry of a message the counselor returned or rejected is a fresh attempt.
      if (heldBefore) await tx.heldMessage.delete({ where: { id: heldBefore.id } });
      const held = await tx.heldMessage.create({
        data: { ...key, kind: input.kind, text: input.text, findings: moderationRecord(evaluation) ?? {} },
      });
      return {
        outcome: "HELD",
        heldId: held.id,
        log: await log("HELD"),
        held: { id: held.id, senderId: held.senderId, text: held.text, kind: held.kind, findings: held.findings, createdAt: held.createdAt.toISOString() },
        ...base,
      };
    }
    if (evaluation.action === "NUDGE" && !input.sendAnyway) {
      return { outcome: "NUDGE", findings: senderFindings(evaluation), suggestion: evaluation.suggestion, log: await log("NUDGED"), ...base };
    }
    const sentAnyway = evaluation.action === "NUDGE";
    if (sentAnyway) await log("SENT_ANYWAY");
    const message = await appendMessage(tx, {
      sessionId: access.sessionId,
      kind: input.kind,
      text: input.text,
      senderId: sender.userId,
      clientId: input.clientId,
      moderation: moderationRecord(evaluation, sentAnyway ? { sentAnyway: true } : {}),
    });
    const next = afterMessage(room.state, sender, input.kind, message.seq);
    if (next !== room.state) {
      await saveState(tx, access.sessionId, next);
      forgetRoomSnapshot(access.sessionId);
    }
    return { outcome: "DELIVERED", message, state: next !== room.state ? next : null, duplicate: false, ...base };
  });
}
