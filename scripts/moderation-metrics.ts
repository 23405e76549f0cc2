// Shared by `moderation:eval` and `moderation:train`: the labelled-line format
// (extra fields such as category and voice are welcome) and the figures.
import { z } from "zod";
import { CATEGORIES, type Category } from "../lib/moderation/categories";

export const LabelledLine = z.looseObject({
  text: z.string(),
  expected: z.enum(["allow", "flag"]),
  category: z.string().optional(),
  voice: z.string().optional(),
});
export type Labelled = z.infer<typeof LabelledLine>;

/** The data's own categories mapped onto the engine's (documented in docs/moderation.md). */
const DATA_TO_ENGINE: Record<string, Category> = { DISMISSAL: "STONEWALLING", WOUNDING: "CONTEMPT" };

export function labelCategory(line: Labelled): Category | null {
  if (line.expected !== "flag" || !line.category) return null;
  const c = DATA_TO_ENGINE[line.category] ?? line.category;
  return (CATEGORIES as readonly string[]).includes(c) ? (c as Category) : null;
}

export type Outcome = { line: Labelled; flagged: boolean; found: Category[] };

const ratio = (a: number, b: number) => (b ? a / b : 0);

/** Confusion figures; the last line is the one scripts and people parse. */
export function figures(outcomes: Outcome[]): string {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  for (const o of outcomes) {
    if (o.line.expected === "flag") {
      if (o.flagged) tp++;
      else fn++;
    } else if (o.flagged) fp++;
    else tn++;
  }
  const precision = ratio(tp, tp + fp), recall = ratio(tp, tp + fn);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return `precision=${precision.toFixed(4)} recall=${recall.toFixed(4)} f1=${f1.toFixed(4)} false_positive_rate=${ratio(fp, fp + tn).toFixed(4)}`;
}

function groupRates(outcomes: Outcome[], key: (o: Outcome) => string | undefined, expected: "flag" | "allow"): string[] {
  const groups = new Map<string, { hit: number; n: number }>();
  for (const o of outcomes) {
    const k = key(o);
    if (o.line.expected !== expected || !k) continue;
    const g = groups.get(k) ?? { hit: 0, n: 0 };
    g.n++;
    if (o.flagged) g.hit++;
    groups.set(k, g);
  }
  return [...groups].sort().map(([k, g]) => `  ${k.padEnd(16)} ${(g.hit / g.n).toFixed(3)} (${g.hit}/${g.n})`);
}

/** Recall per labelled category and per voice, false-positive rate per calm kind and voice, then the figures. */
export function summarize(outcomes: Outcome[]): string {
  const lines: string[] = [`${outcomes.length} lines`];
  const byCategory = groupRates(outcomes, (o) => o.line.category, "flag");
  if (byCategory.length) lines.push("recall per category:", ...byCategory);
  const byVoice = groupRates(outcomes, (o) => o.line.voice, "flag");
  if (byVoice.length) lines.push("recall per voice:", ...byVoice);
  const calmKind = groupRates(outcomes, (o) => o.line.category, "allow");
  if (calmKind.length) lines.push("false-positive rate per calm kind:", ...calmKind);
  const calmVoice = groupRates(outcomes, (o) => o.line.voice, "allow");
  if (calmVoice.length) lines.push("false-positive rate per voice:", ...calmVoice);
  lines.push(figures(outcomes));
  return lines.join("\n");
}
