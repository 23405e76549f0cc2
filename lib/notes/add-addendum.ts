// A correction to a signed note: appended, dated and signed at once; the
// original stays as it was. The database refuses addenda to unsigned notes and
// any change to an addendum once written.
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { AddendumInput } from "./note-content";
import { NOTE_NOT_FOUND, requireNoteCounselor } from "./note-access";

export async function addAddendum(options: {
  actor: unknown;
  sessionId: unknown;
  input: unknown;
  ip?: string | null;
}): Promise<{ id: string; signedAt: string }> {
  const access = await requireNoteCounselor(options.actor, options.sessionId);
  const parsed = AddendumInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "That addendum could not be added.");
  return prisma.$transaction(async (tx) => {
    const note = await tx.sessionNote.findUnique({
      where: { sessionId: access.session.id },
      select: { id: true, status: true },
    });
    if (!note) throw new AppError("NOT_FOUND", NOTE_NOT_FOUND);
    if (note.status !== "SIGNED")
      throw new AppError("CONFLICT", "Sign the note first; until then you can still edit it.", {
        reason: "NOT_SIGNED",
      });
    const addendum = await tx.noteAddendum.create({
      data: { noteId: note.id, authorId: access.actor.id, text: parsed.data.text },
    });
    await recordAudit(tx, {
      actorId: access.actor.id,
      action: "note.addendum",
      targetType: "SessionNote",
      targetId: note.id,
      familyId: access.session.familyId,
      ip: options.ip,
    });
    return { id: addendum.id, signedAt: addendum.signedAt.toISOString() };
  });
}
