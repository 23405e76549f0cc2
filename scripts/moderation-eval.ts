// `npm run moderation:eval -- <file.jsonl>`: runs the engine with the standard
// preset over labelled lines {"text": "...", "expected": "allow" | "flag"}
// (extra fields such as "category" and "voice" are allowed and, when present,
// give recall per category and per voice) and prints findings per category,
// the misclassified lines and, last, precision / recall / F1 / false-positive
// rate with "flag" as the positive class.
import { readFileSync } from "node:fs";
import { evaluateMessage } from "../lib/moderation/evaluate-message";
import { CATEGORIES, type Category } from "../lib/moderation/categories";
import { PRESETS } from "../lib/moderation/rule-sets";
import { LabelledLine, summarize, type Outcome } from "./moderation-metrics";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run moderation:eval -- <file.jsonl>");
  process.exit(2);
}

const rows = readFileSync(file, "utf8")
  .split("\n")
  .map((line, i) => ({ line, number: i + 1 }))
  .filter(({ line }) => line.trim());

const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
const wrong: string[] = [];
const outcomes: Outcome[] = [];
for (const { line, number } of rows) {
  let parsed;
  try {
    parsed = LabelledLine.parse(JSON.parse(line));
  } catch {
    console.error(`line ${number}: not {"text": string, "expected": "allow" | "flag"}: ${line.slice(0, 80)}`);
    process.exit(2);
  }
  const result = evaluateMessage(parsed.text, PRESETS.standard);
  const flagged = result.action !== "ALLOW";
  for (const f of result.findings) byCategory[f.category]++;
  outcomes.push({ line: parsed, flagged, found: result.findings.map((f) => f.category) });
  if (flagged !== (parsed.expected === "flag")) {
    const label = parsed.category ? ` [${parsed.category}${parsed.voice ? `, ${parsed.voice}` : ""}]` : "";
    wrong.push(
      `  line ${number}: expected ${parsed.expected}${label}, got ${result.action.toLowerCase()}${result.findings.length ? ` (${result.findings.map((f) => f.category).join(", ")})` : ""}: ${parsed.text}`,
    );
  }
}

const flags = outcomes.filter((o) => o.line.expected === "flag").length;
console.log(`${rows.length} lines: ${flags} labelled flag, ${rows.length - flags} labelled allow`);
console.log("findings by category:");
for (const c of CATEGORIES) console.log(`  ${c.padEnd(15)} ${byCategory[c]}`);
console.log(`misclassified (${wrong.length}):`);
for (const w of wrong) console.log(w);
console.log(summarize(outcomes));
