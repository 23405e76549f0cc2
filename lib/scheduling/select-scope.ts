import type { Prisma } from "@/lib/db/generated/client";

/** The still-scheduled sessions a change applies to: this one, or this and the later ones of its series. */
export async function sessionsInScope(
  tx: Prisma.TransactionClient,
  session: { id: string; seriesId: string | null; seriesIndex: number | null },
  scope: "ONE" | "FOLLOWING",
) {
  const following = scope === "FOLLOWING" && session.seriesId !== null && session.seriesIndex !== null;
  return tx.session.findMany({
    where: following
      ? { seriesId: session.seriesId, seriesIndex: { gte: session.seriesIndex! }, status: "SCHEDULED" }
      : { id: session.id, status: "SCHEDULED" },
    orderBy: { startsAt: "asc" },
  });
}
