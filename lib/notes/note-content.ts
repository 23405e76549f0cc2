// The shape of a session note, shared by the editor (browser) and the server:
// templates and their sections, quotes from the transcript, and the one zod
// schema every reader and writer of SessionNote.content uses. No I/O.
import { z } from "zod";

export type SectionDefinition = { key: string; label: string; hint: string; takesFigures?: boolean };

export const NOTE_TEMPLATES = {
  SOAP: {
    label: "SOAP",
    sections: [
      {
        key: "subjective",
        label: "Subjective",
        hint: "What the family reported: concerns, feelings, their own words.",
      },
      {
        key: "objective",
        label: "Objective",
        hint: "What you observed, and the session's figures.",
        takesFigures: true,
      },
      { key: "assessment", label: "Assessment", hint: "Your clinical reading: progress, patterns, risk." },
      { key: "plan", label: "Plan", hint: "Next steps, exercises, next session." },
    ],
  },
  DAP: {
    label: "DAP",
    sections: [
      {
        key: "data",
        label: "Data",
        hint: "What was said and observed, and the session's figures.",
        takesFigures: true,
      },
      { key: "assessment", label: "Assessment", hint: "Your clinical reading of the data." },
      { key: "plan", label: "Plan", hint: "Next steps, exercises, next session." },
    ],
  },
  BIRP: {
    label: "BIRP",
    sections: [
      {
        key: "behavior",
        label: "Behavior",
        hint: "What the family members did and said, and the session's figures.",
        takesFigures: true,
      },
      { key: "intervention", label: "Intervention", hint: "What you did: techniques, floor modes, coaching." },
      { key: "response", label: "Response", hint: "How each member responded." },
      { key: "plan", label: "Plan", hint: "Next steps, exercises, next session." },
    ],
  },
  FREE: {
    label: "Free form",
    sections: [{ key: "note", label: "Note", hint: "Your note.", takesFigures: true }],
  },
} as const satisfies Record<string, { label: string; sections: readonly SectionDefinition[] }>;

export type NoteTemplateName = keyof typeof NOTE_TEMPLATES;
export const TEMPLATE_NAMES = Object.keys(NOTE_TEMPLATES) as [NoteTemplateName, ...NoteTemplateName[]];

export function sectionsOf(template: NoteTemplateName): readonly SectionDefinition[] {
  return NOTE_TEMPLATES[template].sections;
}

export const MAX_SECTION_CHARS = 20_000;
export const MAX_QUOTES_PER_SECTION = 40;

/** A quoted transcript line as stored: copied from the transcript when saved, so it never changes after signing. */
export const QuoteSchema = z.object({
  seq: z.number().int().positive(),
  kind: z.enum(["MESSAGE", "PARAPHRASE", "COACHING", "EVENT", "PRIVATE"]),
  sender: z.string(),
  text: z.string(),
  at: z.string(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const StoredSectionSchema = z.object({ text: z.string(), quotes: z.array(QuoteSchema) });
export const NoteContentSchema = z.object({ sections: z.record(z.string(), StoredSectionSchema) });
export type NoteContent = z.infer<typeof NoteContentSchema>;

/** What the editor sends: each section's text and the seqs it quotes (the server copies the lines). */
export const SaveNoteInput = z.object({
  template: z.enum(TEMPLATE_NAMES),
  /** The version the editor loaded; null when it is writing the first draft. */
  version: z.number().int().positive().nullable(),
  sections: z.record(
    z.string().max(40),
    z.object({
      text: z.string().max(MAX_SECTION_CHARS, "Keep each section under 20,000 characters."),
      quoteSeqs: z.array(z.number().int().positive()).max(MAX_QUOTES_PER_SECTION, "Up to 40 quotes per section."),
    }),
  ),
});
export type SaveNoteInputType = z.infer<typeof SaveNoteInput>;

export const AddendumInput = z.object({
  text: z.string().trim().min(1, "Write the correction first.").max(MAX_SECTION_CHARS),
});

export function parseNoteContent(value: unknown): NoteContent {
  const parsed = NoteContentSchema.safeParse(value);
  return parsed.success ? parsed.data : { sections: {} };
}

/** Every section's words and quotes as one string, for the counselor's search. */
export function noteSearchText(content: NoteContent): string {
  return Object.values(content.sections)
    .flatMap((s) => [s.text, ...s.quotes.map((q) => q.text)])
    .join("\n")
    .slice(0, 200_000);
}

export type EditorSections = Record<string, { text: string; quotes: Quote[] }>;

/**
 * The sections of a draft after the counselor switches templates, losing
 * nothing: a section whose key both templates share stays where it is; every
 * other section that holds words or quotes moves into the new template's
 * unmatched sections in order, under a line naming where it came from. When
 * there are more of them than free sections, the rest join the last free one
 * (or the last section). A quote already in the section is not added twice.
 */
export function carryOverSections(
  from: EditorSections,
  fromTemplate: NoteTemplateName,
  to: NoteTemplateName,
): EditorSections {
  const target = sectionsOf(to);
  const result: EditorSections = {};
  for (const section of target) {
    const kept = from[section.key];
    result[section.key] = kept ? { text: kept.text, quotes: [...kept.quotes] } : { text: "", quotes: [] };
  }
  const targetKeys = new Set(target.map((s) => s.key));
  const homeless = sectionsOf(fromTemplate).filter((s) => {
    const content = from[s.key];
    return !targetKeys.has(s.key) && content && (content.text.trim() !== "" || content.quotes.length > 0);
  });
  const free = target.filter((s) => !(s.key in from));
  homeless.forEach((old, index) => {
    const home = free[Math.min(index, free.length - 1)] ?? target[target.length - 1];
    const into = result[home.key];
    const moved = from[old.key];
    const heading = `${old.label}:`;
    const body = moved.text.trim() === "" ? heading : `${heading}\n${moved.text}`;
    into.text = into.text.trim() === "" ? body : `${into.text}\n\n${body}`;
    for (const q of moved.quotes) if (!into.quotes.some((x) => x.seq === q.seq)) into.quotes.push(q);
  });
  return result;
}
