// Expanding a one-off or recurring session into concrete occurrences. Pure:
// the same input always gives the same instants. Recurrence is defined in the
// counselor's zone, so a weekly 17:00 stays at 17:00 local across DST changes.
import { addDays, daysBetween, zonedToUtc, type LocalDate, type LocalTime } from "./local-time";

export type Frequency = "WEEKLY" | "BIWEEKLY";

export type RecurrenceRule =
  | { kind: "once" }
  | { kind: "repeat"; frequency: Frequency; count: number }
  | { kind: "repeat"; frequency: Frequency; untilDate: LocalDate };

export type Occurrence = { index: number; localDate: LocalDate; startsAt: Date; endsAt: Date };

export const MAX_OCCURRENCES = 104;

const STEP_DAYS: Record<Frequency, number> = { WEEKLY: 7, BIWEEKLY: 14 };

export function expandOccurrences(input: {
  firstDate: LocalDate;
  time: LocalTime;
  zone: string;
  durationMinutes: number;
  rule: RecurrenceRule;
}): Occurrence[] {
  const dates = occurrenceDates(input.firstDate, input.rule);
  return dates.map((localDate, index) => {
    const startsAt = zonedToUtc(localDate, input.time, input.zone);
    return { index, localDate, startsAt, endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000) };
  });
}

function occurrenceDates(firstDate: LocalDate, rule: RecurrenceRule): LocalDate[] {
  if (rule.kind === "once") return [firstDate];
  const step = STEP_DAYS[rule.frequency];
  const count =
    "count" in rule
      ? rule.count
      : daysBetween(firstDate, rule.untilDate) < 0
        ? 0
        : Math.floor(daysBetween(firstDate, rule.untilDate) / step) + 1;
  if (count > MAX_OCCURRENCES) throw new RangeError(`A series can have at most ${MAX_OCCURRENCES} sessions.`);
  return Array.from({ length: count }, (_, i) => addDays(firstDate, i * step));
}
