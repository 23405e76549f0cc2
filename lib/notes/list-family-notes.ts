// The counselor's list of a family's sessions with the state of each note:
// none, draft, signed, signed with addenda. Members never reach it.
import { prisma } from "@/lib/db/client";
import { requireFamilyCounselor } from "@/lib/families/family-access";

export type NoteListItem = {
  sessionId: string;
  title: string;
  startsAt: string;
  sessionStatus: string;
  note: {
    status: "DRAFT" | "SIGNED";
    template: string;
    updatedAt: string;
    signedAt: string | null;
    addenda: number;
  } | null;
};

export async function listFamilyNotes(options: { actor: unknown; familyId: unknown }): Promise<NoteListItem[]> {
  const access = await requireFamilyCounselor(options.actor, options.familyId);
  const sessions = await prisma.session.findMany({
    where: {
      familyId: access.familyId,
      archivedAt: null,
      OR: [{ status: { in: ["LIVE", "ENDED"] } }, { note: { isNot: null } }],
    },
    orderBy: { startsAt: "desc" },
    select: {
      id: true,
      title: true,
      startsAt: true,
      status: true,
      note: {
        select: {
          status: true,
          template: true,
          updatedAt: true,
          signedAt: true,
          _count: { select: { addenda: true } },
        },
      },
    },
  });
  return sessions.map((s) => ({
    sessionId: s.id,
    title: s.title,
    startsAt: s.startsAt.toISOString(),
    sessionStatus: s.status,
    note: s.note && {
      status: s.note.status,
      template: s.note.template,
      updatedAt: s.note.updatedAt.toISOString(),
      signedAt: s.note.signedAt?.toISOString() ?? null,
      addenda: s.note._count.addenda,
    },
  }));
}
