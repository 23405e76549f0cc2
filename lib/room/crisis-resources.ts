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

// What may be tapped in the crisis lines. Written to link too little rather than a wrong number:
// - an email address (mailto:), before any web address inside it;
// - a web address, with or without its scheme;
// - a phone number: an optional "+44" (with "(0)", dropped when dialling), an optional "(800)",
//   a first group of 1-12 digits and further groups of 3-5 digits after one space, dash or dot.
//   "988 24 hours", "13-19", "10.00-18.00" and "since 2024" give no wrong number: a group of
//   1-2 digits never joins, and a lone number must be a 3-digit short code or 5 digits or more.
const EMAIL = String.raw`[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+`;
const WEB = String.raw`https?:\/\/[^\s]+[^\s.,;:!?)]|(?<![@\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:org|com|net|gov|edu|info|io|uk|ca|au|nz|ie)\b(?:\/[^\s]*[^\s.,;:!?)])?`;
const PHONE = String.raw`(?<![\w.+/-])(?:\+\d{1,3} ?(?:\(0\) ?)?)?(?:\(\d{2,5}\) ?)?\d{1,12}(?:[ .-]\d{3,5})*(?![\w/]|[.-]\d)`;
const LINKABLE = new RegExp(`(${EMAIL})|(${WEB})|(${PHONE})`, "gi");

function phoneHref(phone: string): string | undefined {
  const grouped = /[ .()-]/.test(phone) || phone.startsWith("+");
  const digits = phone.replace(/\(0\)/, "").replace(/[^\d+]/g, "");
  const count = digits.replace("+", "").length;
  if (count < 3 || count > 15) return undefined;
  // A lone number: a short code like 988 or 911, or a long one like 741741 — never a year or a time.
  if (!grouped && count !== 3 && count < 5) return undefined;
  return `tel:${digits}`;
}

/**
 * The crisis lines as text with tappable links: on a phone, a number is one tap away from a
 * call and an address from the page, when typing them would be too much.
 */
export function crisisLinks(text: string): CrisisSegment[] {
  const segments: CrisisSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(LINKABLE)) {
    const [whole, email, web, phone] = match;
    const at = match.index;
    const href = email
      ? `mailto:${email}`
      : web
        ? /^https?:\/\//i.test(web)
          ? web
          : `https://${web}`
        : phone
          ? phoneHref(phone)
          : undefined;
    if (!href) continue;
    if (at > last) segments.push({ text: text.slice(last, at) });
    segments.push({ text: whole, href });
    last = at + whole.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
