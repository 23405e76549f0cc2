// The gate every invitation email passes: the counselor has confirmed their own
// email, and the limits allow one more. Counted and recorded under a
// per-counselor lock, so parallel sends cannot slip past the limit.
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { checkInvitationLimits } from "./invitation-limits";

const HOUR = 3_600_000;

export async function recordInvitationSend(
  tx: Prisma.TransactionClient,
  options: { counselorId: string; email: string; now: Date },
): Promise<void> {
  const { counselorId, email, now } = options;
  const counselor = await tx.user.findUniqueOrThrow({ where: { id: counselorId }, select: { emailVerifiedAt: true } });
  if (!counselor.emailVerifiedAt) {
    throw new AppError("FORBIDDEN", "Confirm your email address before inviting anyone: open the link we sent you.", {
      reason: "EMAIL_NOT_VERIFIED",
    });
  }
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invitation-send:${counselorId}`}))`;
  const [counselorLastHour, counselorLastDay, recipientLastDay] = await Promise.all([
    tx.invitationSend.count({ where: { counselorId, sentAt: { gt: new Date(now.getTime() - HOUR) } } }),
    tx.invitationSend.count({ where: { counselorId, sentAt: { gt: new Date(now.getTime() - 24 * HOUR) } } }),
    tx.invitationSend.count({ where: { email, sentAt: { gt: new Date(now.getTime() - 24 * HOUR) } } }),
  ]);
  const check = checkInvitationLimits({ counselorLastHour, counselorLastDay, recipientLastDay });
  if (!check.allowed) throw new AppError("RATE_LIMITED", check.message);
  await tx.invitationSend.create({ data: { counselorId, email, sentAt: now } });
}
