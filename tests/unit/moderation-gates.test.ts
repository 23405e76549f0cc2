import { describe, expect, it } from "vitest";
import { ALL_RULES, PRECHECKS } from "@/lib/moderation/evaluate-message";
import { prepareText } from "@/lib/moderation/prepare-text";
import { PrecheckScanner, requiredStrings } from "@/lib/moderation/rule-precheck";
import { labelledTexts } from "../support/labelled-lines";

// A rule's pre-check (`needs` in lib/moderation/lexicon.ts) skips its expression when the text
// holds none of the strings the expression cannot match without. A pre-check that is too narrow
// would silently lose findings, so on every labelled line (about 11,000, hostile and calm) every
// match of a gated rule's expression must pass its pre-check.
describe("rule pre-checks", () => {
  const texts = labelledTexts();
  const gated = ALL_RULES.flatMap((rule, i) => (PRECHECKS[i] ? [{ rule, needs: PRECHECKS[i] }] : []));

  it("are in front of most rules", () => {
    expect(gated.length).toBeGreaterThanOrEqual(50);
  });

  it("never skip a rule whose expression matches a labelled line", { timeout: 60_000 }, () => {
    let matched = 0;
    const lost: string[] = [];
    for (const text of texts) {
      const prepared = prepareText(text).text;
      for (const { rule, needs } of gated) {
        rule.re.lastIndex = 0;
        const m = rule.re.exec(prepared);
        rule.re.lastIndex = 0;
        if (!m || m[0].length === 0) continue;
        matched++;
        if (!needs.some((n) => prepared.includes(n))) lost.push(`${rule.re.source.slice(0, 40)} ← ${text}`);
      }
    }
    expect(lost).toEqual([]);
    // The check means something only if the gated expressions match somewhere.
    expect(matched).toBeGreaterThan(100);
  });
});

describe("the pre-check scanner", () => {
  const texts = labelledTexts().map((text) => prepareText(text).text);
  it("says what a substring search for each rule's strings says, on every labelled line", { timeout: 60_000 }, () => {
    const scanner = new PrecheckScanner(PRECHECKS);
    let disagreements = 0;
    for (const text of texts) {
      const pass = scanner.scan(text);
      PRECHECKS.forEach((needs, r) => {
        if (pass[r] !== (!needs || needs.some((n) => text.includes(n)) ? 1 : 0)) disagreements++;
      });
    }
    expect(disagreements).toBe(0);
  });
  it("finds strings that overlap or sit inside one another", () => {
    const scanner = new PrecheckScanner([["she", "hers"], ["he"], ["his"], null, ["xyz"]]);
    expect([...scanner.scan("ushers")]).toEqual([1, 1, 0, 1, 0]);
    expect([...scanner.scan("this")]).toEqual([0, 0, 1, 1, 0]);
    expect([...scanner.scan("")]).toEqual([0, 0, 0, 1, 0]);
  });
});

describe("strings read off an expression", () => {
  it.each<[RegExp, string[] | null]>([
    [
      /\bi (?:can|could) (?:just )?cancel/g,
      ["i can cancel", "i can just cancel", "i could cancel", "i could just cancel"],
    ],
    [/\b(?:you|u) won't (?:hear|see) from me/g, ["u won't hear from me", "u won't see from me"]],
    [/(?:great|nice)? job,? (?:mom|dad)/g, [" job dad", " job mom", " job, dad", " job, mom"]],
    // Nine words times an optional comma is 18 strings: the whole phrase is still a small enough set.
    [
      /\bsame (?:speech|story),? different day\b/g,
      [
        "same speech different day",
        "same speech, different day",
        "same story different day",
        "same story, different day",
      ],
    ],
    // Too many combinations for the whole: the longest run that stays a small set.
    [
      /\b(?:a|b|c|d|e|f)(?:g|h|i|j|k|l)(?:m|n|o|p|q|r) different day\b/g,
      [
        "m different day",
        "n different day",
        "o different day",
        "p different day",
        "q different day",
        "r different day",
      ],
    ],
    [/\b(?:a|b)?\s*(?:x|y)\b/g, null],
    [/(?:^|[.!?]\s+)([a-z]+)\s*[.!]+/g, null],
    [/\bwow\b|\bok\b/g, ["ok", "wow"]],
    [/\bwow\b|\bk\b/g, null],
    [/(🙄|😒)/gu, ["🙄", "😒"]],
  ])("%s", (re, expected) => {
    const got = requiredStrings(re);
    expect(got ? [...got].sort() : null).toEqual(expected ? [...expected].sort() : null);
  });
});
