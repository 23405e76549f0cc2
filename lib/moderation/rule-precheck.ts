// A rule's pre-check, read off its own expression: the strings it cannot match without. Most
// messages hold none of a rule's strings, and looking for a few substrings costs a fraction of
// running the expression, so the expression runs only when one is there (findByRules). Read off
// the expression, the pre-check needs no upkeep when a rule changes; on every labelled line
// tests/unit/moderation-gates.test.ts checks that it never skips a rule that would have matched.
import { RegExpParser, type AST } from "@eslint-community/regexpp";

/** Largest set of strings a node may stand for before it counts as "anything". */
const MAX_SET = 160;

/**
 * `exact`: every string the node can match, when they are few (null: too many, or unknown).
 * `need`: strings one of which every match contains (null: none known).
 */
type Info = { exact: string[] | null; need: string[] | null; few?: string[] | null };

const NOTHING: Info = { exact: null, need: null };
const EMPTY: Info = { exact: [""], need: null };

/** The requirement with the fewest strings (the one a large alternation can still afford). */
function fewer(a: string[] | null | undefined, b: string[] | null | undefined): string[] | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return b.length < a.length || (b.length === a.length && score(b) > score(a)) ? b : a;
}

/** Strings that contain another member add nothing to an any-of requirement. */
function minimal(set: string[]): string[] {
  const unique = [...new Set(set)].sort((a, b) => a.length - b.length);
  return unique.filter((s, i) => !unique.slice(0, i).some((t) => s.includes(t)));
}

/** A requirement's worth: long strings are rare in a message, many strings cost many searches. */
function score(set: string[]): number {
  return Math.min(...set.map((s) => s.length)) - set.length / 40;
}

function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  return score(b) > score(a) ? b : a;
}

/** What a node's match must contain, as a requirement: its own need, or its exact strings when none is empty. */
function requirement(info: Info): string[] | null {
  const fromExact = info.exact && info.exact.every((s) => s.length > 0) ? minimal(info.exact) : null;
  return better(info.need, fromExact);
}
function fewest(info: Info): string[] | null {
  const fromExact = info.exact && info.exact.every((s) => s.length > 0) ? minimal(info.exact) : null;
  return fewer(fewer(info.few, info.need), fromExact);
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

function alternatives(alts: AST.Alternative[], ignoreCase: boolean): Info {
  const infos = alts.map((a) => sequence(a.elements, ignoreCase));
  const exact = infos.every((i) => i.exact) ? [...new Set(infos.flatMap((i) => i.exact!))] : null;
  const union = (needs: (string[] | null)[]) => {
    const u = needs.every((n) => n) ? minimal(needs.flatMap((n) => n!)) : null;
    return u && u.length <= MAX_SET ? u : null;
  };
  // The best requirement of each alternative, or, when together they are too many, the fewest.
  const few = union(infos.map(fewest));
  return { exact: exact && exact.length <= MAX_SET ? exact : null, need: union(infos.map(requirement)) ?? few, few };
}

function sequence(elements: AST.Element[], ignoreCase: boolean): Info {
  let acc: string[] | null = [""];
  let whole = true;
  let best: string[] | null = null;
  let few: string[] | null = null;
  const flush = () => {
    if (acc && acc.every((s) => s.length > 0)) {
      best = better(best, minimal(acc));
      few = fewer(few, minimal(acc));
    }
  };
  // A run of plain literal characters is a requirement of one string, even inside a longer run of choices.
  let literal = "";
  const endLiteral = () => {
    if (literal.length >= 2) {
      best = better(best, [literal]);
      few = fewer(few, [literal]);
    }
    literal = "";
  };
  for (const element of elements) {
    const info = node(element, ignoreCase);
    if (info.exact?.length === 1) literal += info.exact[0];
    else endLiteral();
    const joined: string[] | null = acc && info.exact ? product(acc, info.exact) : null;
    if (joined) {
      acc = joined;
      continue;
    }
    whole = false;
    flush();
    best = better(best, requirement(info));
    few = fewer(few, fewest(info));
    // An exact node that did not fit starts a new run of its own.
    acc = info.exact && info.exact.length <= MAX_SET ? info.exact : [""];
  }
  flush();
  endLiteral();
  return { exact: whole ? acc : null, need: best, few };
}

function characters(values: number[], ignoreCase: boolean): string[] {
  return [...new Set(values.map((v) => String.fromCodePoint(v)).map((c) => (ignoreCase ? c.toLowerCase() : c)))];
}

function node(n: AST.Element, ignoreCase: boolean): Info {
  switch (n.type) {
    case "Character":
      return { exact: characters([n.value], ignoreCase), need: null };
    case "CharacterClass": {
      if (n.negate || !n.elements.every((e) => e.type === "Character")) return NOTHING;
      const chars = characters(
        n.elements.map((e) => (e as AST.Character).value),
        ignoreCase,
      );
      return chars.length <= 6 ? { exact: chars, need: null } : NOTHING;
    }
    case "Assertion":
      // Zero-width: \b, ^, $ and look-arounds consume nothing.
      return EMPTY;
    case "Group":
    case "CapturingGroup":
      return alternatives(n.alternatives, ignoreCase);
    case "Quantifier": {
      const inner = node(n.element, ignoreCase);
      if (n.min === 0) {
        const exact = n.max === 1 && inner.exact ? [...new Set(["", ...inner.exact])] : null;
        return { exact: exact && exact.length <= MAX_SET ? exact : null, need: null };
      }
      // At least once: whatever one repetition needs, the match needs.
      return { exact: n.min === 1 && n.max === 1 ? inner.exact : null, need: requirement(inner), few: fewest(inner) };
    }
    default:
      return NOTHING;
  }
}

/**
 * Strings the expression cannot match without (any one of them), or null when none can be told.
 * Only worth it when every string is at least two characters: a single letter is in every message.
 */
export function requiredStrings(re: RegExp): string[] | null {
  const ignoreCase = re.flags.includes("i");
  const pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(re.source, 0, re.source.length, {
    unicode: re.flags.includes("u"),
    unicodeSets: re.flags.includes("v"),
  });
  const need = requirement(alternatives(pattern.alternatives, ignoreCase));
  return need && need.every((s) => s.length >= 2) ? need : null;
}

/** A rule's pre-check: its hand-written `needs` or the strings read off its expression, whichever narrows more. */
export function precheckOf(rule: { re: RegExp; needs?: readonly string[] }): readonly string[] | null {
  const derived = requiredStrings(rule.re);
  return rule.needs ? better([...rule.needs], derived) : derived;
}

/**
 * All the rules' pre-checks in one pass over the text (an Aho–Corasick automaton compiled to a
 * table): the strings of every rule in one machine, so a message costs one table step per
 * character, not one substring search per string per rule (about 600 strings in all; searched one
 * by one they cost as much as the expressions they spare).
 */
export class PrecheckScanner {
  /** Character code → column of the table (0: a character no string holds). */
  private readonly column = new Uint16Array(65536);
  private readonly width: number;
  /** state × column → next state, with the failure links already followed. */
  private readonly step: Uint16Array | Int32Array;
  /** For each state, the rules one of whose strings ends there (its failure chain's included): outStart[s]…outStart[s+1]. */
  private readonly outStart: Int32Array;
  private readonly outRules: Int32Array;
  private readonly always: Uint8Array;

  constructor(needs: readonly (readonly string[] | null)[]) {
    this.always = Uint8Array.from(needs, (n) => (n ? 0 : 1));
    let columns = 1;
    for (const strings of needs)
      for (const str of strings ?? [])
        for (let i = 0; i < str.length; i++) {
          const c = str.charCodeAt(i);
          if (!this.column[c]) this.column[c] = columns++;
        }
    this.width = columns;
    // The trie, then the failure links breadth first.
    const children: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    needs.forEach((strings, rule) => {
      for (const str of strings ?? []) {
        let state = 0;
        for (let i = 0; i < str.length; i++) {
          const col = this.column[str.charCodeAt(i)];
          let to = children[state].get(col);
          if (to === undefined) {
            to = children.length;
            children.push(new Map());
            out.push([]);
            children[state].set(col, to);
          }
          state = to;
        }
        if (!out[state].includes(rule)) out[state].push(rule);
      }
    });
    // Two bytes a cell while the states fit (about 26,000 today): half the memory, the same steps.
    const step =
      children.length < 65536 ? new Uint16Array(children.length * columns) : new Int32Array(children.length * columns);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (const [col, to] of children[0]) {
      step[col] = to;
      queue.push(to);
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q];
      for (const rule of out[fail[state]]) if (!out[state].includes(rule)) out[state].push(rule);
      for (let col = 0; col < columns; col++) {
        const to = children[state].get(col);
        if (to === undefined) step[state * columns + col] = step[fail[state] * columns + col];
        else {
          fail[to] = step[fail[state] * columns + col];
          step[state * columns + col] = to;
          queue.push(to);
        }
      }
    }
    this.step = step;
    this.outStart = new Int32Array(children.length + 1);
    out.forEach((rules, state) => (this.outStart[state + 1] = this.outStart[state] + rules.length));
    this.outRules = Int32Array.from(out.flat());
  }

  /** 1 for each rule whose expression may match `text` (one of its strings is in it, or it has no pre-check). */
  scan(text: string): Uint8Array {
    const pass = this.always.slice();
    const { column, step, width, outStart, outRules } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = step[state * width + column[text.charCodeAt(i)]];
      for (let k = outStart[state]; k < outStart[state + 1]; k++) pass[outRules[k]] = 1;
    }
    return pass;
  }
}
