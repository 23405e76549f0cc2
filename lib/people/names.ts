// How Mend names a person in a sentence or an avatar. Pure: shared by the
// server, emails and the browser. Names are whatever people typed, so they may
// hold titles ("Dr."), emoji or letters from any alphabet.

const HAS_LETTER = /\p{L}/u;

/** The words of a name that carry letters: "Dr. Ana Herrera 🌿" → ["Dr.", "Ana", "Herrera"]. */
function wordsOf(name: string): string[] {
  return name
    .trim()
    .split(/\s+/)
    .filter((w) => HAS_LETTER.test(w));
}

const isTitle = (word: string) => word.endsWith(".");

/**
 * "Laura" for Laura Bennett, "Dr. Reyes" for Dr. Maya Reyes: a title alone
 * ("Dr.") is not a name, so a title keeps the surname with it.
 */
export function shortName(name: string): string {
  const words = wordsOf(name);
  if (words.length === 0) return name.trim() || "Someone";
  return isTitle(words[0]) && words.length > 1 ? `${words[0]} ${words[words.length - 1]}` : words[0];
}

/** Up to two capital letters for an avatar, whole characters only (never half an emoji): "LB", "MR", "É". */
export function initialsOf(name: string): string {
  const words = wordsOf(name).filter((w) => !isTitle(w));
  const firstLetter = (word: string) => word.match(/\p{L}/u)?.[0] ?? "";
  const letters =
    words.length > 1 ? firstLetter(words[0]) + firstLetter(words[words.length - 1]) : firstLetter(words[0] ?? "");
  return letters.toLocaleUpperCase() || "?";
}
