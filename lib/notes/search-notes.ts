// Search over the counselor's own notes (drafts and signed), newest first. Only
// notes written in families they counsel today are searched. Parents and teens
// have no notes: for them the search does not exist (NOT_FOUND, as for any page
// that is not theirs).
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

export const SearchNotesInput = z.object({ query: z.string().trim().min(2, "Type at least two letters.").max(100) });

export type NoteHit = {
  sessionId: string;
  familyName: string;
  title: string;
  startsAt: string;
  status: "DRAFT" | "SIGNED";
  snippet: string;
};

function snippet(text: string, query: string): string {
  const at = text.toLowerCase().indexOf(query.toLowerCase());
  if (at < 0) return text.slice(0, 160);
  const start = Math.max(0, at - 60);
  return `${start > 0 ? "…" : ""}${text.slice(start, at + query.length + 80).replace(/\s+/g, " ")}…`;
}

export async function searchNotes(options: { actor: unknown; input: unknown }): Promise<NoteHit[]> {
  const actor = requireActor(options.actor);
  if (actor.role !== "COUNSELOR") throw new AppError("NOT_FOUND", "We could not find that page.");
  const parsed = SearchNotesInput.safeParse(options.input);
  if (!parsed.success) return [];
  const query = parsed.data.query;
  const notes = await prisma.sessionNote.findMany({
    where: {
      authorId: actor.id,
      session: { family: { counselorId: actor.id } },
      searchText: { contains: query, mode: "insensitive" },
    },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: {
      sessionId: true,
      status: true,
      searchText: true,
      session: { select: { title: true, startsAt: true, family: { select: { name: true } } } },
    },
  });
  return notes.map((n) => ({
    sessionId: n.sessionId,
    familyName: n.session.family.name,
    title: n.session.title,
    startsAt: n.session.startsAt.toISOString(),
    status: n.status,
    snippet: snippet(n.searchText, query),
  }));
}
