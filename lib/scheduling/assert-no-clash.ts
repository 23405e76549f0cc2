// Refuses slots that overlap the counselor's other live or scheduled sessions.
// Runs inside the writing transaction under a per-counselor advisory lock, so
// two requests cannot both pass the check and double-book.
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { findClash, type Slot } from "./find-clash";
import { formatSessionTime } from "./local-time";

export async function assertNoClash(
  tx: Prisma.TransactionClient,
  options: { counselorId: string; counselorZone: string; slots: Slot[]; ignoreIds?: string[] },
) {
  if (options.slots.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`counselor-schedule:${options.counselorId}`}))`;
  const from = new Date(Math.min(...options.slots.map((s) => s.startsAt.getTime())));
  const to = new Date(Math.max(...options.slots.map((s) => s.endsAt.getTime())));
  const existing = await tx.session.findMany({
    where: {
      counselorId: options.counselorId,
      status: { in: ["SCHEDULED", "LIVE"] },
      startsAt: { lt: to },
      endsAt: { gt: from },
      id: { notIn: options.ignoreIds ?? [] },
    },
    select: { id: true, title: true, startsAt: true, endsAt: true, family: { select: { name: true } } },
  });
  const clash = findClash(options.slots, existing);
  if (!clash) return;
  const when = formatSessionTime(clash.existing.startsAt, clash.existing.endsAt, options.counselorZone);
  const message = `This overlaps “${clash.existing.title}” with ${clash.existing.family.name} on ${when}. Choose another time.`;
  throw new AppError("CONFLICT", message, { fieldErrors: { time: [message] } });
}
