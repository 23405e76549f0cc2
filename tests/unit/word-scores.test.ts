import { describe, expect, it } from "vitest";
import { SHIPPED_MODEL, evaluateWithModel, findByRules } from "@/lib/moderation/evaluate-message";
import {
  WordScorePool,
  decodeWordScores,
  scoreMessage,
  wordScoreLogit,
  type Model,
  type WordScores,
} from "@/lib/moderation/learned-model";
import { speaksOfAnother } from "@/lib/moderation/message-features";
import { prepareText } from "@/lib/moderation/prepare-text";

/** Word scores as training writes them: four signed bytes per word, one scale per column. */
function scores(rows: Record<string, [number, number, number, number]>, mean = false): WordScores {
  const words = Object.keys(rows);
  const bytes = words.flatMap((w) => rows[w]).map((b) => (b < 0 ? b + 256 : b));
  return {
    words: words.join(" "),
    scale: [0.1, 0.1, 0.1, 0.1],
    data: btoa(String.fromCharCode(...bytes)),
    mean,
  };
}

describe("word scores (what the model learned from pretrained word vectors)", () => {
  it("decodes four signed bytes per word times each column's scale", () => {
    const d = decodeWordScores(scores({ dimwit: [10, -20, 30, 127], tea: [-128, 0, 0, -1] }));
    expect(d.index.get("dimwit")).toBe(0);
    expect([...d.values].map((x) => Math.round(x * 10) / 10)).toEqual([1, -2, 3, 12.7, -12.8, 0, 0, -0.1]);
  });

  it("adds the general score, or the negated one under a negation, plus the 'at you' score, and the highest peak above zero", () => {
    const pool = new WordScorePool(
      decodeWordScores(scores({ dimwit: [10, -20, 30, 40], nice: [-5, 5, 0, -10], tea: [1, 0, 0, 5] })),
    );
    pool.add("dimwit", false, "you"); // 1 + 3, peak 4
    pool.add("nice", true, "self"); // negated: 0.5, no peak under a negation
    pool.add("tea", false, "thing"); // 0.1, peak 0.5 is lower
    pool.add("unknown", false, "thing");
    expect(pool.total()).toBeCloseTo(1 + 3 + 0.5 + 0.1 + 4, 5);
    pool.reset();
    pool.add("nice", false, "thing"); // a negative peak counts as nothing
    expect(pool.total()).toBeCloseTo(-0.5, 5);
  });

  it("averages over every word of the message when trained that way", () => {
    const pool = new WordScorePool(decodeWordScores(scores({ dimwit: [10, 0, 0, 0] }, true)));
    for (const w of ["you", "are", "a", "dimwit"]) pool.add(w, false, "you");
    expect(pool.total()).toBeCloseTo(0.25, 5);
  });

  it("reaches the same log-odds on the hot path and walked on its own", () => {
    const model: Model = {
      threshold: 0.5,
      veto: 0,
      categories: ["INSULT"],
      weights: { bias: [-1, 0] },
      vectors: scores({ dimwit: [10, -20, 30, 40], nice: [-5, 5, 0, -10] }),
    };
    const text = "you're a dimwit, not nice at all";
    const p = prepareText(text);
    expect(scoreMessage(model, p, text)).toBeCloseTo(1 / (1 + Math.exp(1 - wordScoreLogit(model, p, text))), 12);
  });

  it("lets the model flag and point at a word no labelled line ever used", () => {
    const model: Model = {
      threshold: 0.5,
      veto: 0,
      categories: ["INSULT"],
      weights: { bias: [-2, 0] },
      vectors: scores({ nincompoop: [0, 0, 0, 60] }),
    };
    const text = "that plan was nincompoop stuff honestly";
    expect(findByRules(text).found.size).toBe(0);
    const evaluation = evaluateWithModel(model, text);
    expect(evaluation.findings.map((f) => f.category)).toEqual(["INSULT"]);
    expect(evaluation.findings[0].spans).toEqual([{ start: 14, end: 24 }]);
    expect(evaluateWithModel(model, "that plan was good stuff honestly").action).toBe("ALLOW");
  });
});

describe("who is at risk (the model alone and the self-harm path)", () => {
  it("reads a sender acting on someone else", () => {
    expect(speaksOfAnother("i don't know how to reach him anymore. i keep trying")).toBe(true);
    expect(speaksOfAnother("i keep calling her and she won't pick up")).toBe(true);
  });
  it.each([
    "gave jake my switch and all my hoodies, i won't need them",
    "like what is the point of trying in school if i end up like her anyway",
    "tell lily she can have my room",
    "i'm so tired of existing",
  ])("does not take %j for worry about someone else", (text) => {
    expect(speaksOfAnother(prepareText(text).text)).toBe(false);
  });
  it("keeps a worried parent off the safety path even when the model finds self-harm most likely", () => {
    const model: Model = {
      threshold: 0.5,
      veto: 0,
      categories: ["SELF_HARM", "STONEWALLING"],
      weights: { "w:trying": [6, 5, 1], "w:answers": [2, 5, 1] },
    };
    const parent = evaluateWithModel(
      model,
      "I don't know how to reach him anymore. I keep trying and I get one-word answers.",
    );
    expect(parent.findings.map((f) => f.category)).toEqual(["STONEWALLING"]);
    expect(parent.action).toBe("NUDGE");
    // The same model still sends a sender who may be at risk down the safety path.
    const atRisk = evaluateWithModel(model, "I keep trying and I get one-word answers.");
    expect(atRisk.findings.map((f) => f.category)).toEqual(["SELF_HARM"]);
    expect(atRisk.action).toBe("HOLD");
  });
  it("the shipped engine does not put the worried parent on the safety path", () => {
    const e = evaluateWithModel(
      SHIPPED_MODEL,
      "I don't know how to reach him anymore. I keep trying and I get one-word answers.",
    );
    expect(e.findings.map((f) => f.category)).not.toContain("SELF_HARM");
    expect(e.action).not.toBe("HOLD");
  });
});
