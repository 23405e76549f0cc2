// A small logistic-regression model over the message's features
// (message-features.ts), trained by `npm run moderation:train` on the labelled
// batches in tests/moderation and shipped as model-weights.json: no download,
// no I/O at run time. One head says whether a message needs a second look, the
// other which category it most resembles, so a flag raised by the model alone
// still carries a category and an explanation.
import { z } from "zod";
import { CATEGORIES, type Category } from "./categories";
import { GRAM_BUCKETS } from "./message-features";

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

/** The category the message most resembles; only asked for when the model flags on its own. */
export function likeliestCategory(model: Model, features: string[]): Category {
  const weights = table(model);
  const categoryZ = new Float64Array(model.categories.length);
  for (const f of features) {
    const w = weights.get(f);
    if (!w) continue;
    for (let k = 0; k < categoryZ.length; k++) categoryZ[k] += w[k + 1];
  }
  let best = 0;
  for (let k = 1; k < categoryZ.length; k++) if (categoryZ[k] > categoryZ[best]) best = k;
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
