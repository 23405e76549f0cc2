// Why a message waits for the counselor, told to the person who wrote it:
// plain words about what the message may sound like, never the counselor's
// clinical labels or antidotes. Pure; used by the join snapshot and the send ack.
import type { ModerationRecord } from "./json-columns";

const SOUNDS_LIKE: Record<string, string> = {
  PROFANITY: "it has swearing in it",
  SLUR: "it has a slur in it",
  INSULT: "it calls someone a name",
  CONTEMPT: "it may come across as mocking or looking down on someone",
  BLAME_ABSOLUTE: "it says “always” or “never” about someone",
  BLAME: "it may come across as blaming",
  SHOUTING: "it may read as shouting",
  THREAT: "it may sound like a threat",
  STONEWALLING: "it may sound like shutting the conversation down",
};

export function heldReasonOf(record: ModerationRecord | null): string {
  if (record?.safety) return "Your counselor reads this one first so they can check in with you.";
  const phrases = [
    ...new Set((record?.findings ?? []).map((f) => SOUNDS_LIKE[f.category]).filter((p): p is string => !!p)),
  ];
  const because = phrases.length ? ` because ${phrases.slice(0, 2).join(", and ")}` : "";
  return `Your counselor reads this first${because}. You can wait for them, or take it back and say it another way.`;
}
