// The listener's paraphrase in speaker–listener mode: the starter the box offers,
// and how to read a paraphrase's frame. Client-safe: no server imports.

/** What the paraphrase box starts with. */
export const PARAPHRASE_STARTER = "What I hear you saying is ";

/**
 * The starter once: typing or pasting "What I hear you saying is…" after the one already in the
 * box gave "What I hear you saying is What I hear you saying is…" (found by a new user).
 */
export function withStarterOnce(value: string): string {
  const frame = PARAPHRASE_STARTER.trim().toLowerCase();
  const head = value.trimStart();
  if (!head.toLowerCase().startsWith(frame)) return value;
  const rest = head.slice(frame.length).trimStart();
  return rest.toLowerCase().startsWith(frame) ? rest : value;
}

// The listener's frame: "What I hear you saying is (that)…", "It sounds like…", "You're saying…".
const PARAPHRASE_FRAME =
  /^\s*(?:so,?\s+)?(?:what\s+i(?:'m|\s+am)?\s+hear(?:ing)?(?:\s+you)?(?:\s+saying)?(?:\s+is)?(?:\s+that)?|it\s+sounds\s+like|you(?:'re|\s+are)\s+saying(?:\s+that)?)/i;
const FIRST_PERSON = /\b(?:i|i'm|im|i'd|id|i'll|ive|i've|me|my|myself)\b/i;

/** Whether a paraphrase, its frame set aside, speaks of the writer: "I", "me", "my". */
export function speaksForSelf(text: string): boolean {
  return FIRST_PERSON.test(text.replace(PARAPHRASE_FRAME, ""));
}
