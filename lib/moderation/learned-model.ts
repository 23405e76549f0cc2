// A small logistic-regression model over the message's features
// (message-features.ts), trained by `npm run moderation:train` on the labelled
// batches in tests/moderation and shipped as model-weights.json: no download,
// no I/O at run time. One head says whether a message needs a second look, the
// other which category it most resembles, so a flag raised by the model alone
// still carries a category and an explanation.
import { z } from "zod";
import { CATEGORIES, type Category } from "./categories";

export const ModelSchema = z.object({
  /** Probability of "flag" from which the model flags on its own. */
  threshold: z.number(),
  /** Probability of "flag" under which a soft rule finding is dropped as a false alarm. */
  veto: z.number(),
  categories: z.array(z.enum(CATEGORIES)),
  /** feature → [flag weight, one weight per category]. */
  weights: z.record(z.string(), z.array(z.number())),
});
export type Model = z.infer<typeof ModelSchema>;

export type ModelScore = { flag: number; category: Category; contributions: Map<string, number> };

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function scoreFeatures(model: Model, features: string[]): ModelScore {
  let z = 0;
  const categoryZ = new Float64Array(model.categories.length);
  const contributions = new Map<string, number>();
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    z += w[0];
    for (let k = 0; k < categoryZ.length; k++) categoryZ[k] += w[k + 1];
    if (f.startsWith("w:") || f.startsWith("b:")) contributions.set(f, (contributions.get(f) ?? 0) + w[0]);
  }
  let best = 0;
  for (let k = 1; k < categoryZ.length; k++) if (categoryZ[k] > categoryZ[best]) best = k;
  return { flag: sigmoid(z), category: model.categories[best], contributions };
}
