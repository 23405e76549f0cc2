import { describe, expect, it } from "vitest";
import {
  carryOverSections,
  sectionsOf,
  TEMPLATE_NAMES,
  type EditorSections,
  type NoteTemplateName,
  type Quote,
} from "@/lib/notes/note-content";

function quote(seq: number): Quote {
  return { seq, kind: "MESSAGE", sender: "Sam", text: `line ${seq}`, at: "2026-11-25T10:00:00.000Z" };
}

/** A draft with every section of the template filled with its own words and one quote. */
function filled(template: NoteTemplateName): EditorSections {
  const result: EditorSections = {};
  sectionsOf(template).forEach((s, i) => {
    result[s.key] = { text: `words of ${s.key}`, quotes: [quote(100 * (TEMPLATE_NAMES.indexOf(template) + 1) + i)] };
  });
  return result;
}

function allText(sections: EditorSections): string {
  return Object.values(sections)
    .map((s) => s.text)
    .join("\n");
}

function allSeqs(sections: EditorSections): number[] {
  return Object.values(sections)
    .flatMap((s) => s.quotes.map((q) => q.seq))
    .sort((a, b) => a - b);
}

describe("carryOverSections", () => {
  for (const from of TEMPLATE_NAMES) {
    for (const to of TEMPLATE_NAMES) {
      it(`loses no words or quotes from ${from} to ${to}`, () => {
        const draft = filled(from);
        const after = carryOverSections(draft, from, to);
        expect(Object.keys(after).sort()).toEqual(
          sectionsOf(to)
            .map((s) => s.key)
            .sort(),
        );
        for (const section of sectionsOf(from)) expect(allText(after)).toContain(`words of ${section.key}`);
        expect(allSeqs(after)).toEqual(allSeqs(draft));
      });

      it(`loses nothing from ${from} to ${to} and back`, () => {
        const draft = filled(from);
        const back = carryOverSections(carryOverSections(draft, from, to), to, from);
        for (const section of sectionsOf(from)) expect(allText(back)).toContain(`words of ${section.key}`);
        expect(allSeqs(back)).toEqual(allSeqs(draft));
      });
    }
  }

  it("keeps a section both templates share in place, untouched", () => {
    const after = carryOverSections(filled("SOAP"), "SOAP", "DAP");
    expect(after.assessment).toEqual({ text: "words of assessment", quotes: [quote(102)] });
    expect(after.plan.text).toBe("words of plan");
  });

  it("moves the others into the free sections in order, naming where they came from", () => {
    const after = carryOverSections(filled("SOAP"), "SOAP", "DAP");
    expect(after.data.text).toBe("Subjective:\nwords of subjective\n\nObjective:\nwords of objective");
    expect(after.data.quotes.map((q) => q.seq)).toEqual([100, 101]);
  });

  it("does not move empty sections or add headings for them", () => {
    const draft = filled("SOAP");
    draft.subjective = { text: "   ", quotes: [] };
    const after = carryOverSections(draft, "SOAP", "DAP");
    expect(after.data.text).toBe("Objective:\nwords of objective");
  });

  it("is the identity for the same template, filling in missing sections", () => {
    const draft = filled("BIRP");
    expect(carryOverSections(draft, "BIRP", "BIRP")).toEqual(draft);
    expect(carryOverSections({}, "SOAP", "SOAP")).toEqual({
      subjective: { text: "", quotes: [] },
      objective: { text: "", quotes: [] },
      assessment: { text: "", quotes: [] },
      plan: { text: "", quotes: [] },
    });
  });

  it("does not change the draft it was given", () => {
    const draft = filled("SOAP");
    const copy = structuredClone(draft);
    carryOverSections(draft, "SOAP", "FREE");
    expect(draft).toEqual(copy);
  });
});
