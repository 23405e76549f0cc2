// The counselor opens a session's note (or finds there is none yet). Reading an
// existing note is audited in the same transaction as the read.
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { NoteTemplateName } from "./note-content";
import { parseNoteContent, type NoteContent } from "./note-content";
import { requireNoteCounselor } from "./note-access";

export type NoteView = {
  id: string;
  template: NoteTemplateName;
  content: NoteContent;
  status: "DRAFT" | "SIGNED";
  version: number;
  updatedAt: string;
  signedAt: string | null;
  signedByName: string | null;
  addenda: { id: string; text: string; signedAt: string; authorName: string }[];
};

export async function getSessionNote(options: { actor: unknown; sessionId: unknown; ip?: string | null }) {
  const access = await requireNoteCounselor(options.actor, options.sessionId);
  const note = await prisma.$transaction(async (tx) => {
    const row = await tx.sessionNote.findUnique({
      where: { sessionId: access.session.id },
      include: {
        signedBy: { select: { name: true } },
        addenda: { orderBy: { signedAt: "asc" }, include: { author: { select: { name: true } } } },
      },
    });
    if (row) {
      await recordAudit(tx, {
        actorId: access.actor.id,
        action: "note.read",
        targetType: "SessionNote",
        targetId: row.id,
        familyId: access.session.familyId,
        ip: options.ip,
      });
    }
    return row;
  });
  const view: NoteView | null = note && {
    id: note.id,
    template: note.template,
    content: parseNoteContent(note.content),
    status: note.status,
    version: note.version,
    updatedAt: note.updatedAt.toISOString(),
    signedAt: note.signedAt?.toISOString() ?? null,
    signedByName: note.signedBy?.name ?? null,
    addenda: note.addenda.map((a) => ({
      id: a.id,
      text: a.text,
      signedAt: a.signedAt.toISOString(),
      authorName: a.author.name,
    })),
  };
  return { session: access.session, note: view };
}
