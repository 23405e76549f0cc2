// Sends every exercise reminder that is due now, each exactly once, as session
// reminders do (lib/reminders): the delivery row's unique key (assignment,
// kind) is written in the same transaction as the email. The assignment row is
// locked first and its status checked again, so a reminder can never go out
// after a submission (submitAnswers takes the same lock) or a withdrawal.
import { prisma } from "@/lib/db/client";
import { publicUrl } from "@/lib/config/env";
import { dueExerciseReminder, OVERDUE_REMINDER_DAYS, type ExerciseReminderKind } from "./due-exercise-reminders";
import { formatDueDate } from "./due-date-text";
import { shortName } from "@/lib/people/names";

const DAY = 86_400_000;

export async function sendExerciseReminders(options: { now?: Date } = {}): Promise<{ sent: number }> {
  const now = options.now ?? new Date();
  const candidates = await prisma.exerciseAssignment.findMany({
    where: {
      status: "ASSIGNED",
      withdrawnAt: null,
      dueAt: { gt: new Date(now.getTime() - OVERDUE_REMINDER_DAYS * DAY), lte: new Date(now.getTime() + 3 * DAY) },
      assignee: { remindersEnabled: true },
    },
    select: {
      id: true,
      status: true,
      withdrawnAt: true,
      dueDate: true,
      timeZone: true,
      dueAt: true,
      reminders: { select: { kind: true } },
    },
  });
  let sent = 0;
  for (const candidate of candidates) {
    const kind = dueExerciseReminder(candidate, now);
    if (!kind || candidate.reminders.some((r) => r.kind === kind)) continue;
    if (await sendOne(candidate.id, kind, now)) sent++;
  }
  return { sent };
}

async function sendOne(assignmentId: string, kind: ExerciseReminderKind, now: Date): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<
      { status: string; withdrawnAt: Date | null; familyId: string; assigneeId: string }[]
    >`
      select status::text as status, "withdrawnAt", "familyId", "assigneeId" from "ExerciseAssignment" where id = ${assignmentId} for update`;
    if (!locked || locked.status !== "ASSIGNED" || locked.withdrawnAt) return false;
    // Someone removed from the family hears nothing more from it.
    if (
      !(await tx.familyMember.findFirst({
        where: { familyId: locked.familyId, userId: locked.assigneeId },
        select: { id: true },
      }))
    )
      return false;
    const { count } = await tx.exerciseReminderDelivery.createMany({
      data: [{ assignmentId, kind, sentAt: now }],
      skipDuplicates: true,
    });
    if (count === 0) return false;
    const a = await tx.exerciseAssignment.findUniqueOrThrow({
      where: { id: assignmentId },
      select: {
        dueDate: true,
        timeZone: true,
        assignee: { select: { name: true, email: true } },
        version: { select: { title: true, minutes: true } },
      },
    });
    await tx.email.create({
      data: {
        to: a.assignee.email,
        kind: kind === "DUE_SOON" ? "exercise-due-soon" : "exercise-overdue",
        subject:
          kind === "DUE_SOON"
            ? `Reminder: “${a.version.title}” is due ${formatDueDate(a.dueDate)}`
            : `“${a.version.title}” is overdue`,
        text: [
          `Hi ${shortName(a.assignee.name)},`,
          "",
          kind === "DUE_SOON"
            ? `Your exercise “${a.version.title}” (about ${a.version.minutes} minutes) is due by the end of ${formatDueDate(a.dueDate)} (${a.timeZone}).`
            : `Your exercise “${a.version.title}” was due on ${formatDueDate(a.dueDate)}. It's not too late: you can still do it and send it in.`,
          "",
          `Open it: ${publicUrl()}/exercises/${assignmentId}`,
          `You can switch reminders off in your settings: ${publicUrl()}/settings`,
        ].join("\n"),
      },
    });
    return true;
  });
}
