// What a member who writes about self-harm sees at once, before anyone else
// reads a word: a caring message and crisis lines. Each counselor can replace
// the lines with their own (their country, their practice's on-call number).
// Client-safe: no server imports.

export const CRISIS_RESOURCES_MAX = 1000;

export const DEFAULT_CRISIS_RESOURCES =
  "In the United States you can call or text 988 (the 988 Suicide & Crisis Lifeline) any time, day or night, or chat at 988lifeline.org. If you are in danger right now, call 911.";

export const CARING_MESSAGE =
  "Thank you for telling us. It sounds like you are carrying something really heavy, and you don't have to carry it alone. Your counselor has been told and will check in with you privately.";

/** The text offered to check in, sent by the counselor's one-click check-in. */
export const CHECK_IN_TEXT =
  "I saw what you wrote and I'm here for you. Can we talk privately for a minute? You're not in trouble.";

export function crisisResourcesOf(setting: string | null | undefined): string {
  return setting?.trim() ? setting.trim() : DEFAULT_CRISIS_RESOURCES;
}
