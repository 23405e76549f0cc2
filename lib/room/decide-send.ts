// The one decision about a message someone sends into the room: refused by
// the floor, blocked, held for the counselor, nudged back to the sender, or
// delivered (and what the floor looks like after it). Pure: the fast path
// (on a cached snapshot) and the careful path (under the room lock) both ask
// it, so they can never disagree about the rules.
import { evaluateMessage, type Evaluation, type Finding } from "@/lib/moderation/evaluate-message";
import { afterMessage, checkSend, type FloorState, type MessageKind, type Refusal } from "./floor";
import type { ModerationRecord } from "./json-columns";
import type { RoomPerson } from "./people";
import { SPEAKER_CHUNK_MAX } from "./protocol";
import { effectiveRules, type RoomRules } from "./room-rules";
import { speaksForSelf } from "./paraphrase";

export type Sender = { userId: string; isCounselor: boolean; role: RoomPerson["role"] };
export type SendAttempt = { text: string; kind: MessageKind; sendAnyway: boolean };

export type SendDecision =
  /** A member wrote about self-harm: care first, whatever the rules or the floor. */
  | { outcome: "SAFETY"; evaluation: Evaluation }
  | { outcome: "REFUSE"; refusal: Refusal }
  | { outcome: "TOO_LONG"; max: number }
  | { outcome: "BLOCK"; evaluation: Evaluation; blocking: Finding }
  | { outcome: "HOLD"; evaluation: Evaluation }
  | { outcome: "NUDGE"; evaluation: Evaluation }
  | {
      outcome: "DELIVER";
      evaluation: Evaluation;
      /** The sender was nudged and chose to send it as it was. */
      sentAnyway: boolean;
      /** What is stored with the message for the counselor; null when the rules found nothing. */
      moderation: ModerationRecord | null;
      /** The floor after this message, given the seq it is stored with. */
      next: (seq: number) => FloorState;
      /** Whether delivering changes the floor (speaker–listener bookkeeping). */
      changesState: boolean;
    };

export function moderationRecordOf(
  evaluation: Evaluation,
  extra: { sentAnyway?: boolean; safety?: boolean } = {},
): ModerationRecord | null {
  if (evaluation.findings.length === 0 && evaluation.positives.length === 0) return null;
  return {
    findings: evaluation.findings.map((f) => ({
      category: f.category,
      severity: f.severity,
      spans: f.spans,
      antidote: f.antidote,
    })),
    positives: evaluation.positives.map((p) => p.category),
    ...extra,
  };
}

export function decideSend(
  state: FloorState,
  rules: RoomRules,
  sender: Sender,
  attempt: SendAttempt,
  now: Date,
): SendDecision {
  const ruleSet = effectiveRules(rules);
  const evaluation = evaluateMessage(attempt.text, ruleSet, {
    role: sender.role,
    paraphrase: attempt.kind === "PARAPHRASE",
  });
  // Before the floor: a muted or cooling-down teen who writes this must still reach the counselor.
  // A paraphrase restates someone else's words ("you feel like you want to die") and goes through
  // the rules as usual — unless the listener speaks for themself in it ("…sometimes I just want to
  // kill myself"), which a teen in the listener's box may well do.
  if (
    !sender.isCounselor &&
    evaluation.findings.some((f) => f.category === "SELF_HARM") &&
    (attempt.kind === "MESSAGE" || speaksForSelf(attempt.text))
  ) {
    return { outcome: "SAFETY", evaluation };
  }

  const floor = checkSend(state, sender, attempt.kind, now);
  if (!floor.ok) return { outcome: "REFUSE", refusal: floor.refusal };
  if (
    state.mode === "SPEAKER_LISTENER" &&
    sender.userId === state.speaker &&
    attempt.kind === "MESSAGE" &&
    attempt.text.length > SPEAKER_CHUNK_MAX
  ) {
    return { outcome: "TOO_LONG", max: SPEAKER_CHUNK_MAX };
  }
  if (evaluation.action === "BLOCK") {
    return {
      outcome: "BLOCK",
      evaluation,
      blocking: evaluation.findings.find((f) => ruleSet[f.category] === "BLOCK") ?? evaluation.findings[0],
    };
  }
  // Nudge first: a message the rules would hold goes back to its sender to rephrase, and waits
  // for the counselor only if they send it as it is (docs/decisions/018-nudge-before-hold.md).
  if (evaluation.action === "HOLD")
    return attempt.sendAnyway ? { outcome: "HOLD", evaluation } : { outcome: "NUDGE", evaluation };
  if (evaluation.action === "NUDGE" && !attempt.sendAnyway) return { outcome: "NUDGE", evaluation };

  const sentAnyway = evaluation.action === "NUDGE";
  return {
    outcome: "DELIVER",
    evaluation,
    sentAnyway,
    moderation: moderationRecordOf(evaluation, sentAnyway ? { sentAnyway: true } : {}),
    next: (seq) => afterMessage(state, sender, attempt.kind, seq),
    changesState: afterMessage(state, sender, attempt.kind, 0) !== state,
  };
}
