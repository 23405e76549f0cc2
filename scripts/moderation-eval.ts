// `npm run moderation:eval -- <file.jsonl>`: runs the engine with the standard
// preset over labeled lines {"text": "...", "expected": "allow" | "flag"}
// ("flag" = any action other than allow) and prints per-category counts, the
// misclassified lines and, last, precision / recall / F1 / false-positive rate
// with "flag" as the positive class.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { evaluateMessage } from "../lib/moderation/evaluate-message";
import { CATEGORIES, type Category } from "../lib/moderation/categories";
import { PRESETS } from "../lib/moderation/rule-sets";

const Line = z.object({ text: z.string(), expected: z.enum(["allow", "flag"]) });

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run moderation:eval -- <file.jsonl>");
  process.exit(2);
}

const rows = readFileSync(file, "utf8")
  .split("\n")
  .map((line, i) => ({ line, number: i + 1 }))
  .filter(({ line }) => line.trim());

let tp = 0, fp = 0, tn = 0, fn = 0;
const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
const wrong: string[] = [];
for (const { line, number } of rows) {
  let parsed;
  try {
    parsed = Line.parse(JSON.parse(line));
  } catch {
    console.error(`line ${number}: not {"text": string, "expected": "allow" | "flag"}: ${line.slice(0, 80)}`);
    process.exit(2);
  }
  const result = evaluateMessage(parsed.text, PRESETS.standard);
  const flagged = result.action !== "ALLOW";
  for (const f of result.findings) byCategory[f.category]++;
  if (flagged && parsed.expected === "flag") tp++;
  else if (flagged) fp++;
  else if (parsed.expected === "flag") fn++;
  else tn++;
  if (flagged !== (parsed.expected === "flag")) {
    wrong.push(`  line ${number}: expected ${parsed.expected}, got ${result.action.toLowerCase()}${result.findings.length ? ` (${result.findings.map((f) => f.category).join(", ")})` : ""}: ${parsed.text}`);
  }
}

console.log(`${rows.length} lines: ${tp + fn} labelled flag, ${tn + fp} labelled allow`);
console.log("findings by category:");
for (const c of CATEGORIES) console.log(`  ${c.padEnd(15)} ${byCategory[c]}`);
console.log(`misclassified (${wrong.length}):`);
for (const w of wrong) console.log(w);
const precision = tp + fp ? tp / (tp + fp) : 0;
const recall = tp + fn ? tp / (tp + fn) : 0;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
const fpr = fp + tn ? fp / (fp + tn) : 0;
console.log(`precision=${precision.toFixed(4)} recall=${recall.toFixed(4)} f1=${f1.toFixed(4)} false_positive_rate=${fpr.toFixed(4)}`);
