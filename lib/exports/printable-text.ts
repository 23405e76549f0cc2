// What the PDF can print of a text. The record is printed in Noto Sans, embedded
// (lib/exports/render-pdf.ts): Latin with every accent (Polish, Turkish,
// Vietnamese…), Greek and Cyrillic. Emoji, which teenagers type and which carry
// meaning in a transcript, are printed as their Unicode names ("(face with
// tears of joy)"). Scripts the font has no letters for (Hebrew, Arabic, CJK,
// Indic…) become "?" and the document says so: the record in Mend has them.
import emojiData from "unicode-emoji-json/data-by-emoji.json" with { type: "json" };

const EMOJI_NAMES = emojiData as Record<string, { name: string }>;

/**
 * The code points Noto Sans Regular, Bold and Italic all draw, by block (measured with fontkit
 * against the files shipped in @expo-google-fonts/noto-sans 0.4.2; tests/unit/pdf-text.test.ts
 * checks them again): Latin to the combining accents, Greek except the Coptic letters, Cyrillic,
 * Latin and Greek extended, punctuation, currency signs, letterlike symbols and the minus sign.
 */
const PRINTABLE =
  /[\t\n\r\x20-\x7E\u00A0-\u03E1\u03F0-\u052F\u1E00-\u1FFF\u2000-\u200A\u2010-\u2027\u202F-\u205F\u20A0-\u20BF\u2100-\u214F\u2212]/u;

/** Signs the font lacks that have a plain stand-in. */
const STAND_INS: Record<string, string> = { "\u2192": "->", "\u2190": "<-", "\u2194": "<->" };

// One emoji as typed: a pictograph with its skin tone or presentation selector, joined to others by
// zero-width joiners (👩‍👦), or a flag (two regional indicators), or a keycap (1️⃣).
const EMOJI =
  /\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3|\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]*(?:\u200D\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]*)*/gu;

function emojiName(emoji: string): string {
  const plain = emoji.replace(/[\uFE0F\p{Emoji_Modifier}]/gu, "");
  const known = EMOJI_NAMES[emoji] ?? EMOJI_NAMES[plain] ?? EMOJI_NAMES[`${plain}\uFE0F`];
  if (known) return known.name;
  if (/\p{Regional_Indicator}/u.test(emoji)) return "flag";
  if (/\u20E3/.test(emoji)) return `keycap ${emoji[0]}`;
  // A sequence the list does not name: name its first pictograph.
  const first = [...plain][0];
  return EMOJI_NAMES[first]?.name ?? EMOJI_NAMES[`${first}\uFE0F`]?.name ?? "emoji";
}

/** The text as the PDF prints it, and whether any character had to become "?". */
export function printableText(text: string): { text: string; lost: boolean } {
  let lost = false;
  const named = text.replace(EMOJI, (emoji) => `(${emojiName(emoji)})`);
  let out = "";
  for (const char of named) {
    if (PRINTABLE.test(char)) out += char;
    else if (STAND_INS[char]) out += STAND_INS[char];
    // Invisible marks (variation selectors, joiners, direction marks): nothing to print.
    else if (/[\uFE00-\uFE0F\u200B-\u200F\u2028-\u202E\u2060-\u2064]/.test(char)) continue;
    else {
      out += "?";
      lost = true;
    }
  }
  return { text: out, lost };
}

/** The line the PDF ends with when some characters could not be printed. */
export const LOST_CHARACTERS_NOTE =
  "Some characters (a script this PDF's font does not cover) are printed as ?. The record in Mend shows them as written.";
