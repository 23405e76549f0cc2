// Shapes that take words of danger or swearing out of the sender's own mouth: self-harm said of
// the person addressed, with an offer of help ("are you having any thoughts of suicide? You can say
// yes", "I saved 988 in your phone"), or denied with a reassurance ("i dont want to die or
// anything i promise"); a swear word the sender says of themself while owning a mistake ("i was
// an ass to u this morning. sorry"). Tested in tests/unit/indirect-rules.test.ts.

/** An offer of help about self-harm: crisis lines, an invitation to tell, a question asked with care. */
const SUPPORT =
  /\b988\b|\bcrisis (?:line|text|number|team)\b|\bhotline\b|\blifeline\b|\bif (?:you|u) ever (?:feel|want|think|need|have|start)\b|\b(?:you|u) can (?:always )?(?:tell|talk to|call|text|come to|wake) me\b|\b(?:you|u) tell me\b|\bhere for (?:you|u)\b|\bno pressure\b|\bi won't (?:freak out|be mad|get mad|yell|judge)\b|\bare (?:you|u) (?:having|feeling|safe|thinking|okay|ok)\b/;
const FIRST = /^(?:i|i'm|i've|i'd|i'll|me|my|myself|mine|we|us)$/;
const SECOND = /^(?:you|you're|you've|you'd|you'll|your|yourself|u)$/;

/** Whether the message offers help to the person addressed about self-harm, with no sender at risk in it. */
export function offersSupport(text: string): boolean {
  return SUPPORT.test(text) && /\b(?:you|your|yourself|u)\b/.test(text);
}

/**
 * Whether a self-harm match is about the person addressed in a message that offers help (the last
 * person named before it in its sentence is "you"), or is a wish denied with a reassurance.
 */
export function selfHarmOfSomeoneElse(m: RegExpExecArray, text: string): boolean {
  // "i dont want to die or anything i promise. i just feel really flat": a wish denied outright,
  // and a reassurance with it ("don't worry" is not one: "dont worry ill fix it" is a warning sign).
  if (deniedWithReassurance(m, text)) return true;
  if (/\b(?:myself|i|i'm|me|my)\b/.test(m[0])) return false;
  const sentenceStart = Math.max(
    text.lastIndexOf(".", m.index),
    text.lastIndexOf("!", m.index),
    text.lastIndexOf("?", m.index - 1),
  );
  const before = text.slice(sentenceStart + 1, m.index).match(/[a-z']+/g) ?? [];
  for (let k = before.length - 1; k >= 0; k--) {
    if (FIRST.test(before[k])) break;
    if (SECOND.test(before[k]))
      return offersSupport(text) || /\?/.test(text.slice(m.index, m.index + m[0].length + 80));
  }
  return false;
}

function deniedWithReassurance(m: RegExpExecArray, text: string): boolean {
  return (
    /\b(?:don't|do not|never|not)\s+(?:\w+\s+)?$/.test(text.slice(Math.max(0, m.index - 14), m.index)) &&
    /\b(?:or anything|i promise|not like that|not in that way|i'm (?:safe|okay|ok|fine))\b/.test(text)
  );
}

/** A first-person description ("i was an ass", "i really screwed up", "my bad") the swear word sits in. */
const OWNED =
  /\bi(?:'m| am| was| have been| acted like| behaved like| was being) (?:such |a |an |total |complete |being |really |totally |kind of |kinda )*[a-z*$@!-]+|\bi (?:really |totally |completely )?[a-z*$@!-]+ (?:it |this |that |everything )?up\b/g;
const APOLOGY =
  /\b(?:sorry|my bad|my fault|apologi[sz]e|i shouldn't have|i should not have|on me|i messed up|forgive me)\b/;

/** Whether a swear word at `span` of the prepared text is the sender's word for their own mistake. */
export function mistakeOwned(text: string, span: { start: number; end: number }): boolean {
  if (!APOLOGY.test(text)) return false;
  OWNED.lastIndex = 0;
  for (let m = OWNED.exec(text); m; m = OWNED.exec(text)) {
    if (m.index <= span.start && m.index + m[0].length >= span.end) return true;
  }
  return false;
}
