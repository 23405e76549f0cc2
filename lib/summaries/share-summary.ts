// The counselor shares (or updates) a short summary of a session with the
// family. Unlike the note it is written for them, so it stays editable.
import { prisma } from "@/lib/db/client";
import { emitDomainEvent } from "@/lib/events/domain-events";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { requireWritableSessionCounselor } from "@/lib/scheduling/session-access";
import { ShareSummaryInput } from "./summary-input";

export async function shareSummary(options: {
  actor: unknown;
  sessionId: unknown;
  input: unknown;
  ip?: string | null;
}): Promise<{ sharedAt: string }> {
  const access = await requireWritableSessionCounselor(options.actor, options.sessionId);
  const parsed = ShareSummaryInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "The summary could not be shared.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  const shared = await prisma.$transaction(async (tx) => {
    const summary = await tx.sessionSummary.upsert({
      where: { sessionId: access.session.id },
      create: { sessionId: access.session.id, authorId: access.actor.id, ...parsed.data },
      update: parsed.data,
    });
    await recordAudit(tx, {
      actorId: access.actor.id,
      action: "summary.share",
      targetType: "SessionSummary",
      targetId: summary.id,
      familyId: access.session.familyId,
      ip: options.ip,
    });
    return { sharedAt: summary.sharedAt.toISOString() };
  });
  // After the commit, so nobody is sent to a summary that is not there.
  emitDomainEvent("summary.shared", { sessionId: access.session.id });
  return shared;
}
