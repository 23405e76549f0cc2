// `npm run moderation:train`: trains the learned model of the calm-communication
// engine (lib/moderation/learned-model.ts) on the labelled batches, reports
// leave-one-batch-out figures for the whole engine (rules + model), and writes
// lib/moderation/model-weights.json. Deterministic: same data, same weights.
//
// Each batch is a fold: for every fold, a model is trained on the other
// batches — its thresholds chosen by an inner leave-one-batch-out on those
// batches only — and the engine is measured on the fold it never saw.
// tests/moderation/eval-holdout.jsonl is never trained on.
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { CATEGORIES, type Category } from "../lib/moderation/categories";
import { evaluateWithModel, findByRules } from "../lib/moderation/evaluate-message";
import { scoreFeatures, strongestWords, type Model } from "../lib/moderation/learned-model";
import { MODEL_MIN_WORDS, messageFeatures, wordCount } from "../lib/moderation/message-features";
import { PRESETS } from "../lib/moderation/rule-sets";
import { LabelledLine, labelCategory, summarize, type Outcome } from "./moderation-metrics";

const FOLDS = ["tests/moderation/batch-1.jsonl", "tests/moderation/batch-2.jsonl", "tests/moderation/batch-3.jsonl", "tests/moderation/eval-dev.jsonl"];
const HOLDOUT = "tests/moderation/eval-holdout.jsonl";
const OUT = "lib/moderation/model-weights.json";
const MODEL_CATEGORIES: Category[] = CATEGORIES.filter((c) => c !== "SLUR");
const EPOCHS = 30;
const L2 = 1e-4;
const MIN_COUNT = 2;
/** The engine should not nudge more than this share of calm messages. */
const MAX_FPR = 0.015;

type Example = z.infer<typeof LabelledLine> & { fold: number; features: string[]; engineCategory: Category | null; ruleHit: "none" | "soft" | "hard"; long: boolean };
const HARD: ReadonlySet<string> = new Set(["SELF_HARM", "SLUR", "THREAT"]);

function load(file: string, fold: number): Example[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const line = LabelledLine.parse(JSON.parse(l));
      const rules = findByRules(line.text);
      const found = [...rules.found.keys()];
      const ruleHit = found.some((c) => HARD.has(c)) ? "hard" : found.length ? "soft" : "none";
      return { ...line, fold, features: messageFeatures(rules.prepared, line.text, found), engineCategory: labelCategory(line), ruleHit, long: wordCount(rules.prepared.text) >= MODEL_MIN_WORDS };
    });
}

/** A seeded generator, so the order examples are visited in is the same on every run. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Logistic regression (flag or not) and softmax regression (which category), by AdaGrad. */
function train(examples: Example[]): Model["weights"] {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([f, n]) => n >= MIN_COUNT || f === "bias").map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const K = MODEL_CATEGORIES.length;
  const width = K + 1;
  const w = new Float64Array(vocabulary.length * width);
  const g2 = new Float64Array(vocabulary.length * width).fill(1e-8);
  const rows = examples.map((e) => ({ e, ids: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined) }));
  const random = mulberry32(42);
  const order = rows.map((_, i) => i);
  const step = (slot: number, grad: number) => {
    g2[slot] += grad * grad;
    w[slot] -= (0.3 * grad) / Math.sqrt(g2[slot]);
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const r of order) {
      const { e, ids } = rows[r];
      let z = 0;
      for (const id of ids) z += w[id * width];
      const y = e.expected === "flag" ? 1 : 0;
      const err = 1 / (1 + Math.exp(-z)) - y;
      for (const id of ids) step(id * width, err + L2 * w[id * width]);
      const target = e.engineCategory ? MODEL_CATEGORIES.indexOf(e.engineCategory) : -1;
      if (target < 0) continue;
      const zs = new Float64Array(K);
      for (const id of ids) for (let k = 0; k < K; k++) zs[k] += w[id * width + 1 + k];
      const max = Math.max(...zs);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += zs[k] = Math.exp(zs[k] - max);
      for (let k = 0; k < K; k++) {
        const grad = zs[k] / sum - (k === target ? 1 : 0);
        for (const id of ids) step(id * width + 1 + k, grad + L2 * w[id * width + 1 + k]);
      }
    }
  }
  const weights: Model["weights"] = {};
  for (const [f, i] of index) {
    const row = Array.from(w.subarray(i * width, (i + 1) * width), (x) => Math.round(x * 1000) / 1000);
    if (row.some((x) => x !== 0)) weights[f] = row;
  }
  return weights;
}

function outcomes(model: Model, examples: Example[]): Outcome[] {
  return examples.map((e) => {
    const evaluation = evaluateWithModel(model, e.text, PRESETS.standard);
    return { line: e, flagged: evaluation.action !== "ALLOW", found: evaluation.findings.map((f) => f.category) };
  });
}

/** Thresholds from out-of-fold runs over `examples`' own batches: most recall with at most MAX_FPR. */
function chooseThresholds(weights: Model["weights"], examples: Example[]): { threshold: number; veto: number } {
  const folds = [...new Set(examples.map((e) => e.fold))];
  // The engine's decision, given the rules' findings and the model's probability (as in evaluateWithModel).
  const outOfFold: { e: Example; p: number; words: boolean }[] = [];
  for (const fold of folds) {
    const inner: Model = { threshold: 1, veto: 0, categories: MODEL_CATEGORIES, weights: train(examples.filter((e) => e.fold !== fold)) };
    for (const e of examples.filter((x) => x.fold === fold)) outOfFold.push({ e, p: scoreFeatures(inner, e.features).flag, words: e.long && strongestWords(inner, e.features).length > 0 });
  }
  if (process.env.SHOW_THRESHOLDS) {
    // What the model adds on its own, and what its veto removes, at each threshold.
    for (const t of [0.5, 0.7, 0.8, 0.9, 0.93, 0.96, 0.98]) {
      const alone = outOfFold.filter(({ e, p, words }) => e.ruleHit === "none" && words && p >= t);
      console.log(`  model alone at ${t}: +${alone.filter(({ e }) => e.expected === "flag").length} hostile, +${alone.filter(({ e }) => e.expected === "allow").length} calm`);
    }
    for (const v of [0.02, 0.05, 0.1, 0.2]) {
      const vetoed = outOfFold.filter(({ e, p }) => e.ruleHit === "soft" && p < v);
      console.log(`  veto at ${v}: -${vetoed.filter(({ e }) => e.expected === "flag").length} hostile, -${vetoed.filter(({ e }) => e.expected === "allow").length} calm`);
    }
  }
  let best = { threshold: 0.5, veto: 0.2, recall: -1, fpr: 1 };
  for (const threshold of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.96, 0.98, 1.01]) {
    // The veto (dropping a rule's finding when the model is sure the message is calm) removed as
    // many hostile as calm findings across batches, so the model only adds flags; the engine
    // still supports a veto if a future model earns one.
    for (const veto of [0]) {
      if (veto > threshold) continue;
      let tp = 0, fn = 0, fp = 0, tn = 0;
      for (const { e, p, words } of outOfFold) {
        const flagged = e.ruleHit === "hard" || (e.ruleHit === "soft" ? p >= veto : words && p >= threshold);
        if (e.expected === "flag") {
          if (flagged) tp++;
          else fn++;
        } else if (flagged) fp++;
        else tn++;
      }
      const recall = tp / (tp + fn), fpr = fp / (fp + tn);
      const ok = fpr <= MAX_FPR, bestOk = best.fpr <= MAX_FPR;
      if ((ok && !bestOk) || (ok === bestOk && (ok ? recall > best.recall || (recall === best.recall && fpr < best.fpr) : fpr < best.fpr))) best = { threshold, veto, recall, fpr };
    }
  }
  return { threshold: best.threshold, veto: best.veto };
}

const all = FOLDS.flatMap((file, fold) => load(file, fold));
const holdout = load(HOLDOUT, -1);
const total: Outcome[] = [];
for (let fold = 0; fold < FOLDS.length; fold++) {
  const rest = all.filter((e) => e.fold !== fold);
  const weights = train(rest);
  const model: Model = { ...chooseThresholds(weights, rest), categories: MODEL_CATEGORIES, weights };
  const result = outcomes(model, all.filter((e) => e.fold === fold));
  total.push(...result);
  if (process.env.SHOW_ERRORS) for (const o of result) if (o.flagged !== (o.line.expected === "flag")) console.log(`  ERR ${o.line.expected} [${o.line.category}] got ${o.found.join(",") || "allow"}: ${o.line.text}`);
  console.log(`\n=== fold ${FOLDS[fold]} left out (trained on the others; threshold=${model.threshold} veto=${model.veto})`);
  console.log(summarize(result));
}
console.log(`\n=== all folds, each measured by the model that never saw it`);
console.log(summarize(total));

const weights = train(all);
const final: Model = { ...chooseThresholds(weights, all), categories: MODEL_CATEGORIES, weights };
writeFileSync(OUT, JSON.stringify(final) + "\n");
console.log(`\n=== shipped model (trained on all ${all.length} open lines; threshold=${final.threshold} veto=${final.veto}; ${Object.keys(weights).length} features) on ${HOLDOUT}`);
console.log(summarize(outcomes(final, holdout)));
