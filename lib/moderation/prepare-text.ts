// Normalises a message for matching: informal typing resolved (normalize-typing.ts),
// then quoted speech blanked out without moving any character, so every match
// index maps back to the original text through `toOriginal`.
import { normalizeTyping, originalSpan, type NormalizedText } from "./normalize-typing";

// A single-quoted passage may hold apostrophes inside words ('don't bother coming back').
const QUOTED = /(["“”])([^"“”]{1,300}?)(["“”])|(^|[\s(])'((?:[^']|'(?=[a-z]))*?)'(?=[\s.,!?;:)]|$)/g;

/**
 * Words reported rather than said now: "when you said grow up it made me feel
 * small", "I know I said I hate you", "when I told you to get out of my room".
 * The reported part runs to the end of the clause or to where the sender
 * speaks about it again ("it made me", "that was", "I was").
 */
const REPORTED =
  /\b(?:when|i know|after|the time|remember when|ever since)\s+(?:i|you|he|she|they|dad|mom|we)\s+(?:said|told (?:me|you|him|her)(?: to| that)?|called (?:me|you)|yelled|wrote|texted)\s+(?:that\s+)?((?:(?!\b(?:it made|that was|that made|i was|i felt|i didn't|i did not|and i|i regret|i'm sorry|i keep|i want|it hurt|last (?:night|week))\b)[^,.!?;])+)/g;

/**
 * "Yesterday I told you to go to hell. I'm really sorry." / "I told you to shut up on Tuesday and
 * I've felt sick about it since": words the sender reports in order to apologise for them. Only
 * blanked when the message also apologises or regrets, so "I told you to clean your room" stays.
 */
const REPORTED_OWN =
  /\b(?:i|i've)\s+(?:told you to|said to you|said|called you|yelled|screamed)\s+((?:(?!\b(?:and i|i'm|i am|i was|i felt|i've|it was|that was|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last night)\b)[^.!?;])+)/g;
const REGRET =
  /\b(?:sorry|regret|apologi[sz]e|shouldn't have|should not have|felt (?:sick|bad|terrible|awful)|feel (?:sick|bad|terrible|awful) about|deserve better|wrong of me|not okay|wasn't okay|ashamed)\b/;

/** "Act your age is what grandpa used to say", "stop crying about it is what I said last year": a remark named in order to talk about it. */
const NAMED_REMARK =
  /(^|[.!?]\s*)([^.!?]{3,80}?)(?=\s+(?:is|was) (?:what|something) (?:i|you|he|she|they|we|grandpa|grandma|mom|dad|my \w+|your \w+) (?:used to |always |would )?(?:say|said|says|told|tell|yell|yelled))/g;

export type PreparedText = {
  original: string;
  /** Normalized typing, quoted speech blanked out. */
  text: string;
  /** Normalized typing with quotes kept (for rules about the quoting itself). */
  withQuotes: string;
  normalized: NormalizedText;
};

/** The span of the original message behind a span of `text`. */
export function toOriginal(
  prepared: PreparedText,
  span: { start: number; end: number },
): { start: number; end: number } {
  return originalSpan(prepared.normalized, span.start, span.end);
}

export function prepareText(original: string): PreparedText {
  const normalized = normalizeTyping(original);
  const withQuotes = normalized.text;
  // Quoted speech of two or more words is what someone else said (or might
  // say), not what the sender says: blank it out. A single quoted word stays,
  // as it is often sarcasm ("thanks, 'genius'").
  const text = withQuotes.replace(
    QUOTED,
    (whole: string, open?: string, inner?: string, close?: string, lead?: string, single?: string) => {
      const content = inner ?? single ?? "";
      if (!/\S+\s+\S+/.test(content)) return whole;
      if (open) return `${open}${" ".repeat(content.length)}${close}`;
      return `${lead}'${" ".repeat(content.length)}'`;
    },
  );
  let unreported = text.replace(
    REPORTED,
    (whole: string, said: string) => whole.slice(0, whole.length - said.length) + " ".repeat(said.length),
  );
  // The lookahead is tried at every position, so it only runs when its anchor is in the message.
  if (/\b(?:is|was) (?:what|something) /.test(unreported))
    unreported = unreported.replace(
      NAMED_REMARK,
      (_whole: string, lead: string, said: string) => lead + " ".repeat(said.length),
    );
  if (REGRET.test(unreported))
    unreported = unreported.replace(
      REPORTED_OWN,
      (whole: string, said: string) => whole.slice(0, whole.length - said.length) + " ".repeat(said.length),
    );
  return { original, text: unreported, withQuotes, normalized };
}

const ACRONYMS = new Set([
  "OK",
  "OMG",
  "LOL",
  "LMAO",
  "IDK",
  "TBH",
  "BRB",
  "SAT",
  "ACT",
  "GPA",
  "AP",
  "PE",
  "TV",
  "USA",
  "UK",
  "NBA",
  "NFL",
  "FIFA",
  "PS5",
  "ASAP",
  "FYI",
  "BTW",
  "DM",
  "ID",
  "PDF",
  "PM",
  "AM",
  "ADHD",
  "IEP",
  "ER",
  "DMV",
  "I",
  "A",
  "B",
  "C",
  "D",
  "F",
  "II",
  "III",
  "MVP",
  "GG",
  "BFF",
  "ILY",
  "NYC",
  "LA",
  "DC",
  "CEO",
  "HW",
  "IRL",
  "FOMO",
  "ETA",
  "TBD",
]);

/** Words written in capitals that are not acronyms, and the share of capital letters. */
export function capitals(original: string): { shoutedWords: number; ratio: number; letters: number } {
  const words = original.match(/[A-Za-z][A-Za-z']*/g) ?? [];
  let shoutedWords = 0;
  let upper = 0;
  let letters = 0;
  for (const word of words) {
    const bare = word.replace(/'/g, "");
    for (const ch of bare) {
      letters++;
      if (ch >= "A" && ch <= "Z") upper++;
    }
    if (bare.length >= 2 && bare === bare.toUpperCase() && !ACRONYMS.has(bare)) shoutedWords++;
  }
  return { shoutedWords, ratio: letters ? upper / letters : 0, letters };
}
