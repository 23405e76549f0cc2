// The counselor signs the note as last saved. From then on PostgreSQL itself
// refuses any change to the row (prisma/migrations/*_signed_notes_locked).
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { NOTE_NOT_FOUND, requireNoteCounselor } from "./note-access";
import { NOTE_SIGNED, STALE_NOTE } from "./save-note-draft";

export const SignNoteInput = z.object({ version: z.number().int().positive() });

export async function signNote(options: {
  actor: unknown;
  sessionId: unknown;
  input: unknown;
  ip?: string | null;
  now?: Date;
}): Promise<{ signedAt: string }> {
  const access = await requireNoteCounselor(options.actor, options.sessionId);
  const parsed = SignNoteInput.safeParse(options.input);
  if (!parsed.success) throw new AppError("INVALID", "Save the note before signing it.");
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const note = await tx.sessionNote.findUnique({
      where: { sessionId: access.session.id },
      select: { id: true, status: true, version: true, searchText: true },
    });
    if (!note) throw new AppError("NOT_FOUND", NOTE_NOT_FOUND);
    if (note.status === "SIGNED") throw new AppError("CONFLICT", NOTE_SIGNED, { reason: "SIGNED" });
    // Signing what the counselor has not seen (another tab saved since) would sign the wrong words.
    if (note.version !== parsed.data.version) throw new AppError("CONFLICT", STALE_NOTE, { reason: "STALE" });
    if (!note.searchText.trim()) throw new AppError("INVALID", "The note is empty. Write something before signing.");
    const { count } = await tx.sessionNote.updateMany({
      where: { id: note.id, version: note.version, status: "DRAFT" },
      data: { status: "SIGNED", signedAt: now, signedById: access.actor.id },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE_NOTE, { reason: "STALE" });
    await recordAudit(tx, {
      actorId: access.actor.id,
      action: "note.sign",
      targetType: "SessionNote",
      targetId: note.id,
      familyId: access.session.familyId,
      ip: options.ip,
    });
    return { signedAt: now.toISOString() };
  });
}
