// A small logistic-regression model over the message's features
// (message-features.ts), trained by `npm run moderation:train` on the labelled
// batches in tests/moderation and shipped as model-weights.json: no download,
// no I/O at run time. One head says whether a message needs a second look, the
// other which category it most resembles, so a flag raised by the model alone
// still carries a category and an explanation.
import { z } from "zod";
import { CATEGORIES, type Category } from "./categories";
import { ALL_CLASSES, GRAM_BUCKETS, walkFeatures, walkWords, type FeatureSink, type Target } from "./message-features";
import type { PreparedText } from "./prepare-text";

export const ModelSchema = z.object({
  /** Probability of "flag" from which the model flags on its own. */
  threshold: z.number(),
  /** Probability of "flag" under which a soft rule finding is dropped as a false alarm. */
  veto: z.number(),
  categories: z.array(z.enum(CATEGORIES)),
  /** feature → [flag weight, one weight per category]. */
  weights: z.record(z.string(), z.array(z.number())),
  /** Hashed character n-gram bucket (message-features.ts `charGrams`) → flag weight. */
  grams: z.record(z.string(), z.number()).optional(),
  /** Learned scores of words, most of them never seen in a labelled line (see WordVectorsSchema). */
  vectors: z.lazy(() => WordScoresSchema).optional(),
});
export type Model = z.infer<typeof ModelSchema>;

/**
 * What the model learned from pretrained word vectors, shipped without the vectors (decision 023).
 * Training pools the vectors of a message's words (their mean, split by negation and by whether the
 * clause is aimed at "you", and the highest score of a learned direction), all linear in each
 * word's vector; so each word's part comes down to four numbers, computed once for a bounded
 * vocabulary: a word the labelled lines never used ("imbecile", "dimwit") is scored by its
 * neighbours in meaning.
 */
export const WordScoresSchema = z.object({
  /** The vocabulary, space-separated, in row order. */
  words: z.string(),
  /** One factor per column (general, negated, aimed at you, peak) from the stored byte to the score. */
  scale: z.array(z.number()).length(4),
  /** Base64 of signed bytes, four per word in row order. */
  data: z.string(),
  /** Whether the general, negated and "at you" scores are averaged over the message's words (else summed). */
  mean: z.boolean(),
});
export type WordScores = z.infer<typeof WordScoresSchema>;
export const WORD_SCORE_COLUMNS = 4;

type DecodedScores = { index: Map<string, number>; values: Float32Array; mean: boolean };
const decodedScores = new WeakMap<WordScores, DecodedScores>();
/** The word scores as a Map and a float table, decoded once per model. */
export function decodeWordScores(scores: WordScores): DecodedScores {
  let d = decodedScores.get(scores);
  if (d) return d;
  const words = scores.words.split(" ");
  const bytes = atob(scores.data);
  const values = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes.charCodeAt(i);
    values[i] = (b > 127 ? b - 256 : b) * scores.scale[i % WORD_SCORE_COLUMNS];
  }
  d = { index: new Map(words.map((w, i) => [w, i])), values, mean: scores.mean };
  decodedScores.set(scores, d);
  return d;
}

/**
 * Adds up the word scores along the walk: the mean of each word's general score (or its negated
 * score when a negation covers it), plus its "aimed at you" score in a clause aimed at the other
 * person, over every word of the message; plus the highest peak score of a word no negation
 * covers, when it is above zero. Training pools the vectors the same way (scripts/moderation-train.ts).
 */
export class WordScorePool {
  private sum = 0;
  private peak = 0;
  private words = 0;
  constructor(private readonly scores: DecodedScores | null) {}
  reset(): void {
    this.sum = this.peak = this.words = 0;
  }
  add(word: string, negated: boolean, target: Target): void {
    this.words++;
    if (!this.scores) return;
    const i = this.scores.index.get(word);
    if (i === undefined) return;
    const v = this.scores.values;
    const o = i * WORD_SCORE_COLUMNS;
    this.sum += negated ? v[o + 1] : v[o];
    if (target === "you") this.sum += v[o + 2];
    if (!negated && v[o + 3] > this.peak) this.peak = v[o + 3];
  }
  total(): number {
    return (this.scores?.mean && this.words ? this.sum / this.words : this.sum) + this.peak;
  }
}

/**
 * How strongly a word's meaning alone points to a hostile message: its general score plus its
 * peak score above zero (0 for a word outside the vocabulary).
 */
export function meaningScore(model: Model, word: string): number {
  if (!model.vectors) return 0;
  const d = decodeWordScores(model.vectors);
  const i = d.index.get(word);
  if (i === undefined) return 0;
  const o = i * WORD_SCORE_COLUMNS;
  return d.values[o] + Math.max(0, d.values[o + 3]);
}

/** The word scores' part of a message's log-odds, walked on its own (the names path; the hot path adds it in ScoreSink). */
export function wordScoreLogit(model: Model, prepared: PreparedText, original: string): number {
  if (!model.vectors) return 0;
  const pool = new WordScorePool(decodeWordScores(model.vectors));
  walkWords(prepared, original, (w, negated, target) => pool.add(w, negated, target));
  return pool.total();
}

export type ModelScore = { flag: number; category: Category };

/** The weights as a Map, built once per model: lookups by feature name are the hot path. */
const tables = new WeakMap<Model, Map<string, number[]>>();
function table(model: Model): Map<string, number[]> {
  let t = tables.get(model);
  if (!t) tables.set(model, (t = new Map(Object.entries(model.weights))));
  return t;
}

/** The n-gram weights as one dense array indexed by bucket, built once per model. */
const gramTables = new WeakMap<Model, Float64Array>();
function gramTable(model: Model): Float64Array {
  let t = gramTables.get(model);
  if (!t) {
    t = new Float64Array(GRAM_BUCKETS);
    for (const [bucket, w] of Object.entries(model.grams ?? {})) t[Number(bucket)] = w;
    gramTables.set(model, t);
  }
  return t;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function scoreFeatures(
  model: Model,
  features: string[],
  grams: readonly number[] = [],
  wordScores = 0,
): ModelScore {
  return { flag: flagProbability(model, features, grams, wordScores), category: likeliestCategory(model, features) };
}

/**
 * Probability that the message needs a second look from its feature names, plus `wordScores`,
 * the word scores' part of the log-odds (wordScoreLogit), which names do not carry.
 */
export function flagProbability(
  model: Model,
  features: string[],
  grams: readonly number[] = [],
  wordScores = 0,
): number {
  const weights = table(model);
  let z = wordScores;
  if (grams.length && model.grams) {
    const g = gramTable(model);
    for (const b of grams) z += g[b];
  }
  for (const f of features) {
    const w = weights.get(f);
    if (w) z += w[0];
  }
  return sigmoid(z);
}

/**
 * Categories that are a matter of the letters on the page, found exactly by the rules: a swear
 * word, a slur, capitals. The model never names them on its own, or a calm "I feel like I've
 * lost my son" could be called swearing with no swear word in it.
 */
export const LEXICAL_CATEGORIES: ReadonlySet<Category> = new Set(["PROFANITY", "SLUR", "SHOUTING"]);

/**
 * The category the message most resembles, among those the model may name (and not `except`);
 * only asked for when the model flags on its own.
 */
export function likeliestCategory(model: Model, features: string[], except?: Category): Category {
  const weights = table(model);
  const categoryZ = new Float64Array(model.categories.length);
  for (const f of features) {
    const w = weights.get(f);
    if (!w) continue;
    for (let k = 0; k < categoryZ.length; k++) categoryZ[k] += w[k + 1];
  }
  let best = -1;
  for (let k = 0; k < categoryZ.length; k++) {
    if (LEXICAL_CATEGORIES.has(model.categories[k]) || model.categories[k] === except) continue;
    if (best < 0 || categoryZ[k] > categoryZ[best]) best = k;
  }
  return model.categories[best];
}

/** The words that pushed the model towards "flag" the most: the reason shown when the model alone fires. */
export function strongestWords(model: Model, features: string[], limit = 3): string[] {
  const weights = table(model);
  // A word's own weight, plus for a word no negation covers what its meaning says, so a word
  // the labelled lines never used can still be shown as the reason.
  const strength = (f: string) =>
    (weights.get(f)?.[0] ?? 0) + (f.startsWith("w:not_") ? 0 : meaningScore(model, f.slice(2)));
  return [...new Set(features.filter((f) => f.startsWith("w:")))]
    .map((f) => ({ f, s: strength(f) }))
    .filter(({ s }) => s > 0.25)
    .sort((a, b) => b.s - a.s)
    .slice(0, limit)
    .map(({ f }) => f.slice(2).replace(/^not_/, ""));
}

/**
 * The flag weights rearranged for the hot path: words and bigrams by word, class features in
 * arrays indexed by class, the rest by name. Scoring then builds no string per feature; the
 * result equals flagProbability over messageFeatures (tested on every labelled message).
 */
type Compiled = {
  named: Map<string, number>;
  word: Map<string, number>;
  notWord: Map<string, number>;
  bigram: Map<string, Map<string, number>>;
  firstWord: Map<string, number>;
  classId: Map<string, number>;
  firstClass: Float64Array;
  k: Float64Array;
  kb: Float64Array;
  kt: Float64Array;
  kc: Float64Array;
};
const TARGET_INDEX: Record<Target, number> = { you: 0, self: 1, thing: 2 };
const compiledModels = new WeakMap<Model, Compiled>();
function compiled(model: Model): Compiled {
  const existing = compiledModels.get(model);
  if (existing) return existing;
  const n = ALL_CLASSES.length;
  const classId = new Map(ALL_CLASSES.map((c, i) => [c, i]));
  const c: Compiled = {
    named: new Map(),
    word: new Map(),
    notWord: new Map(),
    bigram: new Map(),
    firstWord: new Map(),
    classId,
    firstClass: new Float64Array(n),
    k: new Float64Array(n * 3),
    kb: new Float64Array(n * n),
    kt: new Float64Array(n * n * n),
    kc: new Float64Array(n * n),
  };
  const id = (name: string) => classId.get(name);
  for (const [feature, row] of Object.entries(model.weights)) {
    const w = row[0];
    const colon = feature.indexOf(":");
    const kind = colon < 0 ? "" : feature.slice(0, colon);
    const rest = feature.slice(colon + 1);
    let placed = false;
    if (kind === "w") {
      if (rest.startsWith("not_")) c.notWord.set(rest.slice(4), w);
      else c.word.set(rest, w);
      placed = true;
    } else if (kind === "b") {
      const [a, b] = rest.split("_");
      if (!c.bigram.has(a)) c.bigram.set(a, new Map());
      c.bigram.get(a)!.set(b, w);
      placed = true;
    } else if (kind === "first") {
      const x = id(rest);
      if (x !== undefined) c.firstClass[x] = w;
      else c.firstWord.set(rest, w);
      placed = true;
    } else if (kind === "k") {
      const [cls, target] = rest.split("@");
      const x = id(cls);
      if (x !== undefined && target in TARGET_INDEX) {
        c.k[x * 3 + TARGET_INDEX[target as Target]] = w;
        placed = true;
      }
    } else if (kind === "kb" || kind === "kt" || kind === "kc") {
      const ids = rest.split(kind === "kc" ? "&" : "_").map(id);
      if (ids.every((x) => x !== undefined)) {
        const [a, b, d] = ids as number[];
        if (kind === "kb") c.kb[a * n + b] = w;
        else if (kind === "kc") c.kc[a * n + b] = w;
        else c.kt[(a * n + b) * n + d] = w;
        placed = true;
      }
    }
    // A name the engine could emit in no other way is looked up whole.
    if (!placed) c.named.set(feature, w);
  }
  compiledModels.set(model, c);
  return c;
}

/** Adds up the compiled weights as the walk finds features; one per model, reused (no closures per message). */
class ScoreSink implements FeatureSink {
  z = 0;
  private readonly n: number;
  readonly pool: WordScorePool;
  constructor(
    private readonly c: Compiled,
    scores: DecodedScores | null,
  ) {
    this.n = ALL_CLASSES.length;
    this.pool = new WordScorePool(scores);
  }
  private at(x: string): number {
    return this.c.classId.get(x) ?? -1;
  }
  named(name: string): void {
    this.z += this.c.named.get(name) ?? 0;
  }
  word(word: string, negated: boolean, target: Target): void {
    this.z += (negated ? this.c.notWord : this.c.word).get(word) ?? 0;
    this.pool.add(word, negated, target);
  }
  bigram(a: string, b: string): void {
    this.z += this.c.bigram.get(a)?.get(b) ?? 0;
  }
  first(x: string): void {
    const i = this.at(x);
    this.z += i >= 0 ? this.c.firstClass[i] : (this.c.firstWord.get(x) ?? 0);
  }
  cls(cls: string, target: Target): void {
    const i = this.at(cls);
    if (i >= 0) this.z += this.c.k[i * 3 + TARGET_INDEX[target]];
  }
  kb(a: string, b: string): void {
    const i = this.at(a),
      j = this.at(b);
    if (i >= 0 && j >= 0) this.z += this.c.kb[i * this.n + j];
  }
  kt(a: string, b: string, d: string): void {
    const i = this.at(a),
      j = this.at(b),
      l = this.at(d);
    if (i >= 0 && j >= 0 && l >= 0) this.z += this.c.kt[(i * this.n + j) * this.n + l];
  }
  kc(a: string, b: string): void {
    const i = this.at(a),
      j = this.at(b);
    if (i >= 0 && j >= 0) this.z += this.c.kc[i * this.n + j];
  }
}
const sinks = new WeakMap<Compiled, ScoreSink>();

/**
 * Probability of "flag" for a message, read straight from its walk: the same number as
 * `flagProbability(model, messageFeatures(...))` without building a string per feature.
 */
export function scoreMessage(model: Model, prepared: PreparedText, original: string): number {
  const c = compiled(model);
  let sink = sinks.get(c);
  if (!sink) sinks.set(c, (sink = new ScoreSink(c, model.vectors ? decodeWordScores(model.vectors) : null)));
  sink.z = 0;
  sink.pool.reset();
  walkFeatures(prepared, original, sink);
  return sigmoid(sink.z + sink.pool.total());
}
