// Wall-clock time in a named zone <-> instants. All zone arithmetic goes
// through luxon (IANA data from the platform's Intl), never by hand.
import { DateTime } from "luxon";

export type LocalDate = string; // "2027-03-08"
export type LocalTime = string; // "17:00"

export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The instant at which clocks in `zone` show `date` `time`. A wall time that
 * does not exist (skipped by a spring-forward change) moves forward by the gap,
 * as calendar apps do.
 */
export function zonedToUtc(date: LocalDate, time: LocalTime, zone: string): Date {
  const dt = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!dt.isValid) throw new RangeError(`Invalid local date/time ${date} ${time} in ${zone}: ${dt.invalidExplanation}`);
  return dt.toJSDate();
}

export function utcToZoned(instant: Date, zone: string): { date: LocalDate; time: LocalTime } {
  const dt = DateTime.fromJSDate(instant, { zone });
  return { date: dt.toISODate()!, time: dt.toFormat("HH:mm") };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return DateTime.fromISO(date, { zone: "UTC" }).plus({ days }).toISODate()!;
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round(DateTime.fromISO(to, { zone: "UTC" }).diff(DateTime.fromISO(from, { zone: "UTC" }), "days").days);
}

export function isValidLocalDate(date: string): boolean {
  return LOCAL_DATE.test(date) && DateTime.fromISO(date, { zone: "UTC" }).isValid;
}

/** "Mon 8 Mar 2027, 17:00–17:50 EST" in the viewer's zone. */
export function formatSessionTime(startsAt: Date, endsAt: Date, zone: string): string {
  const start = DateTime.fromJSDate(startsAt, { zone });
  const end = DateTime.fromJSDate(endsAt, { zone });
  const sameDay = start.hasSame(end, "day");
  return `${start.toFormat("ccc d LLL yyyy, HH:mm")}–${sameDay ? end.toFormat("HH:mm") : end.toFormat("ccc d LLL HH:mm")} ${start.offsetNameShort ?? start.toFormat("ZZZZ")}`;
}

export function formatDay(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("cccc d LLLL yyyy");
}

export function formatClock(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("HH:mm");
}

/** Monday 00:00 of the week containing `instant`, in `zone`, and the Monday after. */
export function weekContaining(instant: Date, zone: string): { start: Date; end: Date; startDate: LocalDate } {
  const monday = DateTime.fromJSDate(instant, { zone }).startOf("week");
  return { start: monday.toJSDate(), end: monday.plus({ weeks: 1 }).toJSDate(), startDate: monday.toISODate()! };
}

/** A session's start as one family member's clock shows it, and whether that hour is hard for them (before 7, from 22). */
export type MemberClock = { name: string; zone: string; text: string; unsociable: boolean };

const EARLIEST_HOUR = 7;
const LATEST_HOUR = 22;

/**
 * What each member's own clock will show for a start entered as `date` `time` in `zone`: the counselor schedules in
 * their zone, and a 07:30 in New York is 04:30 for a teen in Los Angeles. Null until the date and time are complete.
 */
export function familyClockTimes(
  date: string,
  time: string,
  zone: string,
  members: { name: string; timeZone: string | null }[],
): MemberClock[] | null {
  if (!isValidLocalDate(date) || !LOCAL_TIME.test(time)) return null;
  const start = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!start.isValid) return null;
  return members.flatMap((m) => {
    if (!m.timeZone) return [];
    const local = start.setZone(m.timeZone);
    if (!local.isValid) return [];
    const sameDay = local.toISODate() === start.toISODate();
    return [
      {
        name: m.name,
        zone: m.timeZone,
        text: `${local.toFormat(sameDay ? "HH:mm" : "ccc d LLL, HH:mm")} ${local.offsetNameShort}`,
        unsociable: local.hour < EARLIEST_HOUR || local.hour >= LATEST_HOUR,
      },
    ];
  });
}
