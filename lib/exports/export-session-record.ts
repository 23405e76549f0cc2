// The counselor downloads a session's transcript, or its signed note, as PDF or
// Markdown. Every export is audited in the same transaction as its reads.
import { z } from "zod";
import { DateTime } from "luxon";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { getSessionNote } from "@/lib/notes/get-session-note";
import { NOTE_NOT_FOUND, requireNoteCounselor } from "@/lib/notes/note-access";
import { getTranscript } from "@/lib/transcript/get-transcript";
import { headerBlocks, noteBlocks, toMarkdown, transcriptBlocks } from "./record-document";
import { renderPdf } from "./render-pdf";

export const ExportInput = z.object({ what: z.enum(["transcript", "note"]), format: z.enum(["pdf", "md"]) });

export const RECORD_NOT_FOUND = "We could not find that session record to download.";

export type ExportFile = { filename: string; contentType: string; body: Buffer };

export async function exportSessionRecord(options: {
  actor: unknown;
  sessionId: unknown;
  input: unknown;
  zone: string;
  ip?: string | null;
}): Promise<ExportFile> {
  // Only the family's counselor exports; everyone else gets the same NOT_FOUND, worded for a record (a member who
  // follows a transcript link was told "note" before), which says nothing about whether the session exists.
  const access = await requireNoteCounselor(options.actor, options.sessionId).catch((error: unknown) => {
    throw error instanceof AppError && error.code === "NOT_FOUND" ? new AppError("NOT_FOUND", RECORD_NOT_FOUND) : error;
  });
  const parsed = ExportInput.safeParse(options.input);
  if (!parsed.success) throw new AppError("INVALID", "Choose the transcript or the note, as PDF or Markdown.");
  const { what, format } = parsed.data;
  const zone = DateTime.local().setZone(options.zone).isValid ? options.zone : "UTC";

  // A note export reads the transcript only for its header: audited as a read, not as a transcript export.
  const transcript = await getTranscript({
    actor: options.actor,
    sessionId: access.session.id,
    ip: options.ip,
    audit: what === "note" ? "transcript.read" : "transcript.export",
  });
  let blocks = headerBlocks(transcript.header, zone, what === "note" ? "Session note" : "Transcript");
  if (what === "note") {
    const { note } = await getSessionNote({ actor: options.actor, sessionId: access.session.id, ip: options.ip });
    if (!note) throw new AppError("NOT_FOUND", NOTE_NOT_FOUND);
    if (note.status !== "SIGNED")
      throw new AppError("CONFLICT", "Sign the note before exporting it.", { reason: "NOT_SIGNED" });
    blocks = [...blocks, ...noteBlocks(note, zone)];
    await recordAudit(prisma, {
      actorId: access.actor.id,
      action: "note.export",
      targetType: "SessionNote",
      targetId: note.id,
      familyId: access.session.familyId,
      ip: options.ip,
      detail: { format },
    });
  } else {
    blocks = [...blocks, { type: "heading", text: "Transcript" }, ...transcriptBlocks(transcript.items, zone)];
  }
  const day = DateTime.fromJSDate(access.session.startsAt, { zone }).toFormat("yyyy-LL-dd");
  const base = `mend-${what}-${day}-${access.session.id.slice(-6)}`;
  if (format === "md")
    return {
      filename: `${base}.md`,
      contentType: "text/markdown; charset=utf-8",
      body: Buffer.from(toMarkdown(blocks), "utf8"),
    };
  return {
    filename: `${base}.pdf`,
    contentType: "application/pdf",
    body: await renderPdf(blocks, {
      title: `${what === "note" ? "Session note" : "Transcript"}: ${transcript.header.title}`,
      author: transcript.header.counselorName,
    }),
  };
}
