// Words for the room: why someone may not write (shown in the composer and in
// error acks) and what each control did (stored in the transcript).
import { DateTime } from "luxon";
import type { FloorAction, FloorState, Refusal } from "./floor";
import { firstName, type RoomPerson } from "./people";

export function describeRefusal(refusal: Refusal, people: RoomPerson[], zone = "UTC"): string {
  switch (refusal.code) {
    case "ROOM_PAUSED":
      return "The counselor has paused the conversation. You can write again when it resumes.";
    case "MUTED":
      return "The counselor has muted you for now. You can still read along.";
    case "COOL_DOWN":
      return `Cool-down: take a breath. You can write again at ${DateTime.fromISO(refusal.until, { zone }).toFormat("HH:mm")}.`;
    case "NOT_YOUR_TURN":
      if (refusal.holder === null)
        return refusal.mode === "HAND_RAISE"
          ? "Nobody has the floor — raise your hand to speak next."
          : "Nobody has the floor right now.";
      return refusal.mode === "HAND_RAISE"
        ? `${firstName(people, refusal.holder)} has the floor — raise your hand to speak next.`
        : refusal.mode === "ROUND_ROBIN"
          ? `It is ${firstName(people, refusal.holder)}'s turn — yours comes next in the order.`
          : `${firstName(people, refusal.holder)} is speaking — listen for now.`;
    case "LISTENER_PARAPHRASE_ONLY":
      return "You are the listener: say back what you heard (“What I hear you saying is…”) before you reply.";
    case "NOTHING_TO_PARAPHRASE":
      return "Wait for the speaker to say something, then say back what you heard.";
    case "PARAPHRASE_PENDING":
      return "Your paraphrase is waiting for the speaker to confirm it.";
    case "NOT_LISTENER":
      return "Only the listener sends paraphrases, in speaker–listener mode.";
  }
}

const MODE_NAME = {
  OPEN: "open conversation",
  ROUND_ROBIN: "round-robin turns",
  HAND_RAISE: "hand-raising",
  SPEAKER_LISTENER: "speaker–listener",
} as const;

/** The transcript line for a control action, written after it succeeded. */
export function describeAction(action: FloorAction, actorId: string, after: FloorState, people: RoomPerson[]): string {
  const who = firstName(people, actorId);
  const name = (id: string | null) => firstName(people, id);
  switch (action.type) {
    case "SET_MODE":
      if (action.mode === "SPEAKER_LISTENER")
        return `${who} switched to speaker–listener: ${name(after.speaker)} speaks, ${name(after.listener)} listens.`;
      if (action.mode === "ROUND_ROBIN")
        return `${who} switched to round-robin turns (${after.order.map(name).join(" → ")}${after.turnSeconds ? `, ${after.turnSeconds} s each` : ""}).`;
      return `${who} switched to ${MODE_NAME[action.mode]}.`;
    case "GRANT_FLOOR":
      return `${who} gave the floor to ${name(action.userId)}.`;
    case "TAKE_FLOOR_BACK":
      return `${who} took the floor back.`;
    case "RAISE_HAND":
      return `${who} raised a hand.`;
    case "LOWER_HAND":
      return `${who} lowered their hand.`;
    case "PASS_FLOOR":
      return after.mode === "SPEAKER_LISTENER"
        ? `${who} passed the floor: ${name(after.speaker)} speaks now, ${name(after.listener)} listens.`
        : after.holder
          ? `${who} passed the turn to ${name(after.holder)}.`
          : `${who} gave the floor back.`;
    case "CONFIRM_PARAPHRASE":
      return `${who} confirmed: “Yes, that's what I meant.”`;
    case "CORRECT_PARAPHRASE":
      return `${who} said: “Not quite” — ${name(after.listener)} will try again.`;
    case "SWAP_ROLES":
      return `${who} swapped roles: ${name(after.speaker)} speaks, ${name(after.listener)} listens.`;
    case "PAUSE":
      return `${who} paused the conversation.`;
    case "RESUME":
      return `${who} resumed the conversation.`;
    case "MUTE":
      return `${who} muted ${name(action.userId)}.`;
    case "UNMUTE":
      return `${who} unmuted ${name(action.userId)}.`;
    case "COOL_DOWN":
      return `${who} called a ${action.minutes}-minute cool-down for ${action.userId ? name(action.userId) : "everyone"}.`;
    case "END_COOL_DOWN":
      return `${who} ended the cool-down.`;
  }
}
