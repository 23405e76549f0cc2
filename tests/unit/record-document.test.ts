import { describe, expect, it } from "vitest";
import { noteBlocks, toMarkdown, transcriptBlocks } from "@/lib/exports/record-document";
import { noteSearchText, SaveNoteInput } from "@/lib/notes/note-content";
import type { TranscriptItem } from "@/lib/transcript/transcript-item";
import type { NoteView } from "@/lib/notes/get-session-note";

const line = (seq: number, at: string, text: string): TranscriptItem => ({
  type: "message",
  seq,
  kind: "MESSAGE",
  senderName: "Laura Bennett",
  recipientName: null,
  text,
  at,
});

describe("transcript blocks", () => {
  it("start a new day in the reader's zone, not in UTC", () => {
    const items = [line(1, "2027-03-01T22:30:00Z", "late"), line(2, "2027-03-01T23:30:00Z", "later")];
    expect(transcriptBlocks(items, "UTC").filter((b) => b.type === "day")).toHaveLength(1);
    const paris = transcriptBlocks(items, "Europe/Paris");
    expect(paris.filter((b) => b.type === "day").map((b) => "text" in b && b.text)).toEqual([
      "Monday 1 March 2027",
      "Tuesday 2 March 2027",
    ]);
  });

  it("say what became of a held message, and mark private coaching", () => {
    const held: TranscriptItem = {
      type: "held",
      id: "h1",
      senderName: "Sam Bennett",
      text: "You are pathetic.",
      at: "2027-03-01T10:00:00Z",
      status: "REJECTED",
      findings: ["Contempt"],
      note: "Try again calmly.",
    };
    const coaching: TranscriptItem = {
      type: "message",
      seq: 3,
      kind: "COACHING",
      senderName: "Maya Reyes",
      recipientName: "Sam Bennett",
      text: "Breathe.",
      at: "2027-03-01T10:01:00Z",
    };
    const md = toMarkdown(transcriptBlocks([held, coaching], "UTC"));
    expect(md).toContain("*(held, rejected; Contempt; note: Try again calmly.)*");
    expect(md).toContain("Maya Reyes to Sam Bennett (private coaching)");
  });
});

describe("markdown", () => {
  it("escapes characters that would turn a member's words into markup", () => {
    expect(toMarkdown([{ type: "paragraph", text: "# not a heading *or* [a link](x)" }])).toBe(
      "\\# not a heading \\*or\\* \\[a link\\](x)\n",
    );
  });

  it("renders a signed note's quotes with who said them and when, and its addenda after the signature", () => {
    const note: NoteView = {
      id: "n1",
      template: "DAP",
      content: {
        sections: {
          data: {
            text: "Observed.",
            quotes: [
              { seq: 4, kind: "MESSAGE", sender: "Laura Bennett", text: "I worry.", at: "2027-03-01T10:00:00Z" },
            ],
          },
          assessment: { text: "", quotes: [] },
          plan: { text: "Practise.", quotes: [] },
        },
      },
      status: "SIGNED",
      version: 3,
      updatedAt: "2027-03-01T11:00:00Z",
      signedAt: "2027-03-01T11:00:00Z",
      signedByName: "Maya Reyes",
      addenda: [{ id: "a1", text: "Correction.", signedAt: "2027-03-02T09:00:00Z", authorName: "Maya Reyes" }],
    };
    const md = toMarkdown(noteBlocks(note, "UTC"));
    expect(md).toContain("## Data\n\nObserved.\n\n> I worry.\n>\n> — Laura Bennett, 10:00 (\\#4)");
    expect(md).toContain("## Assessment\n\n—");
    expect(md.indexOf("Signed by Maya Reyes on 1 March 2027, 11:00")).toBeLessThan(
      md.indexOf("## Addendum, 2 March 2027, 09:00"),
    );
  });
});

describe("note content", () => {
  it("searches words and quotes alike", () => {
    expect(
      noteSearchText({
        sections: { a: { text: "curfew", quotes: [{ seq: 1, kind: "MESSAGE", sender: "x", text: "phone", at: "" }] } },
      }),
    ).toBe("curfew\nphone");
  });

  it("refuses more than 40 quotes in a section", () => {
    const result = SaveNoteInput.safeParse({
      template: "FREE",
      version: null,
      sections: { note: { text: "", quoteSeqs: Array.from({ length: 41 }, (_, i) => i + 1) } },
    });
    expect(result.success).toBe(false);
  });
});
