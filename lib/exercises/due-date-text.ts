// A due date in words. Client-safe.
import { DateTime } from "luxon";

/** "Sunday 7 March" (the year only when it is not this year). */
export function formatDueDate(date: string, today = DateTime.now().toISODate()): string {
  const d = DateTime.fromISO(date, { zone: "UTC" });
  return d.toFormat(d.year === DateTime.fromISO(today ?? date).year ? "cccc d LLLL" : "cccc d LLLL yyyy");
}
