// Calmer alternatives built from the message itself: volume and swearing
// removed, "you always / never" turned into an I-statement, or — when the
// problem is the whole stance — a gentle template to start from.
import type { Category } from "./categories";
import { valence } from "./message-features";

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

/** The same suggestions about what the message is about: "I'm upset about the car and I want us to talk about it." */
const ABOUT: Partial<Record<Category, (topic: string) => string>> = {
  PROFANITY: (t) => `I'm really frustrated about ${t}.`,
  INSULT: (t) => `I'm upset about ${t} and I want us to talk about it.`,
  CONTEMPT: (t) => `I'm frustrated about ${t}. Can we talk about it?`,
  BLAME_ABSOLUTE: (t) => `This keeps happening with ${t} and I'd like us to talk about it.`,
  BLAME: (t) => `I'm upset about ${t}. Can we work it out together?`,
  THREAT: (t) => `I'm really angry about ${t} and I need us to stop for a few minutes.`,
  STONEWALLING: (t) => `I need a break from talking about ${t}. Can we come back to it in 20 minutes?`,
};
const TEMPLATES: ReadonlySet<string> = new Set(Object.values(TEMPLATE));
const ABOUT_FRAMES = Object.values(ABOUT).map(
  (frame) =>
    new RegExp(
      `^${frame("\u0000")
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace("\u0000", "(?:the|my|your|our) [a-z]+")}$`,
    ),
);
/**
 * Whether a suggestion is one of the fixed sentences (a template, or a template about a plain
 * noun): those are checked against the engine by the unit tests, with every topic of the labelled
 * messages, so only a calmer version built from the sender's own words is checked at run time.
 */
/** One of the fixed sentences, with no topic of the sender's in it (the unit tests check each). */
export function isPlainTemplate(suggestion: string): boolean {
  return TEMPLATES.has(suggestion);
}

export function isTemplate(suggestion: string): boolean {
  return TEMPLATES.has(suggestion) || ABOUT_FRAMES.some((re) => re.test(suggestion));
}

/** Words after "the / my / your" that are not a topic one can be upset about in a sentence of one's own. */
const NOT_A_TOPIC =
  /^(?:much|more|less|anymore|and|but|way|time|times|thing|things|point|fault|problem|problems|life|attitude|mouth|face|business|own|whole|only|last|first|next|same|other|best|worst|one|ones|kind|deal|god|hell|day|night|mom|dad|mother|father|mum|parents?|brother|sister|son|daughter|kid|kids|family|friends?|boyfriend|girlfriend|ex|husband|wife|grandma|grandpa|stepmom|stepdad|therapist|teacher|cousin|cousins|aunt|uncle|nana|papa|grandmother|grandfather|stepmother|stepfather|stepsister|stepbrother|sibling|siblings|partner|coach|boss|principal|doctor|counselor|caseworker|baby|girl|boy|man|woman|guy|lady|people|room|feelings|self|age|bad|mind|word|words|voice|tone|head|side|part|rules|house|home)$/;
/**
 * What the message is about, as the sender named it: the first "the / my / your / our"
 * and a plain noun ("the car", "my phone", "your homework"), never a person (that would aim the
 * calmer sentence back at someone) and never a word with a feeling in it ("your stupid phone").
 */
export function topicOf(original: string): string | null {
  const re = /\b(the|my|your|our)\s+([a-z]{3,})\b(?:\s+([a-z]{3,})\b)?/g;
  const text = original.toLowerCase().replace(/[’‘]/g, "'");
  const plain = (w: string | undefined) =>
    w !== undefined && !NOT_A_TOPIC.test(w) && valence(w) === 0 && !/(?:ing|ly|ed)$/.test(w);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (plain(m[2])) return `${m[1]} ${m[2]}`;
    // A put-down in front of the thing is left out: "your stupid car" is about "your car".
    if (valence(m[2]) < 0 && plain(m[3])) return `${m[1]} ${m[3]}`;
  }
  return null;
}

/** The template for the first category found, about the message's topic when it names one. */
export function templateFor(categories: Set<Category>, original: string, aboutTopic = true): string {
  const topic = aboutTopic ? topicOf(original) : null;
  for (const category of TEMPLATE_ORDER) {
    if (!categories.has(category)) continue;
    const about = ABOUT[category];
    return topic && about ? about(topic) : TEMPLATE[category];
  }
  return TEMPLATE.PROFANITY;
}
const TEMPLATE_ORDER = [
  "THREAT",
  "SLUR",
  "INSULT",
  "CONTEMPT",
  "STONEWALLING",
  "BLAME",
  "BLAME_ABSOLUTE",
  "PROFANITY",
  "SHOUTING",
] as const;

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

/** A swear word removed from inside a phrase ("give a … what", "such a … idea") leaves a sentence with a hole. */
function leavesAHole(original: string, spans: { start: number; end: number }[]): boolean {
  return spans.some((s) => {
    const before = original.slice(0, s.start).trimEnd();
    const after = original.slice(s.end).trimStart();
    // The word was a modifier at the edge of a sentence or before a noun it can go without ("fucking ridiculous").
    // Cut from the start of a sentence, a verb is left without its subject ("what the f is wrong" → "is wrong").
    if ((!before || /[.!?]$/.test(before)) && /^(?:is|are|was|were|did|do|does|has|have|with|about)\b/i.test(after))
      return true;
    if (!before || /[.!?,]$/.test(before) || !after || /^[.!?,]/.test(after)) return false;
    return (
      /\b(?:a|an|the|such|so|this|is|your|my|of|give|like|some|what|what the)$/i.test(before) ||
      (/^[a-z]{1,3}\b/.test(after) && !/^(?:and|but|or|the|to|my|at|in|on|of|it|me|you|him|her)\b/i.test(after))
    );
  });
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
    if (categories.has(category)) return templateFor(categories, text);
  }
  // Swearing removed leaves too little to send, or a hole where the word was ("I don't give a
  // what they allow"): offer the feeling instead.
  if (
    text.split(/\s+/).filter(Boolean).length < 3 ||
    (profanitySpans.length > 0 && leavesAHole(original, profanitySpans))
  )
    return templateFor(new Set(["PROFANITY"]), text);
  return text;
}
