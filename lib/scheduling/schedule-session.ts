// The counselor schedules a one-off session or a weekly / fortnightly series
// for one of their families. Every occurrence is its own row.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requireWritableFamilyCounselor } from "@/lib/families/family-access";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { sendEmails } from "@/lib/mail/send-email";
import { expandOccurrences } from "./recurrence";
import { ruleOf, ScheduleSessionInput } from "./session-input";
import { assertNoClash } from "./assert-no-clash";
import { sessionChangeEmails } from "./session-emails";

export async function scheduleSession(options: {
  actor: unknown;
  familyId: unknown;
  input: unknown;
  now?: Date;
}): Promise<{ sessionIds: string[]; seriesId: string | null }> {
  const access = await requireWritableFamilyCounselor(options.actor, options.familyId);
  const now = options.now ?? new Date();
  const parsed = ScheduleSessionInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  const values = parsed.data;
  const occurrences = expandOccurrences({
    firstDate: values.date,
    time: values.time,
    zone: values.timeZone,
    durationMinutes: values.durationMinutes,
    rule: ruleOf(values),
  });
  if (occurrences[0].startsAt <= now) {
    throw new AppError("INVALID", "Please correct the highlighted fields.", {
      fieldErrors: { date: ["Choose a date and time in the future."] },
    });
  }

  const counselor = await prisma.user.findUniqueOrThrow({
    where: { id: access.counselorId },
    select: { name: true, timeZone: true },
  });
  const created = await prisma.$transaction(async (tx) => {
    await assertNoClash(tx, { counselorId: access.counselorId, counselorZone: values.timeZone, slots: occurrences });
    const series =
      values.repeat === "NONE"
        ? null
        : await tx.sessionSeries.create({
            data: {
              familyId: access.familyId,
              frequency: values.repeat,
              timeZone: values.timeZone,
              firstLocalStart: `${values.date}T${values.time}`,
              count: values.endsAfter ?? null,
              untilLocalDate: values.endsOn ?? null,
            },
          });
    const sessions = await tx.session.createManyAndReturn({
      data: occurrences.map((o) => ({
        familyId: access.familyId,
        counselorId: access.counselorId,
        seriesId: series?.id ?? null,
        seriesIndex: series ? o.index : null,
        title: values.title,
        agenda: values.agenda,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        timeZone: values.timeZone,
      })),
      select: { id: true, title: true, startsAt: true, endsAt: true },
    });
    return { series, sessions };
  });

  await sendEmails(
    await sessionChangeEmails({
      familyId: access.familyId,
      counselorName: counselor.name,
      change: { kind: "scheduled" },
      sessions: created.sessions,
    }),
  );
  return { sessionIds: created.sessions.map((s) => s.id), seriesId: created.series?.id ?? null };
}
