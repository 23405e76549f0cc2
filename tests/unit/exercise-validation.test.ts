import { describe, expect, it } from "vitest";
import { ExerciseContentSchema, PromptsSchema, STRATEGIES, type Prompt } from "@/lib/exercises/definition";
import { answerText, validateAnswers } from "@/lib/exercises/validate-answers";
import { BUILT_IN_EXERCISES } from "@/lib/exercises/built-in-library";

const short: Prompt = { type: "SHORT_TEXT", id: "short", label: "Short", required: true, maxLength: 10 };
const optionalShort: Prompt = { ...short, id: "opt", required: false };
const long: Prompt = { type: "LONG_TEXT", id: "long", label: "Long", required: true, minLength: 5, maxLength: 20 };
const scale: Prompt = { type: "SCALE", id: "hope", label: "Hope", required: true, min: 1, max: 10 };
const checklist: Prompt = {
  type: "CHECKLIST",
  id: "tick",
  label: "Tick",
  required: true,
  options: ["a", "b", "c"],
  minChecked: 2,
};
const list: Prompt = {
  type: "LIST",
  id: "three",
  label: "Three",
  required: true,
  minItems: 3,
  maxItems: 3,
  itemMaxLength: 8,
};

const errorsFor = (prompt: Prompt, value: unknown) => {
  const result = validateAnswers([prompt], value === undefined ? {} : { [prompt.id]: value });
  return result.ok ? [] : result.errors[prompt.id];
};
const valueFor = (prompt: Prompt, value: unknown) => {
  const result = validateAnswers([prompt], { [prompt.id]: value });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.answers[prompt.id];
};

describe("short text", () => {
  it("requires an answer when required, ignoring blank space", () => {
    expect(errorsFor(short, undefined)).toEqual(["Please answer this one."]);
    expect(errorsFor(short, "   ")).toEqual(["Please answer this one."]);
  });
  it("trims and accepts up to the limit", () => expect(valueFor(short, "  0123456789 ")).toBe("0123456789"));
  it("refuses more than the limit and says how many they have", () =>
    expect(errorsFor(short, "01234567890")).toEqual(["That's a bit long. Keep it under 10 characters (you have 11)."]));
  it("leaves an empty optional answer out", () => {
    expect(validateAnswers([optionalShort], { opt: "" })).toEqual({ ok: true, answers: {} });
    expect(validateAnswers([optionalShort], {})).toEqual({ ok: true, answers: {} });
  });
  it("refuses a value of the wrong type", () =>
    expect(errorsFor(short, 5)).toEqual(["This answer doesn't look right. Please try it again."]));
});

describe("long text", () => {
  it("asks for more below the minimum length", () =>
    expect(errorsFor(long, "abcd")).toEqual(["Write a little more: at least 5 characters (you have 4)."]));
  it("accepts the minimum and the maximum", () => {
    expect(valueFor(long, "abcde")).toBe("abcde");
    expect(valueFor(long, "x".repeat(20))).toBe("x".repeat(20));
  });
  it("refuses above the maximum", () => expect(errorsFor(long, "x".repeat(21))).toHaveLength(1));
  it("does not apply the minimum to an empty optional answer", () =>
    expect(validateAnswers([{ ...long, required: false }], { long: "" })).toEqual({ ok: true, answers: {} }));
});

describe("scale", () => {
  it("accepts both ends of the range and numeric strings from a form", () => {
    expect(valueFor(scale, 1)).toBe(1);
    expect(valueFor(scale, 10)).toBe(10);
    expect(valueFor(scale, " 7 ")).toBe(7);
  });
  it("refuses values outside the range, fractions and words", () => {
    for (const bad of [0, 11, 5.5, "seven", true, [3]])
      expect(errorsFor(scale, bad)).toEqual(["Pick a number from 1 to 10."]);
  });
  it("requires a value when required and not when optional", () => {
    expect(errorsFor(scale, undefined)).toEqual(["Pick a number from 1 to 10."]);
    expect(errorsFor(scale, "")).toEqual(["Pick a number from 1 to 10."]);
    expect(validateAnswers([{ ...scale, required: false }], { hope: "" })).toEqual({ ok: true, answers: {} });
  });
  it("honours a custom range", () =>
    expect(errorsFor({ ...scale, min: 0, max: 4 }, 5)).toEqual(["Pick a number from 0 to 4."]));
});

describe("checklist", () => {
  it("needs at least the minimum number of ticks", () =>
    expect(errorsFor(checklist, ["a"])).toEqual(["Tick at least 2 (you have 1)."]));
  it("counts a duplicate tick once and keeps the form's order", () => {
    expect(errorsFor(checklist, ["a", "a"])).toEqual(["Tick at least 2 (you have 1)."]);
    expect(valueFor(checklist, ["c", "a"])).toEqual(["a", "c"]);
  });
  it("refuses a choice that is not an option", () =>
    expect(errorsFor(checklist, ["a", "z"])).toEqual([
      "One of those choices isn't on the list. Please tick them again.",
    ]));
  it("requires one tick when required with no minimum", () =>
    expect(errorsFor({ ...checklist, minChecked: 0 }, [])).toEqual(["Tick at least one."]));
  it("allows nothing ticked when optional, but applies the minimum once something is", () => {
    const optional: Prompt = { ...checklist, required: false };
    expect(validateAnswers([optional], { tick: [] })).toEqual({ ok: true, answers: {} });
    expect(errorsFor(optional, ["b"])).toEqual(["Tick at least 2 (you have 1)."]);
  });
  it("refuses a value that is not a list of choices", () => expect(errorsFor(checklist, "a")).toHaveLength(1));
});

describe("list of N items", () => {
  it("needs the minimum number of filled items, ignoring blank ones", () =>
    expect(errorsFor(list, ["one", " ", "two"])).toEqual(["Write 3 of them (you have 2 so far)."]));
  it("trims and accepts exactly N", () =>
    expect(valueFor(list, [" one", "two ", "three"])).toEqual(["one", "two", "three"]));
  it("refuses more than the maximum", () =>
    expect(errorsFor(list, ["a", "b", "c", "d"])).toEqual(["Write at most 3 (you have 4)."]));
  it("names the item that is too long", () =>
    expect(errorsFor(list, ["a", "123456789", "c"])).toEqual([
      "Number 2 is a bit long. Keep each one under 8 characters.",
    ]));
  it("allows an empty optional list", () =>
    expect(validateAnswers([{ ...list, required: false }], { three: ["", ""] })).toEqual({ ok: true, answers: {} }));
  it("refuses something that is not a list of text", () => expect(errorsFor(list, [1, 2, 3])).toHaveLength(1));
});

describe("a whole form", () => {
  const prompts = [short, long, scale, checklist, list];
  it("returns an error for every prompt that needs one, keyed by prompt", () => {
    const result = validateAnswers(prompts, { short: "ok", long: "no", hope: 12 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["hope", "long", "three", "tick"]);
  });
  it("drops answers to prompts the exercise does not have", () => {
    const result = validateAnswers([scale], { hope: 4, extra: "sneaky" });
    expect(result).toEqual({ ok: true, answers: { hope: 4 } });
  });
  it("treats a non-object as no answers at all", () => {
    for (const input of [null, "x", 3, ["a"]])
      expect(validateAnswers([scale], input)).toEqual({ ok: false, errors: { hope: ["Pick a number from 1 to 10."] } });
  });
  it("writes answers as plain text for the review", () => {
    expect(answerText(scale, 7)).toBe("7 of 10");
    expect(answerText(list, ["a", "b"])).toBe("a; b");
    expect(answerText(short, undefined)).toBe("—");
  });
});

describe("exercise definitions", () => {
  it("refuse impossible limits", () => {
    expect(PromptsSchema.safeParse([{ ...long, minLength: 30 }]).success).toBe(false);
    expect(PromptsSchema.safeParse([{ ...scale, min: 5, max: 5 }]).success).toBe(false);
    expect(PromptsSchema.safeParse([{ ...checklist, minChecked: 4 }]).success).toBe(false);
    expect(PromptsSchema.safeParse([{ ...list, minItems: 4 }]).success).toBe(false);
    expect(PromptsSchema.safeParse([short, { ...long, id: "short" }]).success).toBe(false);
    expect(PromptsSchema.safeParse([]).success).toBe(false);
  });
  it("the built-in library parses and has at least two exercises for each of the seven strategies", () => {
    // The schema ignores the extra `key`.
    for (const exercise of BUILT_IN_EXERCISES) expect(ExerciseContentSchema.safeParse(exercise).error).toBeUndefined();
    for (const strategy of STRATEGIES)
      expect(BUILT_IN_EXERCISES.filter((e) => e.strategy === strategy).length).toBeGreaterThanOrEqual(2);
    expect(new Set(BUILT_IN_EXERCISES.map((e) => e.key)).size).toBe(BUILT_IN_EXERCISES.length);
  });
});
