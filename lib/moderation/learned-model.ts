// A small logistic-regression model over the message's features
// (message-features.ts), trained by `npm run moderation:train` on the labelled
// batches in tests/moderation and shipped as model-weights.json: no download,
// no I/O at run time. One head says whether a message needs a second look, the
// other which category it most resembles, so a flag raised by the model alone
// still carries a category and an explanation.
import { z } from "zod";
import { CATEGORIES, type Category } from "./categories";
import { ALL_CLASSES, GRAM_BUCKETS, walkFeatures, type FeatureSink, type Target } from "./message-features";
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
});
export type Model = z.infer<typeof ModelSchema>;

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

export function scoreFeatures(model: Model, features: string[], grams: readonly number[] = []): ModelScore {
  return { flag: flagProbability(model, features, grams), category: likeliestCategory(model, features) };
}

/** Probability that the message needs a second look: the hot path, one lookup per feature. */
export function flagProbability(model: Model, features: string[], grams: readonly number[] = []): number {
  const weights = table(model);
  let z = 0;
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

/** The category the message most resembles, among those the model may name; only asked for when the model flags on its own. */
export function likeliestCategory(model: Model, features: string[]): Category {
  const weights = table(model);
  const categoryZ = new Float64Array(model.categories.length);
  for (const f of features) {
    const w = weights.get(f);
    if (!w) continue;
    for (let k = 0; k < categoryZ.length; k++) categoryZ[k] += w[k + 1];
  }
  let best = -1;
  for (let k = 0; k < categoryZ.length; k++) {
    if (LEXICAL_CATEGORIES.has(model.categories[k])) continue;
    if (best < 0 || categoryZ[k] > categoryZ[best]) best = k;
  }
  return model.categories[best];
}

/** The words that pushed the model towards "flag" the most: the reason shown when the model alone fires. */
export function strongestWords(model: Model, features: string[], limit = 3): string[] {
  const weights = table(model);
  return features
    .filter((f) => f.startsWith("w:") && (weights.get(f)?.[0] ?? 0) > 0.25)
    .sort((a, b) => weights.get(b)![0] - weights.get(a)![0])
    .slice(0, limit)
    .map((f) => f.slice(2).replace(/^not_/, ""));
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
  constructor(private readonly c: Compiled) {
    this.n = ALL_CLASSES.length;
  }
  private at(x: string): number {
    return this.c.classId.get(x) ?? -1;
  }
  named(name: string): void {
    this.z += this.c.named.get(name) ?? 0;
  }
  word(word: string, negated: boolean): void {
    this.z += (negated ? this.c.notWord : this.c.word).get(word) ?? 0;
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
  if (!sink) sinks.set(c, (sink = new ScoreSink(c)));
  sink.z = 0;
  walkFeatures(prepared, original, sink);
  return sigmoid(sink.z);
}
