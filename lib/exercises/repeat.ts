// When an assignment is due, and its weekly repeats. Pure. A due date is a day
// in the member's own zone, and the exercise is due by the end of that day, so
// a weekly repeat stays "due Sunday, end of day" for them across DST changes.
import { addDays, daysBetween, zonedToUtc, type LocalDate } from "@/lib/scheduling/local-time";

export const MAX_REPEATS = 52;

export type DueDate = { dueDate: LocalDate; dueAt: Date };

/** The instant the member's due date ends: midnight at the start of the next day in their zone. */
export function endOfLocalDay(date: LocalDate, zone: string): Date {
  return zonedToUtc(addDays(date, 1), "00:00", zone);
}

export function expandDueDates(input: {
  firstDate: LocalDate;
  repeatUntil: LocalDate | null;
  zone: string;
}): DueDate[] {
  const weeks = input.repeatUntil === null ? 1 : Math.floor(daysBetween(input.firstDate, input.repeatUntil) / 7) + 1;
  if (weeks < 1) throw new RangeError("The repeat must end on or after the first due date.");
  if (weeks > MAX_REPEATS) throw new RangeError(`An exercise can repeat at most ${MAX_REPEATS} times.`);
  return Array.from({ length: weeks }, (_, i) => {
    const dueDate = addDays(input.firstDate, i * 7);
    return { dueDate, dueAt: endOfLocalDay(dueDate, input.zone) };
  });
}
