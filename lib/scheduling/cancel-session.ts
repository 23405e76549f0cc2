// Cancelling one session, or the rest of its series, with a reason the family sees.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { sendEmails } from "@/lib/mail/send-email";
import { CancelSessionInput } from "./session-input";
import { requireWritableSessionCounselor } from "./session-access";
import { sessionsInScope } from "./select-scope";
import { sessionChangeEmails } from "./session-emails";

export async function cancelSession(options: {
  actor: unknown;
  sessionId: unknown;
  input: unknown;
  now?: Date;
}): Promise<{ cancelledIds: string[] }> {
  const { session } = await requireWritableSessionCounselor(options.actor, options.sessionId);
  const now = options.now ?? new Date();
  const parsed = CancelSessionInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  if (session.status !== "SCHEDULED") throw new AppError("CONFLICT", "Only a scheduled session can be cancelled.");
  const { reason, scope } = parsed.data;

  const cancelled = await prisma.$transaction(async (tx) => {
    const targets = await sessionsInScope(tx, session, scope);
    await tx.session.updateMany({
      where: { id: { in: targets.map((t) => t.id) }, status: "SCHEDULED" },
      data: { status: "CANCELLED", cancelReason: reason, cancelledAt: now },
    });
    return targets;
  });

  await sendEmails(
    await sessionChangeEmails({
      familyId: session.familyId,
      counselorName: session.family.counselor.name,
      change: { kind: "cancelled", reason },
      sessions: cancelled,
    }),
  );
  return { cancelledIds: cancelled.map((c) => c.id) };
}
