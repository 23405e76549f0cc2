// Checks a member's answers against an exercise's prompts. Pure and client-safe:
// the form shows the same errors before sending that the server gives after.
// Messages are written for a teenager, one or two per prompt.
import type { Answer, Answers, Prompt } from "./definition";

export type AnswerErrors = Record<string, string[]>;
export type ValidationResult = { ok: true; answers: Answers } | { ok: false; errors: AnswerErrors };

const WRONG_SHAPE = "This answer doesn't look right. Please try it again.";

export function validateAnswers(prompts: readonly Prompt[], input: unknown): ValidationResult {
  const given: Record<string, unknown> =
    input && typeof input === "object" && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const answers: Answers = {};
  const errors: AnswerErrors = {};
  for (const prompt of prompts) {
    const outcome = checkPrompt(prompt, Object.hasOwn(given, prompt.id) ? given[prompt.id] : undefined);
    if ("error" in outcome) errors[prompt.id] = [outcome.error];
    else if (outcome.value !== undefined) answers[prompt.id] = outcome.value;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answers };
}

type Outcome = { value: Answer | undefined } | { error: string };

function checkPrompt(prompt: Prompt, raw: unknown): Outcome {
  switch (prompt.type) {
    case "SHORT_TEXT":
    case "LONG_TEXT": {
      if (raw !== undefined && raw !== null && typeof raw !== "string") return { error: WRONG_SHAPE };
      const text = (raw ?? "").trim();
      if (!text) return prompt.required ? { error: "Please answer this one." } : { value: undefined };
      if (prompt.type === "LONG_TEXT" && text.length < prompt.minLength)
        return { error: `Write a little more: at least ${prompt.minLength} characters (you have ${text.length}).` };
      if (text.length > prompt.maxLength)
        return { error: `That's a bit long. Keep it under ${prompt.maxLength} characters (you have ${text.length}).` };
      return { value: text };
    }
    case "SCALE": {
      const range = `Pick a number from ${prompt.min} to ${prompt.max}.`;
      if (raw === undefined || raw === null || raw === "")
        return prompt.required ? { error: range } : { value: undefined };
      const value =
        typeof raw === "number"
          ? raw
          : typeof raw === "string" && /^-?\d+$/.test(raw.trim())
            ? Number(raw.trim())
            : NaN;
      if (!Number.isInteger(value) || value < prompt.min || value > prompt.max) return { error: range };
      return { value };
    }
    case "CHECKLIST": {
      if (raw !== undefined && raw !== null && !isStringArray(raw)) return { error: WRONG_SHAPE };
      const ticked = [...new Set(raw ?? [])];
      if (ticked.some((t) => !prompt.options.includes(t)))
        return { error: "One of those choices isn't on the list. Please tick them again." };
      const needed = Math.max(prompt.minChecked, prompt.required ? 1 : 0);
      if (ticked.length === 0 && !prompt.required) return { value: undefined };
      if (ticked.length < needed)
        return { error: needed === 1 ? "Tick at least one." : `Tick at least ${needed} (you have ${ticked.length}).` };
      // Keep the form's order, whatever order they were ticked in.
      return { value: prompt.options.filter((o) => ticked.includes(o)) };
    }
    case "LIST": {
      if (raw !== undefined && raw !== null && !isStringArray(raw)) return { error: WRONG_SHAPE };
      const items = (raw ?? []).map((i) => i.trim()).filter(Boolean);
      if (items.length === 0 && !prompt.required) return { value: undefined };
      if (items.length > prompt.maxItems)
        return { error: `Write at most ${prompt.maxItems} (you have ${items.length}).` };
      const tooLong = items.findIndex((i) => i.length > prompt.itemMaxLength);
      if (tooLong >= 0)
        return {
          error: `Number ${tooLong + 1} is a bit long. Keep each one under ${prompt.itemMaxLength} characters.`,
        };
      if (items.length < prompt.minItems)
        return { error: `Write ${prompt.minItems} of them (you have ${items.length} so far).` };
      return { value: items };
    }
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

/** An answer as plain text, for the counselor's review, emails and text alternatives. */
export function answerText(prompt: Prompt, answer: Answer | undefined): string {
  if (answer === undefined) return "—";
  if (prompt.type === "SCALE") return `${answer} of ${prompt.max}`;
  if (Array.isArray(answer)) return answer.join("; ");
  return String(answer);
}
