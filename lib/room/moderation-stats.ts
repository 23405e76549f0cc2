// The counselor's figures for a session: per member, what the rules found,
// how nudges and holds went, and the ratio of kind messages to harsh moments
// (Gottman's stable couples run about 5:1 in conflict).
import { prisma } from "@/lib/db/client";
import { CATEGORIES, type Category } from "@/lib/moderation/categories";
import { readModeration } from "./json-columns";
import { requireRoomCounselor } from "./room-access";

export type MemberStats = {
  userId: string;
  name: string;
  byCategory: Partial<Record<Category, number>>;
  nudges: { shown: number; sentAnyway: number; reworded: number };
  holds: { held: number; approved: number; rejected: number; returned: number; withdrawn: number };
  blocked: number;
  /** Positive moments the rules noticed (appreciation, validation, repair, "I" statements). */
  positives: number;
  /** Delivered messages with at least one positive moment: what the counselor reads as "kind or appreciative". */
  kindMessages: number;
  /**
   * Moments the rules flagged (nudged, held or blocked): what the counselor reads as "harsh". Words
   * about self-harm are not harsh — they are a call for help — and are not counted here.
   */
  negatives: number;
  /**
   * kindMessages / negatives, or null when nothing harsh happened yet: the same two numbers the figures put in words
   * ("4 kind or appreciative messages, 2 harsh" is 2.0 : 1). It divided kind moments before, so a message with three
   * kind phrases counted three times and the table disagreed with the sentence beside it.
   */
  ratio: number | null;
};

export async function moderationStats(options: { actor: unknown; sessionId: unknown }): Promise<MemberStats[]> {
  const access = await requireRoomCounselor(options.actor, options.sessionId);
  const [logs, delivered] = await Promise.all([
    prisma.moderationLog.findMany({
      where: { sessionId: access.sessionId },
      select: { userId: true, outcome: true, categories: true },
    }),
    prisma.roomMessage.findMany({
      where: {
        sessionId: access.sessionId,
        kind: { in: ["MESSAGE", "PARAPHRASE"] },
        moderation: { not: { equals: null } },
      },
      select: { senderId: true, moderation: true },
    }),
  ]);
  return access.people
    .filter((p) => p.role !== "COUNSELOR")
    .map((person) => {
      const mine = logs.filter((l) => l.userId === person.userId);
      const count = (outcome: string) => mine.filter((l) => l.outcome === outcome).length;
      const harsh = (outcome: string) =>
        mine.filter((l) => l.outcome === outcome && l.categories.some((c) => c !== "SELF_HARM")).length;
      const byCategory: Partial<Record<Category, number>> = {};
      for (const l of mine) {
        if (!["NUDGED", "HELD", "BLOCKED"].includes(l.outcome)) continue;
        for (const c of l.categories)
          if ((CATEGORIES as readonly string[]).includes(c))
            byCategory[c as Category] = (byCategory[c as Category] ?? 0) + 1;
      }
      const records = delivered.filter((m) => m.senderId === person.userId).map((m) => readModeration(m.moderation));
      const found = records.map((r) => r?.positives.length ?? 0);
      const positives = found.reduce((sum, n) => sum + n, 0);
      const shown = count("NUDGED");
      const sentAnyway = count("SENT_ANYWAY");
      // A nudged message sent anyway is either delivered (its record says so) or held; a held one
      // was already counted as harsh when it was nudged, so it is not counted twice.
      const harshNudges = harsh("NUDGED");
      const heldAfterNudge = Math.min(
        harshNudges,
        Math.max(0, sentAnyway - records.filter((r) => r?.sentAnyway).length),
      );
      const negatives = harshNudges + Math.max(0, harsh("HELD") - heldAfterNudge) + harsh("BLOCKED");
      const kindMessages = found.filter((n) => n > 0).length;
      return {
        userId: person.userId,
        name: person.name,
        byCategory,
        nudges: { shown, sentAnyway, reworded: Math.max(0, shown - sentAnyway) },
        holds: {
          held: count("HELD"),
          approved: count("APPROVED"),
          rejected: count("REJECTED"),
          returned: count("RETURNED"),
          withdrawn: count("WITHDRAWN"),
        },
        blocked: count("BLOCKED"),
        positives,
        kindMessages,
        negatives,
        ratio: negatives ? kindMessages / negatives : null,
      };
    });
}
