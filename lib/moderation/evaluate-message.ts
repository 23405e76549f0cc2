// The calm-communication engine: one pure function from a message to an
// action (allow / nudge / hold / block) and findings with explanations,
// suggestions and the counselor's antidote. No I/O; see docs/moderation.md.
import { RegExpMatcher, SyntaxKind, englishDataset, englishRecommendedTransformers } from "obscenity";
import { ACTION_RANK, ANTIDOTE, type Action, type Category, type PositiveCategory } from "./categories";
import { NEGATIVE_RULES, POSITIVE_RULES, PROFANITY_EXTRA, SLUR_WORDS, negatedBefore, type Rule } from "./lexicon";
import { SELF_HARM_EXTRA, STRUCTURE_RULES, WEAK_SARCASM } from "./structure-rules";
import { CONCEPT_RULES } from "./concept-rules";
import { INDIRECT_RULES } from "./indirect-rules";
import { TONE_RULES } from "./tone-rules";
import { mistakeOwned, offersSupport, selfHarmOfSomeoneElse } from "./safety-shapes";
import { capitals, prepareText, toOriginal } from "./prepare-text";
import { PRESETS, type RuleSet } from "./rule-sets";
import { PrecheckScanner, precheckOf } from "./rule-precheck";
import { isPlainTemplate, isTemplate, suggestRephrasing, templateFor, TEMPLATE } from "./suggest-rephrasing";
import {
  ModelSchema,
  flagProbability,
  likeliestCategory,
  scoreMessage,
  strongestWords,
  wordScoreLogit,
  type Model,
} from "./learned-model";
import {
  MODEL_MIN_WORDS,
  charGrams,
  messageFeatures,
  netValence,
  speaksOfAnother,
  valence,
  wordCount,
} from "./message-features";
import { EXPLAIN_FROM_MODEL } from "./explanations";
import shippedWeights from "./model-weights.json" with { type: "json" };
import shippedWordScores from "./model-word-scores.json" with { type: "json" };

export type Span = { start: number; end: number };

export type Finding = {
  category: Category;
  spans: Span[];
  severity: 1 | 2 | 3;
  /** For the sender. */
  explanation: string;
  /** A calmer way to say it, for the sender. */
  suggestion: string;
  /** For the counselor. */
  antidote: string;
};

export type Evaluation = {
  action: Action;
  findings: Finding[];
  positives: { category: PositiveCategory; span: Span }[];
  /** A rephrasing of the whole message the sender can take, if one can be built. */
  suggestion: string | null;
};

/** The model trained by `npm run moderation:train`, checked once at load. */
export const SHIPPED_MODEL: Model = ModelSchema.parse({
  ...shippedWeights,
  ...(shippedWordScores ? { vectors: shippedWordScores } : {}),
});

const SECOND_PERSON = /\b(?:you|you're|your|yours|yourself|you'll|you've|you'd|y'all)\b/;
const FIRST_PERSON = /\b(?:i|i'm|me|my|mine|myself|i'll|i've|i'd|we|us|our)\b/;
const WORD_LIST_RULES: ReadonlySet<Rule> = new Set(NEGATIVE_RULES);

/** A judgement word ("stupid", "a nightmare", "smh"), as opposed to words said to someone ("grow up"). */
function isLabel(match: string): boolean {
  return /\bsmh\b|[🙄😒🤦]/u.test(match) || match.split(/[^a-z']+/).some((w) => valence(w) <= -2);
}
/** Capitals of good news ("I GOT INTO STATE", "WE WON!!!") are joy, not shouting. */
const EXCITED =
  /\bgo (?!to\b|away\b|home\b|back\b|out\b)[a-z]+\s*!|\bwhat a (?:game|win|day|night|goal|shot)\b|\b(?:yes|yess|yay|no way|good luck|luck|wow|woo+|go team|got|won|win|made|passed|pass|into|guess what|clear|happy|love|proud|yay|let's go|congrat\w*|omg|best|amazing|awesome|go get|big|excited|can't wait|finally)\b|[😂🤣🎉🥳❤😍🥰]/u;
const HOSTILE_LOUD =
  /\b(?:stop|why|i said|listen|answer|how many times|shut|hate|never|always|what the|seriously|do your|get (?:out|off|in|up))\b/;
/** Volume that is plainly not joy: an angry face, a refusal, an order to turn something down. */
const ANGRY_LOUD =
  /[😡🤬😤👿]|^\s*no\b[^.?!]{0,10}\b(?:i will not|i won't|i'm not|way am i)\b|\bturn (?:that|it|the \w+) (?:\w+ )?down\b|^\s*(?:i said|how many times)\b/u;
const EMPHATIC_COMMAND =
  /\b(?:[Yy]ou|[Uu])\s+(?:WILL|ARE|DO|WON'T|WILL NOT|ARE NOT|DO NOT|MUST|BETTER|NEED TO|CAN'T)\b(?!\s+[A-Z]{2,})/;
export const ALL_RULES: Rule[] = [
  ...NEGATIVE_RULES,
  ...STRUCTURE_RULES,
  WEAK_SARCASM,
  SELF_HARM_EXTRA,
  ...CONCEPT_RULES,
  ...INDIRECT_RULES,
  ...TONE_RULES,
];

/** Each rule's pre-check (lib/moderation/rule-precheck.ts), in the order of ALL_RULES; null: always run. */
export const PRECHECKS: readonly (readonly string[] | null)[] = ALL_RULES.map(precheckOf);
const PRECHECK_SCANNER = new PrecheckScanner(PRECHECKS);

/**
 * Findings the model cannot overrule: danger is always shown to the counselor, and swearing is
 * a matter of the words present, not of judgement (the labelled batches disagree on swearing at
 * things, so a model trained on them must not decide it).
 */
export const MODEL_CANNOT_VETO: ReadonlySet<Category> = new Set(["SELF_HARM", "SLUR", "THREAT", "PROFANITY"]);

/**
 * The listener's restatement without what they added after it: the words up to a "but"/"however"/"though" that turns
 * the paraphrase into a reply. Null when there is no such turn, or nothing of a paraphrase before it.
 */
export function paraphraseWithoutRebuttal(message: string): string | null {
  const turn = /[,;]?\s+(?:but|however|though|although)\b/i.exec(message);
  if (!turn) return null;
  const said = message
    .slice(0, turn.index)
    .trim()
    .replace(/[,;:\s]+$/, "");
  if (!/^what i hear (?:you saying )?is\b/i.test(said) || said.split(/\s+/).length < 7) return null;
  return `${said}.`;
}

export type EvaluationContext = { role?: "COUNSELOR" | "PARENT" | "TEEN"; paraphrase?: boolean };

const profanityData = englishDataset.build();
const profanity = new RegExpMatcher({ ...profanityData, ...englishRecommendedTransformers });

/**
 * The profanity matcher is the engine's largest single cost, and most messages hold no swear
 * word. Every term of its list has a run of letters it cannot match without; a message whose
 * letters (digits and symbols read as the matcher's leet-speak, repeated letters collapsed, as
 * its transformers do) contain none of those runs cannot match, so the matcher is skipped.
 * Letters outside ASCII (which its confusable table may map) always go to the matcher.
 */
const LEET: Record<string, string> = {
  "@": "a",
  "4": "a",
  "(": "c",
  "3": "e",
  "6": "g",
  "1": "i",
  "|": "i",
  "!": "i",
  "/": "l",
  "0": "o",
  $: "s",
  "5": "s",
  "7": "t",
  "2": "z",
};
const collapseRuns = (s: string) => s.replace(/(.)\1+/g, "$1");
type PatternNode = { kind: SyntaxKind; chars?: number[]; childNode?: PatternNode };
/** Every spelling of a term's pattern (optional parts present or not), wildcards as ".?", with repeated letters collapsed. */
function spellings(nodes: PatternNode[]): string[] {
  let out = [""];
  const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const piece = (node: PatternNode): string =>
    node.kind === SyntaxKind.Literal
      ? String.fromCharCode(...(node.chars ?? [])).toLowerCase()
      : node.kind === SyntaxKind.Wildcard
        ? "\u0000"
        : "";
  for (const node of nodes) {
    if (node.kind === SyntaxKind.Optional && node.childNode) {
      const part = piece(node.childNode);
      out = out.flatMap((o) => [o, o + part]);
    } else out = out.map((o) => o + piece(node));
  }
  return [...new Set(out.map((o) => [...collapseRuns(o)].map((c) => (c === "\u0000" ? ".?" : escape(c))).join("")))];
}
const PROFANITY_RUNS = new RegExp(
  profanityData.blacklistedTerms.flatMap(({ pattern }) => spellings(pattern.nodes as PatternNode[])).join("|"),
);
const CONFUSABLE = /[^\x00-\x7f\u2000-\u206f\u2190-\u2bff\u3000-\u303f\ufe0f\u200d\u{1f000}-\u{1faff}]/u;
export function mayHoldProfanity(text: string): boolean {
  if (CONFUSABLE.test(text)) return true;
  return PROFANITY_RUNS.test(collapseRuns(text.toLowerCase().replace(/[@4(3|61!/0$572]/g, (c) => LEET[c])));
}

/** Words and names the profanity list mistakes for swearing. */
const NOT_SWEARING =
  /^(?:shiitake|dickens|dick's sporting|hancock|peacock|cockpit|cocktail|scunthorpe|assassin|cassette)/;
const EXPLAIN_PROFANITY = "Swearing makes the other person react to the words instead of what you mean.";
const EXPLAIN_SLUR = "That word is a slur. It hurts people beyond this conversation and is not allowed here.";
const EXPLAIN_SHOUTING =
  "Capitals and strings of !!! read as shouting. The other person will hear the volume, not the point.";
const ANGRY_WORDS = /\b(you|your|u|done|told you|hate|mad|angry|furious|sick of|stop|why would|how dare|seriously)\b/;

/** Widens a match to the whole word it sits in ("fuck" in "fucking"). */
function wholeWord(text: string, start: number, end: number): Span {
  while (start > 0 && /[a-z0-9]/.test(text[start - 1])) start--;
  while (end < text.length && /[a-z0-9]/.test(text[end])) end++;
  return { start, end };
}

type RuleFindings = {
  prepared: ReturnType<typeof prepareText>;
  found: Map<Category, Finding>;
  positives: Evaluation["positives"];
  profanitySpans: Span[];
  /**
   * A rule's shape matched and the rule let the message go on purpose: talk of dying as a figure
   * of speech, a label about oneself or a thing, an absolute in a kind message, joyful capitals. Those
   * excusals are each tested with calm look-alikes; the learned model does not overrule them.
   */
  excused: boolean;
  /**
   * A finding the model may not veto: a shape of tone, comparison or guilt (tone-rules.ts) finds
   * hurt that has no hostile word, which a model of the words is the wrong judge of; shouting
   * with an order, a refusal or an angry face in it ("I SAID IM ON MY WAY") is not joy.
   */
  firm: boolean;
};

/** What the hand-written rules alone find in a message. */
export function findByRules(message: string): RuleFindings {
  const prepared = prepareText(message);
  const found = new Map<Category, Finding>();
  // Rules match the normalized text; findings point at the sender's own words.
  const add = (category: Category, at: Span, severity: 1 | 2 | 3, explanation: string, inOriginal = false) => {
    const span = inOriginal ? at : toOriginal(prepared, at);
    const existing = found.get(category);
    if (existing) {
      existing.spans.push(span);
      if (severity > existing.severity) existing.severity = severity;
      return;
    }
    found.set(category, {
      category,
      spans: [span],
      severity,
      explanation,
      suggestion: TEMPLATE[category],
      antidote: ANTIDOTE[category],
    });
  };

  // Who the words are aimed at: a label said where only "I" or a thing is
  // talked about ("ugh I'm so stupid, forgot my charger", "this traffic is
  // ridiculous, I'll be late") is self-talk or frustration, not contempt.
  const aimedAtOther = SECOND_PERSON.test(prepared.text);
  const aboutSelfOrThing = !aimedAtOther && FIRST_PERSON.test(prepared.text);
  let excused = false;
  let firm = false;
  // Most rules cannot match a given message: one pass over it says which may, for a fraction of their expressions' cost.
  const mayMatch = PRECHECK_SCANNER.scan(prepared.text);
  for (let r = 0; r < ALL_RULES.length; r++) {
    if (!mayMatch[r]) continue;
    const rule = ALL_RULES[r];
    const labelRule =
      aboutSelfOrThing && WORD_LIST_RULES.has(rule) && (rule.category === "INSULT" || rule.category === "CONTEMPT");
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(prepared.text); m; m = rule.re.exec(prepared.text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      // Only a label is excused by who it is aimed at; "grow up" is said to someone whatever else the message holds.
      if (labelRule && isLabel(m[0])) {
        excused = true;
        continue;
      }
      // Words of self-harm said of someone else ("are you having thoughts of suicide? you can say
      // yes") or denied with a reassurance ("i dont want to die or anything i promise") are a
      // parent's support or a teen's reassurance: let go, and the model may not overrule that.
      if (rule.category === "SELF_HARM" && selfHarmOfSomeoneElse(m, prepared.text)) {
        excused = true;
        continue;
      }
      if (!rule.keep || rule.keep(m, prepared.text)) {
        add(rule.category, { start: m.index, end: m.index + m[0].length }, rule.severity, rule.explain);
        if (rule.firm) firm = true;
      }
      // Talk of dying let go as a figure of speech ("this homework is killing me") stays let go;
      // other rules' checks only narrow a shape and say nothing about the rest of the message.
      else if (rule.category === "SELF_HARM") excused = true;
    }
  }
  // Quoted single words stay in `text`, so sarcasm rules that need the quote marks see them there.

  const profanitySpans: Span[] = [];
  // Leet-speak decoding reads bare numbers as letters ("455" → "ass"): scores, times and
  // prices are not swearing, so digit-only tokens are hidden from the matcher (same length).
  const forProfanity = prepared.text.replace(/(?<![a-z])[\d.,:]*\d(?![a-z])/g, (digits) => " ".repeat(digits.length));
  for (const match of mayHoldProfanity(forProfanity) ? profanity.getAllMatches(forProfanity, true) : []) {
    const word = englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? "";
    const span = wholeWord(prepared.text, match.startIndex, match.endIndex + 1);
    if (NOT_SWEARING.test(prepared.text.slice(span.start, span.end + 12))) continue;
    if (SLUR_WORDS.has(word)) add("SLUR", span, 3, EXPLAIN_SLUR);
    // "i was an ass to u this morning. sorry": a swear word the sender says of themself while
    // owning a mistake is the repair the room is for, not swearing at anyone.
    else if (mistakeOwned(prepared.text, span)) excused = true;
    else {
      add("PROFANITY", span, 1, EXPLAIN_PROFANITY);
      profanitySpans.push(toOriginal(prepared, span));
    }
  }
  PROFANITY_EXTRA.lastIndex = 0;
  for (let m = PROFANITY_EXTRA.exec(prepared.text); m; m = PROFANITY_EXTRA.exec(prepared.text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    add("PROFANITY", span, 1, EXPLAIN_PROFANITY);
    profanitySpans.push(toOriginal(prepared, span));
  }

  const positives: Evaluation["positives"] = [];
  let appreciation = 0;
  for (const rule of POSITIVE_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(prepared.text); m; m = rule.re.exec(prepared.text)) {
      if (!/^(i need|i'd like|i would like)$/.test(m[1]) || found.size === 0) {
        positives.push({
          category: rule.category,
          span: toOriginal(prepared, { start: m.index, end: m.index + m[0].length }),
        });
        // Appreciation counts for a kind absolute only when it is not denied ("you never once said thank you").
        if (rule.category === "APPRECIATION" && !negatedBefore(prepared.text, m.index)) appreciation++;
      }
    }
  }

  // "You never forget to say goodnight and I love that": absolutes in a kind message are praise,
  // judged by the valence of the whole message and any appreciation in it, not by a list of verbs.
  // "All you care about" and "you only" are accusations whatever the words after them.
  // The warmth is that of the sentences holding the absolute: a kind sentence stays kind next to
  // a sad one ("You always make me laugh when I'm having a bad day. I miss that."), and a warm
  // opening does not excuse the accusation after it ("Counseling is supposed to help, but you never even try.").
  if (
    found.has("BLAME_ABSOLUTE") &&
    !/\b(?:all you|you only|only ever|as usual|like always|yet again|same as always|never ever|(?:never|not) once(?: \w+){0,2}? (?:said|told|thanked|asked|helped|came|showed|apologi[sz]ed|listened|hugged|called))\b/.test(
      prepared.text,
    )
  ) {
    const warmth = absoluteWarmth(prepared.text, found.get("BLAME_ABSOLUTE")!.spans, prepared) + 3 * appreciation;
    if (warmth > 0) {
      found.delete("BLAME_ABSOLUTE");
      excused = true;
    }
  }
  // Shouting: capitals or !!! / ?!?!, unless it is plainly happy ("I LOVE YOU MOM", "We won!!!").
  const caps = capitals(message);
  // One word in capitals with "!!" is raised voice too: "DO NOT walk away from me!!", "STOP. I don't want to talk about it!!".
  const loud =
    caps.shoutedWords >= 3 ||
    (caps.shoutedWords >= 1 && /!!|\?!|!\?/.test(message)) ||
    (caps.shoutedWords >= 2 && caps.ratio >= 0.6 && caps.letters >= 8) ||
    (caps.shoutedWords >= 1 && caps.ratio === 1 && caps.letters >= 4) ||
    // "You WILL be at church on Sunday": a command in one capitalized word aimed at the other person.
    EMPHATIC_COMMAND.test(message) ||
    // "Nora!!!! The car!!!! Is!!!! Not!!!! Yours!!!!": every word pounded out.
    (message.match(/!{2,}/g)?.length ?? 0) >= 3;
  const punct = /!{3,}|[?!]*(?:\?!|!\?)[?!]*(?:\?!|!\?|\?|!)/.exec(message);
  // Joy is appreciation or excitement; "I'm trying to stay calm. But WHERE WERE YOU" is repair followed by shouting.
  const happy =
    (positives.some((p) => p.category === "APPRECIATION") || EXCITED.test(prepared.text)) &&
    found.size === 0 &&
    !HOSTILE_LOUD.test(prepared.text);
  if (loud && happy) excused = true;
  if (loud && !happy) {
    add("SHOUTING", { start: 0, end: message.length }, 1, EXPLAIN_SHOUTING, true);
    // Not the words of HOSTILE_LOUD: "SHUT THE FRONT DOOR, you got an A?!" and "why didn't you tell me??" are joy.
    if (ANGRY_LOUD.test(prepared.text)) firm = true;
  } else if (punct && !happy && (found.size > 0 || ANGRY_WORDS.test(prepared.text)))
    add("SHOUTING", { start: punct.index, end: punct.index + punct[0].length }, 1, EXPLAIN_SHOUTING, true);

  // Blame is a claim about cause ("because of you I was late", "so you caused it"), which a model of
  // the words cannot weigh: out of fold the veto dropped 10 hostile blame findings for 2 calm ones,
  // and both calm ones laughed or said "I love you"; a repair ("I'm going to my room to calm down
  // and I'll come talk after") is left to the model as well.
  if (
    found.has("BLAME") &&
    !/[😂🤣❤🥰😘]|\b(?:lol|lmao|haha\w*|jk|love you|love u|sorry|calm down|talk (?:after|later))\b/u.test(prepared.text)
  )
    firm = true;
  return { prepared, found, positives, profanitySpans, excused, firm };
}

/**
 * How warm the words around an always/never are: the valence of the clauses that hold it, plus
 * any warmth elsewhere in the message. Sadness elsewhere does not make praise an accusation
 * ("You always make me laugh when I'm having a bad day"), and a warm opening does not excuse the
 * accusation after it ("Counseling is supposed to help, but you never even try").
 */
function absoluteWarmth(text: string, spans: Span[], prepared: RuleFindings["prepared"]): number {
  let inside = 0,
    outside = 0;
  const clause = /[^.!?\n,;]+?(?=\s+but\s|[.!?\n,;]|$)[.!?\n,;]*|\s*but\s/g;
  for (let m = clause.exec(text); m && m[0].length; m = clause.exec(text)) {
    const at = toOriginal(prepared, { start: m.index, end: m.index + m[0].length });
    const v = netValence(m[0]);
    if (spans.some((s) => s.start < at.end && s.end > at.start)) inside += v;
    else outside += v;
  }
  return inside + Math.max(0, outside);
}

/** Where in the original message the words the model leaned on are. */
function modelSpans(prepared: RuleFindings["prepared"], words: string[]): Span[] {
  const spans: Span[] = [];
  for (const word of words) {
    const at = new RegExp(
      `(?<![\\p{L}\\p{N}'])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}'])`,
      "u",
    ).exec(prepared.text);
    if (at) spans.push(toOriginal(prepared, { start: at.index, end: at.index + at[0].length }));
  }
  return spans.length ? spans.sort((a, b) => a.start - b.start) : [{ start: 0, end: prepared.original.length }];
}

export function evaluateMessage(
  message: string,
  rules: RuleSet = PRESETS.standard,
  context: EvaluationContext = {},
): Evaluation {
  return evaluateWithModel(SHIPPED_MODEL, message, rules, context);
}

/**
 * The rules, then the model as a second opinion: a soft rule finding the model
 * finds very unlikely is dropped as a false alarm, and a message the model
 * finds likely hostile with no rule finding gets the model's category.
 */
/**
 * Whether a calmer version built from the sender's words passes the engine. When all the rules
 * found was volume or swearing, the calmer version is the same words with those taken out, so the
 * rules have nothing left to find in it and only the model can still object: it alone is asked
 * (a full evaluation costs a tenth of the engine's time on a mix where half the messages are
 * flagged). Anything else (an I-statement is new words) gets the whole engine. The unit tests run
 * the whole engine on the calmer version of every labelled message.
 */
function calmerVersionPasses(model: Model | null, suggestion: string, categories: Set<Category>): boolean {
  const onlyVolumeOrSwearing = [...categories].every((c) => c === "SHOUTING" || c === "PROFANITY");
  // Mend puts these words in the sender's box as its own advice, so the bar is higher than for a message: no rule may
  // find anything in them, whatever the model thinks. "I feel hurt when you don't listen to me and you are so lazy.
  // Can we talk about it?" passed the engine (the model vetoed the insult among the kind words) and was offered.
  if (!onlyVolumeOrSwearing) {
    const ruled = findByRules(suggestion);
    return (
      ruled.found.size === 0 &&
      evaluateWithModel(model, suggestion, PRESETS.standard, {}, false, ruled).action === "ALLOW"
    );
  }
  // Taking a swear word out can leave a shape a rule knows ("Are you f***ing kidding me" → "Are you kidding me").
  const ruled = findByRules(suggestion);
  if (ruled.found.size > 0) return false;
  if (!model) return true;
  const prepared = ruled.prepared;
  if (wordCount(prepared.text) < MODEL_MIN_WORDS) return true;
  const flag = model.grams
    ? flagProbability(
        model,
        messageFeatures(prepared, suggestion, []),
        charGrams(prepared.text),
        wordScoreLogit(model, prepared, suggestion),
      )
    : scoreMessage(model, prepared, suggestion);
  return flag < model.threshold || strongestWords(model, messageFeatures(prepared, suggestion, [])).length === 0;
}

export function evaluateWithModel(
  model: Model | null,
  message: string,
  rules: RuleSet = PRESETS.standard,
  context: EvaluationContext = {},
  checkSuggestion = true,
  /** The rules' findings for this very message when the caller already has them (they are read once). */
  ruled: RuleFindings = findByRules(message),
): Evaluation {
  const { prepared, found, positives, profanitySpans: ruleProfanity, excused, firm } = ruled;
  let profanitySpans = ruleProfanity;
  // The model is scored only where it can change the outcome: to veto soft findings (never
  // self-harm, slurs or threats), or to flag a message no rule flagged that is long enough to judge.
  const hard = firm || [...found.keys()].some((c) => MODEL_CANNOT_VETO.has(c));
  const mayVeto = model !== null && model.veto > 0 && found.size > 0 && !hard;
  const mayAdd = found.size === 0 && !excused && wordCount(prepared.text) >= MODEL_MIN_WORDS;
  // The model's own finding, when it flags a message no rule flagged: a coach's hunch, so it can
  // nudge but never hold or block by itself (self-harm still takes the safety path).
  let modelOnly: Category | null = null;
  if (model && (mayVeto || mayAdd)) {
    // The names are built only when the model flags and has to say why.
    const flag = model.grams
      ? flagProbability(
          model,
          messageFeatures(prepared, message, found.keys()),
          charGrams(prepared.text),
          wordScoreLogit(model, prepared, message),
        )
      : scoreMessage(model, prepared, message);
    if (mayVeto && flag < model.veto) {
      found.clear();
      profanitySpans = [];
    } else if (mayAdd && flag >= model.threshold) {
      // The model alone flags only with words to point at, in a message long enough to judge: a bare "ok" or "two" is not evidence.
      const features = messageFeatures(prepared, message, found.keys());
      const words = strongestWords(model, features);
      if (words.length > 0) {
        // The model alone puts a sender on the self-harm path only when the sender may be the one
        // at risk: a worried parent's "I can't reach him anymore" is about someone else.
        const likeliest = likeliestCategory(model, features);
        // A parent's support ("I saved 988 in your phone", "if you ever feel like hurting
        // yourself, you can tell me") is what the room is for: the model alone says nothing.
        const support = likeliest === "SELF_HARM" && offersSupport(prepared.text);
        const category =
          likeliest === "SELF_HARM" && speaksOfAnother(prepared.text)
            ? likeliestCategory(model, features, "SELF_HARM")
            : likeliest;
        // (The model adds only where no rule found anything, so there is nothing else to report.)
        if (support) return { action: "ALLOW", findings: [], positives, suggestion: null };
        modelOnly = category;
        found.set(category, {
          category,
          spans: modelSpans(prepared, words),
          severity: 1,
          explanation: EXPLAIN_FROM_MODEL[category],
          suggestion: TEMPLATE[category],
          antidote: ANTIDOTE[category],
        });
      }
    }
  }
  const findings = [...found.values()];
  let action: Action = "ALLOW";
  if (context.role !== "COUNSELOR") {
    for (const f of findings) {
      let a = rules[f.category];
      // A paraphrase restates the other person's words: coach it, never stop it, unless it is dangerous.
      if (
        context.paraphrase &&
        ACTION_RANK[a] > ACTION_RANK.NUDGE &&
        !["SLUR", "THREAT", "SELF_HARM"].includes(f.category)
      )
        a = "NUDGE";
      if (f.category === modelOnly && f.category !== "SELF_HARM" && ACTION_RANK[a] > ACTION_RANK.NUDGE) a = "NUDGE";
      if (ACTION_RANK[a] > ACTION_RANK[action]) action = a;
    }
  }
  const categories = new Set(findings.map((f) => f.category));
  // A listener's paraphrase with a rebuttal tacked on ("…you want privacy, but honestly you are always lying to me
  // so no") is coached back to the paraphrase, not turned into an I-statement that keeps the accusation.
  const paraphrase = context.paraphrase && findings.length ? paraphraseWithoutRebuttal(message) : null;
  let suggestion = paraphrase ?? (findings.length ? suggestRephrasing(message, categories, profanitySpans) : null);
  // A calmer version must itself pass: the sender may send it as it is. One built from the
  // sender's own words (capitals and swearing taken out, an I-statement) is checked here; when the
  // engine would flag it, the plain template for the category is offered instead. The templates,
  // with or without a topic, are checked by the unit tests (the same few sentences each time).
  // A template about the sender's topic carries the sender's words ("I'm frustrated about your
  // highness"), so no rule may find anything in it either.
  if (
    suggestion &&
    checkSuggestion &&
    !isPlainTemplate(suggestion) &&
    (isTemplate(suggestion)
      ? findByRules(suggestion).found.size > 0
      : !calmerVersionPasses(model, suggestion, paraphrase ? new Set() : categories))
  )
    suggestion = templateFor(categories, message, false);
  return { action, findings, positives, suggestion };
}
