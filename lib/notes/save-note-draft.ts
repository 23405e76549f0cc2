// Autosave of the counselor's draft. Every save names the version it started
// from; a save from a stale tab is refused with CONFLICT instead of silently
// overwriting the other tab's words. Quotes are copied from the transcript here,
// on the server, so a quote always says exactly what was said at its seq.
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { noteSearchText, SaveNoteInput, sectionsOf, type NoteContent, type Quote } from "./note-content";
import { requireNoteCounselor } from "./note-access";
import { SESSION_ARCHIVED } from "@/lib/scheduling/session-access";

export const STALE_NOTE =
  "This note was changed in another tab or window. Reload to see the newest version, or copy your text first.";
export const NOTE_SIGNED = "This note is signed and can no longer change. Add an addendum instead.";

export async function saveNoteDraft(options: {
  actor: unknown;
  sessionId: unknown;
  input: unknown;
}): Promise<{ version: number; savedAt: string; content: NoteContent }> {
  const access = await requireNoteCounselor(options.actor, options.sessionId);
  if (access.session.archivedAt || access.session.family.archivedAt)
    throw new AppError("CONFLICT", SESSION_ARCHIVED, { reason: "ARCHIVED" });
  const parsed = SaveNoteInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "That note could not be saved.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  const input = parsed.data;
  const keys = sectionsOf(input.template).map((s) => s.key);
  const unknownKey = Object.keys(input.sections).find((k) => !keys.includes(k));
  if (unknownKey) throw new AppError("INVALID", `A ${input.template} note has no section called “${unknownKey}”.`);

  const sessionId = access.session.id;
  const seqs = [...new Set(Object.values(input.sections).flatMap((s) => s.quoteSeqs))];
  const lines = seqs.length
    ? await prisma.roomMessage.findMany({
        where: { sessionId, seq: { in: seqs } },
        select: { seq: true, kind: true, text: true, createdAt: true, sender: { select: { name: true } } },
      })
    : [];
  const bySeq = new Map(lines.map((l) => [l.seq, l]));
  const missing = seqs.find((seq) => !bySeq.has(seq));
  if (missing !== undefined)
    throw new AppError("INVALID", `There is no message #${missing} in this session's transcript.`);

  const content: NoteContent = { sections: {} };
  for (const key of keys) {
    const section = input.sections[key] ?? { text: "", quoteSeqs: [] };
    const quotes: Quote[] = section.quoteSeqs.map((seq) => {
      const line = bySeq.get(seq)!;
      return {
        seq,
        kind: line.kind,
        sender: line.sender?.name ?? "Room",
        text: line.text,
        at: line.createdAt.toISOString(),
      };
    });
    content.sections[key] = { text: section.text, quotes };
  }
  const data = {
    template: input.template,
    content: content as Prisma.InputJsonValue,
    searchText: noteSearchText(content),
  };

  const saved = await prisma
    .$transaction(async (tx) => {
      const current = await tx.sessionNote.findUnique({
        where: { sessionId },
        select: { id: true, status: true, version: true },
      });
      if (!current) {
        if (input.version !== null) throw new AppError("CONFLICT", STALE_NOTE, { reason: "STALE" });
        return tx.sessionNote.create({
          data: { ...data, sessionId, familyId: access.session.familyId, authorId: access.actor.id },
          select: { version: true, updatedAt: true },
        });
      }
      if (current.status === "SIGNED") throw new AppError("CONFLICT", NOTE_SIGNED, { reason: "SIGNED" });
      if (input.version !== current.version) throw new AppError("CONFLICT", STALE_NOTE, { reason: "STALE" });
      // The version in the WHERE makes the check and the write one step, even between two racing saves.
      const { count } = await tx.sessionNote.updateMany({
        where: { id: current.id, version: current.version, status: "DRAFT" },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLICT", STALE_NOTE, { reason: "STALE" });
      return tx.sessionNote.findUniqueOrThrow({
        where: { id: current.id },
        select: { version: true, updatedAt: true },
      });
    })
    .catch((error: unknown) => {
      // Two first drafts racing: the unique sessionId lets only one in.
      if (error && typeof error === "object" && "code" in error && error.code === "P2002")
        throw new AppError("CONFLICT", STALE_NOTE, { reason: "STALE" });
      throw error;
    });
  return { version: saved.version, savedAt: saved.updatedAt.toISOString(), content };
}
