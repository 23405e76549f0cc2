// Which reminder an assignment is due for now. Pure. "Due soon" from 09:00 on
// the day before the due date (in the member's zone) until the due date ends;
// "overdue" once it has ended, for a week (a long-forgotten exercise does not
// start mailing people). Nothing once submitted or withdrawn.
import { addDays, zonedToUtc } from "@/lib/scheduling/local-time";

export type ExerciseReminderKind = "DUE_SOON" | "OVERDUE";

export const OVERDUE_REMINDER_DAYS = 7;

export function dueSoonFrom(dueDate: string, zone: string): Date {
  return zonedToUtc(addDays(dueDate, -1), "09:00", zone);
}

export function dueExerciseReminder(
  a: { status: string; withdrawnAt: Date | null; dueDate: string; timeZone: string; dueAt: Date },
  now: Date,
): ExerciseReminderKind | null {
  if (a.status !== "ASSIGNED" || a.withdrawnAt) return null;
  if (now >= a.dueAt) return now.getTime() - a.dueAt.getTime() < OVERDUE_REMINDER_DAYS * 86_400_000 ? "OVERDUE" : null;
  return now >= dueSoonFrom(a.dueDate, a.timeZone) ? "DUE_SOON" : null;
}
