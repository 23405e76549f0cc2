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
  let tp = 0,
    fp = 0,
    tn = 0,
    fn = 0;
  for (const o of outcomes) {
    if (o.line.expected === "flag") {
      if (o.flagged) tp++;
      else fn++;
    } else if (o.flagged) fp++;
    else tn++;
  }
  const precision = ratio(tp, tp + fp),
    recall = ratio(tp, tp + fn);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return `precision=${precision.toFixed(4)} recall=${recall.toFixed(4)} f1=${f1.toFixed(4)} false_positive_rate=${ratio(fp, fp + tn).toFixed(4)}`;
}

function groupRates(
  outcomes: Outcome[],
  key: (o: Outcome) => string | undefined,
  expected: "flag" | "allow",
): string[] {
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

function counts(outcomes: Outcome[]) {
  let tp = 0,
    fp = 0,
    tn = 0,
    fn = 0;
  for (const o of outcomes) {
    if (o.line.expected === "flag") {
      if (o.flagged) tp++;
      else fn++;
    } else if (o.flagged) fp++;
    else tn++;
  }
  return { tp, fp, tn, fn };
}

const cell = (hit: number, n: number) => (n ? (hit / n).toFixed(3) : "  —  ").padStart(6);

/**
 * One row per held-out batch (and all together): precision, recall, F1, false-positive rate; then
 * recall per category and recall and false-positive rate per voice, one column per batch.
 */
export function crossBatchTable(folds: { name: string; outcomes: Outcome[] }[]): string {
  const all = { name: "all", outcomes: folds.flatMap((f) => f.outcomes) };
  const columns = [...folds, all];
  const lines = [`${"held out".padEnd(22)} ${"n".padStart(5)}  precision recall  f1     fpr`];
  for (const f of columns) {
    const { tp, fp, tn, fn } = counts(f.outcomes);
    const precision = ratio(tp, tp + fp),
      recall = ratio(tp, tp + fn);
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    lines.push(
      `${f.name.padEnd(22)} ${String(f.outcomes.length).padStart(5)}  ${precision.toFixed(3).padStart(9)} ${recall.toFixed(3)} ${f1.toFixed(3)} ${ratio(fp, fp + tn).toFixed(3)}`,
    );
  }
  const short = (name: string) =>
    name
      .replace(/^batch-/, "b")
      .replace(/-was-sealed$/, "")
      .replace(/^eval-/, "")
      .slice(0, 6)
      .padStart(6);
  const header = `${"".padEnd(22)} ${columns.map((c) => short(c.name)).join(" ")}`;
  const matrix = (title: string, keyOf: (o: Outcome) => string | undefined, expected: "flag" | "allow") => {
    const keys = [
      ...new Set(
        all.outcomes
          .filter((o) => o.line.expected === expected)
          .map(keyOf)
          .filter((k): k is string => !!k),
      ),
    ].sort();
    if (!keys.length) return;
    lines.push("", `${title}`, header);
    for (const k of keys) {
      const row = columns.map((c) => {
        const group = c.outcomes.filter((o) => o.line.expected === expected && keyOf(o) === k);
        return cell(group.filter((o) => o.flagged).length, group.length);
      });
      lines.push(`${("  " + k).padEnd(22)} ${row.join(" ")}`);
    }
  };
  matrix("recall per category", (o) => o.line.category, "flag");
  matrix("recall per voice", (o) => o.line.voice, "flag");
  matrix("false-positive rate per calm kind", (o) => o.line.category, "allow");
  matrix("false-positive rate per voice", (o) => o.line.voice, "allow");
  return lines.join("\n");
}
