// Moving one session, or this and the following sessions of its series: each
// keeps its own date shifted by the same number of days, at the new local time
// in the zone it was scheduled in.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { sendEmails } from "@/lib/mail/send-email";
import { addDays, daysBetween, utcToZoned, zonedToUtc } from "./local-time";
import { RescheduleSessionInput } from "./session-input";
import { requireWritableSessionCounselor } from "./session-access";
import { assertNoClash } from "./assert-no-clash";
import { sessionsInScope } from "./select-scope";
import { sessionChangeEmails } from "./session-emails";

export async function rescheduleSession(options: {
  actor: unknown;
  sessionId: unknown;
  input: unknown;
  now?: Date;
}): Promise<{ movedIds: string[] }> {
  const { session } = await requireWritableSessionCounselor(options.actor, options.sessionId);
  const now = options.now ?? new Date();
  const parsed = RescheduleSessionInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  const { date, time, durationMinutes, scope } = parsed.data;
  if (session.status !== "SCHEDULED") throw new AppError("CONFLICT", "Only a scheduled session can be moved.");
  const dayShift = daysBetween(utcToZoned(session.startsAt, session.timeZone).date, date);

  const moved = await prisma.$transaction(async (tx) => {
    const targets = await sessionsInScope(tx, session, scope);
    const updates = targets.map((t) => {
      const startsAt = zonedToUtc(addDays(utcToZoned(t.startsAt, t.timeZone).date, dayShift), time, t.timeZone);
      return { id: t.id, title: t.title, startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000) };
    });
    if (updates.length === 0 || updates[0].startsAt <= now) {
      throw new AppError("INVALID", "Please correct the highlighted fields.", {
        fieldErrors: { date: ["Choose a date and time in the future."] },
      });
    }
    await assertNoClash(tx, {
      counselorId: session.counselorId,
      counselorZone: session.timeZone,
      slots: updates,
      ignoreIds: updates.map((u) => u.id),
    });
    for (const u of updates)
      await tx.session.update({ where: { id: u.id }, data: { startsAt: u.startsAt, endsAt: u.endsAt } });
    return updates;
  });

  await sendEmails(
    await sessionChangeEmails({
      familyId: session.familyId,
      counselorName: session.family.counselor.name,
      change: { kind: "moved" },
      sessions: moved,
    }),
  );
  return { movedIds: moved.map((m) => m.id) };
}
