// Informal and obfuscated typing brought to one spelling before any rule runs:
// "ur so annoyinggg" → "you're so annoying", "dont" → "don't", "sh*t" → "shit",
// "f u c k" → "fuck". Rules written once for the plain spelling then cover the
// texting one. Every character of the result remembers where it came from, so
// a match on the normalized text still points at the sender's own words.

export type NormalizedText = {
  /** Lower case, plain apostrophes, slang expanded, masks and repeats resolved. */
  text: string;
  /** For each character of `text`, the index in the original where its source word starts. */
  from: Int32Array;
  /** For each character of `text`, the index in the original just after its source word. */
  to: Int32Array;
};

/** Word-for-word expansions of texting spellings; only whole tokens are replaced. */
const EXPANSIONS: Record<string, string> = {
  u: "you",
  yu: "you",
  yuo: "you",
  urself: "yourself",
  ursel: "yourself",
  yourselfs: "yourself",
  r: "are",
  y: "why",
  b4: "before",
  im: "i'm",
  ima: "i'm going to",
  imma: "i'm going to",
  ive: "i've",
  iv: "i've",
  "i'd": "i'd",
  dont: "don't",
  dnt: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  cnt: "can't",
  wont: "won't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  werent: "weren't",
  aint: "ain't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  shouldnt: "shouldn't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  mustnt: "mustn't",
  youre: "you're",
  youll: "you'll",
  ull: "you'll",
  youve: "you've",
  youd: "you'd",
  "u'll": "you'll",
  "u've": "you've",
  "u'd": "you'd",
  "u're": "you're",
  thats: "that's",
  whats: "what's",
  wats: "what's",
  wat: "what",
  wut: "what",
  wht: "what",
  hows: "how's",
  wheres: "where's",
  whos: "who's",
  theres: "there's",
  heres: "here's",
  hes: "he's",
  shes: "she's",
  its: "it's",
  lets: "let's",
  theyre: "they're",
  weve: "we've",
  yall: "y'all",
  gonna: "going to",
  wanna: "want to",
  gotta: "got to",
  tryna: "trying to",
  hafta: "have to",
  kinda: "kind of",
  sorta: "sort of",
  lemme: "let me",
  gimme: "give me",
  bout: "about",
  cuz: "because",
  coz: "because",
  cos: "because",
  bc: "because",
  bcuz: "because",
  bcoz: "because",
  becuz: "because",
  cause: "because",
  idc: "i don't care",
  idk: "i don't know",
  dunno: "don't know",
  ik: "i know",
  ikr: "i know right",
  ngl: "honestly",
  tbh: "honestly",
  tbf: "to be fair",
  imo: "i think",
  imho: "i think",
  fr: "for real",
  frfr: "for real",
  istg: "i swear",
  ong: "i swear",
  rn: "right now",
  atm: "right now",
  tmrw: "tomorrow",
  tmr: "tomorrow",
  tmrrw: "tomorrow",
  tomoro: "tomorrow",
  "2moro": "tomorrow",
  "2day": "today",
  "2nite": "tonight",
  tonite: "tonight",
  pls: "please",
  plz: "please",
  plx: "please",
  pleez: "please",
  thx: "thanks",
  thnx: "thanks",
  tx: "thanks",
  ty: "thank you",
  tysm: "thank you so much",
  nvm: "never mind",
  nm: "not much",
  wtv: "whatever",
  whatev: "whatever",
  whatevs: "whatever",
  "w/e": "whatever",
  watever: "whatever",
  wateva: "whatever",
  whateva: "whatever",
  ppl: "people",
  hw: "homework",
  smth: "something",
  sth: "something",
  sm: "so much",
  ofc: "of course",
  obvi: "obviously",
  def: "definitely",
  prob: "probably",
  probs: "probably",
  rly: "really",
  rlly: "really",
  srsly: "seriously",
  sry: "sorry",
  soz: "sorry",
  jk: "just kidding",
  dw: "don't worry",
  np: "no problem",
  wdym: "what do you mean",
  luv: "love",
  ily: "i love you",
  ilysm: "i love you so much",
  gtg: "got to go",
  g2g: "got to go",
  brb: "be right back",
  lmk: "let me know",
  hmu: "text me",
  abt: "about",
  tho: "though",
  thru: "through",
  dat: "that",
  ur: "your",
  wth: "what the hell",
  stfu: "shut the fuck up",
  gtfo: "get the fuck out",
  omfg: "oh my fucking god",
  ffs: "for fuck's sake",
  fml: "fuck my life",
  fk: "fuck",
  fck: "fuck",
  fuk: "fuck",
  fcking: "fucking",
  fking: "fucking",
  fkn: "fucking",
  fkin: "fucking",
  fuckin: "fucking",
  effing: "fucking",
  frickin: "freaking",
  friggin: "freaking",
  sht: "shit",
  shyt: "shit",
  biatch: "bitch",
  btch: "bitch",
  azz: "ass",
  fukin: "fucking",
  fukken: "fucking",
  mofo: "motherfucker",
  mf: "motherfucker",
  mfer: "motherfucker",
};

/** "ur" is "you're" before words that describe a person, "your" before a thing. */
const YOURE_BEFORE = new Set(
  "dead grounded done lucky gonna going a an the so such being not just always never literally really too acting like going kidding joking serious seriously right wrong welcome actually totally honestly lying the one doing making trying being crazy insane nuts unbelievable ridiculous impossible".split(
    " ",
  ),
);
const YOUR_BEFORE = new Set(
  "fault problem problems own room phone mom dad mum life friends friend job choice decision business turn call side idea ideas rules attitude mess stuff things homework car sister brother face head brain mind".split(
    " ",
  ),
);

/** Swear words that masks ("sh*t", "f**k", "a$$") and spacing ("f u c k") hide. */
const SWEARS = [
  "fuck",
  "fucks",
  "fucking",
  "fucked",
  "fucker",
  "fck",
  "shit",
  "shitty",
  "bullshit",
  "bitch",
  "bitches",
  "ass",
  "asshole",
  "damn",
  "dammit",
  "crap",
  "bastard",
  "dick",
  "piss",
  "pissed",
  "hell",
  "motherfucker",
  "cunt",
  "wtf",
  "stfu",
  "fu",
];
const MASK = /[*#@$!%_.]/;
const MASK_OR_DIGIT = /[*#@$!%_.0-9]/;
const LEET: Record<string, string> = {
  "@": "a",
  $: "s",
  "!": "i",
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
};

/** Words whose doubled last letter is real, so "kisss" becomes "kiss", not "kis". */
const DOUBLE_END = new Set(
  "too all will off ill see free kiss miss less mess stuff call tell well full still small class glass pass boss guess add odd egg fall ball wall shall sell fell hell bell yell spell smell kill fill bill skill chill till poll roll doll pull bull staff cliff stiff sniff puff tree agree three knee fee bee zoo boo woo cool good food mood feel feet need seed week sleep keep deep".split(
    " ",
  ),
);

function collapseRepeats(word: string): string {
  if (!/(.)\1\1/.test(word)) return word;
  const endRun = /(.)\1\1+$/.test(word);
  let out = word.replace(/(.)\1{2,}/g, "$1$1");
  if (endRun && /(.)\1$/.test(out) && !DOUBLE_END.has(out)) out = out.slice(0, -1);
  return out;
}

/** "sh*t" / "f**king" / "a$$" / "b!tch": a masked token that can only be one swear word. */
function unmask(word: string): string | null {
  if (!MASK_OR_DIGIT.test(word)) return null;
  if (!/[a-z]/.test(word) || word.length < 2) return null;
  const leet = [...word].map((ch) => LEET[ch] ?? ch).join("");
  if (SWEARS.includes(leet)) return leet;
  if (!/[a-z]/.test(word[0]) && !/[$@!]/.test(word[0])) return null;
  const pattern = new RegExp(
    `^${[...word].map((ch) => (MASK.test(ch) ? "[a-z]" : /[a-z]/.test(ch) ? ch : (LEET[ch] ?? "\\" + ch))).join("")}$`,
  );
  const hits = SWEARS.filter((s) => pattern.test(s));
  return hits.length >= 1 ? hits[0] : null;
}

// Words: letters, digits, apostrophes and the mask characters between letters ("sh*t", "a$$", "f'ed").
const TOKEN = /[a-z0-9$@]+(?:['*#@$!%._-]+[a-z0-9$@*#!%]+)*[*#$@!]*|[^\s]/giu;

/** Single letters separated by spaces or dots that spell a swear word: "f u c k", "s.h.i.t". */
const SPACED = /\b(?:[a-z][\s.\-_]){2,}[a-z]\b/gi;

function hasTriple(word: string): boolean {
  for (let k = 2; k < word.length; k++) if (word[k] === word[k - 1] && word[k] === word[k - 2]) return true;
  return false;
}

const PLAIN = /^[a-z]+$/;
const EXPANSION = new Map(Object.entries(EXPANSIONS));

/** The normalized text being built: pieces, and for each character where it came from. */
class Builder {
  parts: string[] = [];
  length = 0;
  from: Int32Array;
  to: Int32Array;
  /** Start of the unchanged text not yet copied: it is copied in runs, only replaced words one by one. */
  pending = 0;

  constructor(readonly source: string) {
    this.from = new Int32Array(source.length * 2 + 16);
    this.to = new Int32Array(source.length * 2 + 16);
  }

  private reserve(n: number) {
    if (this.length + n <= this.from.length) return;
    const size = Math.max(this.from.length * 2, this.length + n);
    const f = new Int32Array(size),
      t = new Int32Array(size);
    f.set(this.from);
    t.set(this.to);
    this.from = f;
    this.to = t;
  }

  flush(upTo: number) {
    if (upTo <= this.pending) return;
    this.reserve(upTo - this.pending);
    for (let k = this.pending; k < upTo; k++) {
      this.from[this.length] = k;
      this.to[this.length++] = k + 1;
    }
    this.parts.push(this.source.slice(this.pending, upTo));
    this.pending = upTo;
  }

  replace(piece: string, start: number, end: number) {
    this.flush(start);
    this.reserve(piece.length);
    this.from.fill(start, this.length, this.length + piece.length);
    this.to.fill(end, this.length, this.length + piece.length);
    this.length += piece.length;
    this.parts.push(piece);
    this.pending = end;
  }

  done(): NormalizedText {
    this.flush(this.source.length);
    return {
      text: this.parts.join(""),
      from: this.from.subarray(0, this.length),
      to: this.to.subarray(0, this.length),
    };
  }
}

export function normalizeTyping(original: string): NormalizedText {
  const lower = original.replace(/[’‘`´]/g, "'").toLowerCase();
  const out = new Builder(lower);
  let spaced: Map<number, { end: number; word: string }> | null = null;
  for (const m of lower.matchAll(SPACED)) {
    const joined = m[0].replace(/[\s.\-_]/g, "");
    // "a s h i t show": the article before the spelled word is a letter too, so try from each letter.
    for (let skip = 0; skip + 3 <= joined.length; skip++) {
      const word = joined.slice(skip);
      if (!SWEARS.includes(word)) continue;
      let start = m.index;
      for (let k = 0; k < skip; k++) start = lower.indexOf(joined[k], start) + 1;
      while (/[\s.\-_]/.test(lower[start])) start++;
      (spaced ??= new Map()).set(start, { end: m.index + m[0].length, word });
      break;
    }
  }

  const tokens = [...lower.matchAll(TOKEN)];
  let cursor = 0;
  for (let t = 0; t < tokens.length; t++) {
    const m = tokens[t];
    const start = m.index;
    if (start < cursor) continue;
    const raw = m[0];
    cursor = start + raw.length;
    const joined = spaced?.get(start);
    if (joined) {
      out.replace(joined.word, start, joined.end);
      cursor = joined.end;
      continue;
    }
    // Most words need nothing: plain letters, no expansion, no stretched letters.
    if (PLAIN.test(raw) && !EXPANSION.has(raw) && raw !== "ur" && raw !== "ill" && !hasTriple(raw)) continue;
    // Trailing punctuation glued to a word ("dont!!", "u?") stays punctuation.
    const word = raw.length > 1 ? raw.replace(/[!.$@*#%]+$/, (tail) => (unmask(raw) ? tail : "")) : raw;
    let norm = unmask(word) ?? collapseRepeats(word);
    if (norm === "ur" || norm === "urr") {
      const next = collapseRepeats(tokens[t + 1]?.[0] ?? "");
      norm = YOUR_BEFORE.has(next)
        ? "your"
        : YOURE_BEFORE.has(next) || next === "" || /^[.!?,]$/.test(next)
          ? "you're"
          : "your";
    } else if (norm === "ill") {
      // "ill be there" is "I'll"; "he's ill" is not.
      const previous = t === 0 ? "" : tokens[t - 1][0];
      if (
        tokens[t + 1] &&
        (previous === "" ||
          /^[.!?,]$|^(and|then|so|or|but|ok|okay|fine|lol|swear|guess|think|promise|bet|maybe|probably)$/.test(
            previous,
          ))
      )
        norm = "i'll";
    } else if (EXPANSION.has(norm) && !(norm === "y" && t > 0 && !/^[.!?,]$/.test(tokens[t - 1][0]))) {
      norm = EXPANSION.get(norm)!;
    } else if (/^f[a-z]*'ed$/.test(norm)) {
      norm = "fucked";
    }
    if (norm !== word) out.replace(norm, start, start + word.length);
  }
  return out.done();
}

/** The span of the original text behind a span of the normalized one. */
export function originalSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (normalized.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), normalized.text.length - 1);
  const e = Math.min(Math.max(end - 1, s), normalized.text.length - 1);
  return { start: normalized.from[s], end: normalized.to[e] };
}
