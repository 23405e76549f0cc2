// The session record as a neutral document (headings, paragraphs, quotes,
// transcript lines), built once and rendered to Markdown or PDF. Pure: times are
// shown in the reader's zone, with a line for each new day.
import { DateTime } from "luxon";
import type { NoteView } from "@/lib/notes/get-session-note";
import { sectionsOf } from "@/lib/notes/note-content";
import { HELD_STATUS_LABEL, type TranscriptHeader, type TranscriptItem } from "@/lib/transcript/transcript-item";

export type Block =
  | { type: "title"; text: string }
  | { type: "heading"; text: string }
  | { type: "meta"; text: string }
  | { type: "paragraph"; text: string }
  | { type: "quote"; text: string; cite: string }
  | { type: "day"; text: string }
  | { type: "line"; time: string; who: string; text: string; aside?: string }
  | { type: "event"; time: string; text: string };

const at = (iso: string, zone: string, format: string) => DateTime.fromISO(iso, { zone }).toFormat(format);

export function headerBlocks(header: TranscriptHeader, zone: string, what: string): Block[] {
  const when = `${at(header.startsAt, zone, "cccc d LLLL yyyy, HH:mm")}–${at(header.endsAt, zone, "HH:mm")} (${zone})`;
  return [
    { type: "title", text: `${what}: ${header.title}` },
    { type: "meta", text: `Family: ${header.familyName}` },
    { type: "meta", text: `Session: ${when}` },
    { type: "meta", text: `Counselor: ${header.counselorName}` },
    {
      type: "meta",
      text: `Present: ${header.people
        .filter((p) => p.role !== "COUNSELOR")
        .map((p) => `${p.name} (${p.role === "PARENT" ? "parent" : "teen"})`)
        .join(", ")}`,
    },
  ];
}

export function noteBlocks(note: NoteView, zone: string): Block[] {
  const blocks: Block[] = [];
  for (const section of sectionsOf(note.template)) {
    const content = note.content.sections[section.key];
    blocks.push({ type: "heading", text: section.label });
    if (content?.text.trim())
      for (const para of content.text.trim().split(/\n{2,}/)) blocks.push({ type: "paragraph", text: para });
    for (const q of content?.quotes ?? [])
      blocks.push({ type: "quote", text: q.text, cite: `${q.sender}, ${at(q.at, zone, "HH:mm")} (#${q.seq})` });
    if (!content?.text.trim() && !content?.quotes.length) blocks.push({ type: "paragraph", text: "—" });
  }
  blocks.push({
    type: "meta",
    text:
      note.status === "SIGNED" && note.signedAt
        ? `Signed by ${note.signedByName} on ${at(note.signedAt, zone, "d LLLL yyyy, HH:mm")} (${zone}). This note is locked.`
        : "DRAFT — not signed.",
  });
  for (const addendum of note.addenda) {
    blocks.push({ type: "heading", text: `Addendum, ${at(addendum.signedAt, zone, "d LLLL yyyy, HH:mm")}` });
    blocks.push({ type: "paragraph", text: addendum.text });
    blocks.push({ type: "meta", text: `Signed by ${addendum.authorName}.` });
  }
  return blocks;
}

export function transcriptBlocks(items: TranscriptItem[], zone: string): Block[] {
  const blocks: Block[] = [];
  let day = "";
  for (const item of items) {
    const thisDay = at(item.at, zone, "cccc d LLLL yyyy");
    if (thisDay !== day) {
      day = thisDay;
      blocks.push({ type: "day", text: thisDay });
    }
    const time = at(item.at, zone, "HH:mm:ss");
    if (item.type === "event") blocks.push({ type: "event", time, text: item.text });
    else if (item.type === "blocked")
      blocks.push({
        type: "event",
        time,
        text: `A message from ${item.senderName} was blocked by the rules (${item.findings.join(", ")}).`,
      });
    else if (item.type === "nudged")
      blocks.push({
        type: "event",
        time,
        text: `${item.senderName} was nudged to rephrase a draft (${item.findings.join(", ")}); the draft's words are not kept.`,
      });
    else if (item.type === "held") {
      blocks.push({
        type: "line",
        time,
        who: item.senderName,
        text: item.text,
        aside: [HELD_STATUS_LABEL[item.status], ...item.findings, item.note ? `note: ${item.note}` : ""]
          .filter(Boolean)
          .join("; "),
      });
    } else {
      const who =
        item.kind === "COACHING"
          ? `${item.senderName} to ${item.recipientName ?? "?"} (private coaching)`
          : item.kind === "PRIVATE"
            ? `${item.senderName} to ${item.recipientName ?? "?"} (private line)`
            : item.kind === "PARAPHRASE"
              ? `${item.senderName} (paraphrase)`
              : item.senderName;
      const aside = [item.held ? "held, approved" : "", ...(item.findings ?? [])].filter(Boolean).join("; ");
      blocks.push({ type: "line", time, who: `#${item.seq} ${who}`, text: item.text, ...(aside ? { aside } : {}) });
    }
  }
  return blocks;
}

export function toMarkdown(blocks: Block[]): string {
  const escape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, "\\$1");
  return `${blocks
    .map((b) => {
      switch (b.type) {
        case "title":
          return `# ${escape(b.text)}`;
        case "heading":
          return `## ${escape(b.text)}`;
        case "meta":
          return `*${escape(b.text)}*`;
        case "paragraph":
          return escape(b.text);
        case "quote":
          return `> ${escape(b.text).replace(/\n/g, "\n> ")}\n>\n> — ${escape(b.cite)}`;
        case "day":
          return `### ${escape(b.text)}`;
        case "line":
          return `- **${b.time} ${escape(b.who)}:** ${escape(b.text)}${b.aside ? ` *(${escape(b.aside)})*` : ""}`;
        case "event":
          return `- *${b.time} ${escape(b.text)}*`;
      }
    })
    .join("\n\n")}\n`;
}
