// Calmer alternatives built from the message itself: volume and swearing
// removed, "you always / never" turned into an I-statement, or — when the
// problem is the whole stance — a gentle template to start from.
import type { Category } from "./categories";

// Every suggestion is a whole sentence the sender can send as it is: no blanks to fill in.
export const TEMPLATE: Record<Category, string> = {
  PROFANITY: "I'm really frustrated right now.",
  SLUR: "I'm really angry right now and I need a minute.",
  INSULT: "I'm upset about what happened and I want us to talk about it.",
  CONTEMPT: "I'm frustrated right now. Can we talk about it?",
  BLAME_ABSOLUTE: "This keeps bothering me and I'd like us to talk about it.",
  BLAME: "I think we both had a part in this. Can we work it out together?",
  SHOUTING: "I'm really upset about this.",
  THREAT: "I'm really angry right now and I need us to stop for a few minutes.",
  SELF_HARM: "",
  STONEWALLING: "I need a break. Can we come back to this in 20 minutes?",
};

function sentenceCase(text: string): string {
  const lower = text
    .toLowerCase()
    .replace(/\bi\b/g, "I")
    .replace(/\bi'(m|ll|ve|d)\b/g, "I'$1");
  return lower.replace(/(^\s*|[.!?]\s+)([a-z])/g, (_m, lead: string, ch: string) => lead + ch.toUpperCase());
}

function calmPunctuation(text: string): string {
  return text
    .replace(/\?[?!]+|![?!]*\?[?!]*/g, "?")
    .replace(/!{2,}/g, ".")
    .replace(/\.{4,}/g, "...");
}

function tidy(text: string): string {
  return text
    .replace(/\s{2,}/g, " ")
    .replace(/\s+([,.!?])/g, "$1")
    .replace(/^[,.\s]+/, "")
    .trim();
}

const ABSOLUTE_YOU = /\b(you|u)('re| are)?\s+(always|constantly)\s+([^.!?]+)/i;
const NEVER_YOU = /\b(you|u)\s+(never|don't ever|dont ever|won't ever)\s+([^.!?]+)/i;

/** "You never listen to me!!" → "I feel hurt when you don't listen to me. Can we talk about it?" */
function iStatementFromAbsolute(text: string): string | null {
  const never = NEVER_YOU.exec(text);
  if (never) return `I feel hurt when you don't ${never[3].trim().replace(/[!?.]+$/, "")}. Can we talk about it?`;
  const always = ABSOLUTE_YOU.exec(text);
  if (always)
    return `I feel upset when you${always[2] ? " are" : ""} ${always[4].trim().replace(/[!?.]+$/, "")}. Can we talk about it?`;
  return null;
}

/**
 * The suggestion offered to the sender for the whole message. `spans` are the
 * profanity matches to drop; `categories` what was found.
 */
export function suggestRephrasing(
  original: string,
  categories: Set<Category>,
  profanitySpans: { start: number; end: number }[],
): string | null {
  if (categories.size === 0 || categories.has("SELF_HARM")) return null;
  let text = original;
  for (const span of [...profanitySpans].sort((a, b) => b.start - a.start))
    text = text.slice(0, span.start) + text.slice(span.end);
  text = tidy(text.replace(/\bwhat the\s+(?=[?!.,]|$)/gi, "what "));
  if (categories.has("SHOUTING")) text = calmPunctuation(sentenceCase(text));
  if (categories.has("BLAME_ABSOLUTE")) {
    const statement = iStatementFromAbsolute(text);
    if (statement) return sentenceCase(statement);
  }
  for (const category of ["THREAT", "SLUR", "INSULT", "CONTEMPT", "STONEWALLING", "BLAME", "BLAME_ABSOLUTE"] as const) {
    if (categories.has(category)) return TEMPLATE[category];
  }
  // Swearing removed leaves too little to send: offer the feeling instead.
  if (text.split(/\s+/).filter(Boolean).length < 3) return "I'm really frustrated right now.";
  return text;
}
