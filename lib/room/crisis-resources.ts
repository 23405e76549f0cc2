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

export type CrisisSegment = { text: string; href?: string };

// A web address (with or without its scheme) or a phone number of 3 to 15 digits, which may be
// written with spaces, dashes, dots or brackets ("988", "555-0100", "+44 (0)800 1111").
const LINKABLE =
  /(https?:\/\/[^\s]+[^\s.,;:!?)]|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:org|com|net|gov|edu|info|io|uk|ca|au|nz|ie)\b(?:\/[^\s]*[^\s.,;:!?)])?)|(\+?\d[\d ().-]*\d|\d)/gi;

/**
 * The crisis lines as text with tappable links: on a phone, a number is one tap away from a
 * call and an address from the page, when typing them would be too much.
 */
export function crisisLinks(text: string): CrisisSegment[] {
  const segments: CrisisSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(LINKABLE)) {
    const [whole, web, phone] = match;
    const at = match.index;
    let href: string | undefined;
    if (web) href = /^https?:\/\//i.test(web) ? web : `https://${web}`;
    else if (phone) {
      const digits = phone.replace(/[^\d+]/g, "");
      const count = digits.replace("+", "").length;
      if (count >= 3 && count <= 15) href = `tel:${digits}`;
    }
    if (!href) continue;
    if (at > last) segments.push({ text: text.slice(last, at) });
    segments.push({ text: whole, href });
    last = at + whole.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
