import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { SHIPPED_MODEL } from "@/lib/moderation/evaluate-message";
import {
  flagProbability,
  likeliestCategory,
  scoreMessage,
  wordScoreLogit,
  type Model,
} from "@/lib/moderation/learned-model";
import { evaluateWithModel } from "@/lib/moderation/evaluate-message";
import { messageFeatures } from "@/lib/moderation/message-features";
import { prepareText } from "@/lib/moderation/prepare-text";

const featuresOf = (text: string) => new Set(messageFeatures(prepareText(text), text, []));

// What the learned model reads: word classes and their skeleton, not phrases. Each shape has
// the message it must describe and a calm look-alike it must describe differently.
describe("word classes and the clause skeleton", () => {
  it("reads a put-down aimed at you as you + intensifier + strong negative word", () => {
    expect(featuresOf("you're such a disappointment")).toContain("kt:Y_INT_N3");
    expect(featuresOf("ur such a disappointment")).toContain("kt:Y_INT_N3");
    expect(featuresOf("I'm such a disappointment")).not.toContain("kt:Y_INT_N3");
  });

  it("flips a word's valence class under negation", () => {
    const insult = featuresOf("you're not smart");
    expect(insult).toContain("k:N1@you");
    expect(insult).not.toContain("k:P1@you");
    // "you're not stupid" is reassurance: the strong negative word becomes a strong positive.
    const reassurance = featuresOf("you're not stupid");
    expect(reassurance).toContain("k:P3@you");
    expect(reassurance).not.toContain("k:N3@you");
  });

  it("stops a negation where a new subject starts", () => {
    const f = featuresOf("you never forget to call, I love that");
    expect(f).toContain("k:P3@self");
    expect(f).not.toContain("k:N3@self");
  });

  it("sees the first person meet leaving or ending in one clause, whatever the words", () => {
    expect(featuresOf("you won't have to deal with me much longer")).toContain("kc:GONE&NEG");
    expect(featuresOf("i won't be around much longer")).toContain("kc:GONE&I");
    expect(featuresOf("I'm giving my guitar to Sam, I won't need it")).toContain("kc:GIVE&I");
    // The same classes apart, in clauses about other things, do not meet.
    const calm = featuresOf("I'm home, the movie ran longer");
    expect(calm).not.toContain("kc:GONE&I");
  });

  it("marks the future and the condition of an ultimatum", () => {
    const f = featuresOf("if you talk to me like that again you'll be packing your bags");
    expect(f).toContain("k:FUT@you");
    expect(f).toContain("k:IF@you");
    expect(featuresOf("we'll pack the bags tonight")).not.toContain("k:IF@thing");
  });

  it("names the clause's first word's class, so orders and questions have a shape", () => {
    expect(featuresOf("why are you like this")).toContain("first:Q");
    expect(featuresOf("maybe we can talk later")).toContain("first:HEDGE");
  });

  it("keeps word bigrams within a clause, never across one", () => {
    expect(featuresOf("thanks a lot")).toContain("b:thanks_a");
    expect(featuresOf("fine. whatever")).not.toContain("b:fine_whatever");
  });
});

describe("message shapes", () => {
  it("sees praise standing alone as a sentence", () => {
    expect(featuresOf("Amazing. Truly.")).toContain("shape:bare-praise");
    expect(featuresOf("Amazing, thank you so much for the ride home tonight")).not.toContain("shape:bare-praise");
  });

  it("sees warmth aimed at you next to a put-down", () => {
    expect(featuresOf("great job, you ruined dinner")).toContain("mix:pos@you+neg");
    expect(featuresOf("great job on the test, you earned it")).not.toContain("mix:pos@you+neg");
    expect(featuresOf("ugh I'm so tired but the party was great")).not.toContain("mix:pos@you+neg");
  });

  it("reads trailing dots and all-lowercase typing", () => {
    expect(featuresOf("sure...")).toContain("shape:ellipsis");
    expect(featuresOf("sure, see you then")).not.toContain("shape:ellipsis");
    expect(featuresOf("ok whatever you say")).toContain("shape:lowercase");
    expect(featuresOf("Ok, see you at Mom's")).not.toContain("shape:lowercase");
  });

  it("leaves out which rules fired unless asked, so the model judges the words alone", () => {
    const f = messageFeatures(prepareText("you're so lazy"), "you're so lazy", ["INSULT"]);
    expect(f).toContain("rule:INSULT");
    expect(featuresOf("you're so lazy")).not.toContain("rule:INSULT");
  });
});

describe("the compiled scoring path", () => {
  // Over every labelled message (about 6,000): a generous timeout for a loaded machine, not a speed check.
  it("gives every labelled message the same probability as the feature names do", { timeout: 60_000 }, () => {
    const model = SHIPPED_MODEL;
    let compared = 0;
    for (const file of readdirSync("tests/moderation")) {
      for (const line of readFileSync(`tests/moderation/${file}`, "utf8").trim().split("\n")) {
        const text = (JSON.parse(line) as { text: string }).text;
        const prepared = prepareText(text);
        expect(scoreMessage(model, prepared, text)).toBeCloseTo(
          flagProbability(model, messageFeatures(prepared, text, []), [], wordScoreLogit(model, prepared, text)),
          12,
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(2500);
  });

  it("reads every kind of feature the model may hold", () => {
    // One weight per kind; a message holding each must add them all up.
    const text = "you're such a disappointment, I won't be around much longer";
    const names = messageFeatures(prepareText(text), text, []);
    const kinds = ["bias", "w:", "b:", "first:", "k:", "kb:", "kt:", "kc:", "target:", "caps:", "len:"];
    const picked = kinds.map((k) => names.find((n) => n.startsWith(k))!);
    expect(picked.every(Boolean)).toBe(true);
    const model: Model = {
      threshold: 1,
      veto: 0,
      categories: ["CONTEMPT"],
      weights: Object.fromEntries(picked.map((n, i) => [n, [0.1 * (i + 1), 0]])),
    };
    expect(scoreMessage(model, prepareText(text), text)).toBeCloseTo(flagProbability(model, names), 12);
  });

  it("never names swearing, a slur or shouting on its own: those are letters on the page, found by the rules", () => {
    // A model that finds a calm sentence most like swearing must name the likeliest other category.
    const model: Model = {
      threshold: 0.5,
      veto: 0,
      categories: ["PROFANITY", "SHOUTING", "SLUR", "BLAME"],
      weights: { "w:lost": [5, 9, 8, 7, 1], "w:son": [5, 9, 8, 7, 1] },
    };
    expect(likeliestCategory(model, ["w:lost", "w:son"])).toBe("BLAME");
    const text = "I feel like I've lost my son and I don't know what to do";
    const evaluation = evaluateWithModel(model, text);
    expect(evaluation.findings.map((f) => f.category)).toEqual(["BLAME"]);
  });

  it("can nudge but never hold on its own: a hold needs a rule's evidence (self-harm keeps its safety path)", () => {
    const words = { "w:phone": [9, 5, 1], "w:back": [9, 5, 1] };
    const threat: Model = { threshold: 0.5, veto: 0, categories: ["THREAT", "BLAME"], weights: words };
    const evaluation = evaluateWithModel(threat, "Give me my phone back please");
    expect(evaluation.findings.map((f) => f.category)).toEqual(["THREAT"]);
    expect(evaluation.action).toBe("NUDGE");
    const selfHarm: Model = { threshold: 0.5, veto: 0, categories: ["SELF_HARM", "BLAME"], weights: words };
    expect(evaluateWithModel(selfHarm, "Give me my phone back please").action).toBe("HOLD");
  });
});

describe("numbers", () => {
  // "1" and "5" had learned opposite weights from a handful of lines each and flagged "client 1 message 0".
  it("reads every number as the same word", () => {
    const features = featuresOf("client 1 message 0");
    expect(features.has("w:#")).toBe(true);
    expect(features.has("w:1")).toBe(false);
    expect(features.has("b:client_#")).toBe(true);
    expect(featuresOf("from Laura 5")).toEqual(featuresOf("from Laura 3"));
  });
});
