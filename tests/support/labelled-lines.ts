// Every labelled line in tests/moderation (about 11,000, hostile and calm, every batch), for the
// unit tests that check a property of the engine on all of them rather than on examples.
import { readFileSync, readdirSync } from "node:fs";

export function labelledTexts(): string[] {
  return readdirSync("tests/moderation")
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) =>
      readFileSync(`tests/moderation/${f}`, "utf8")
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
}
