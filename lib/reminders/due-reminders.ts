// Which reminders are due for a session now. Pure. A reminder is due from its
// time until the next one takes over, so one that was missed while the server
// was down is still sent when it comes back, and none is sent once the session
// has started.
export type ReminderKind = "DAY_BEFORE" | "HOUR_BEFORE";

const HOUR = 3600_000;

export const REMINDER_WINDOWS: Record<ReminderKind, { from: number; until: number }> = {
  DAY_BEFORE: { from: 24 * HOUR, until: 2 * HOUR },
  HOUR_BEFORE: { from: 1 * HOUR, until: 0 },
};

export function dueReminders(session: { startsAt: Date; status: string }, now: Date): ReminderKind[] {
  if (session.status !== "SCHEDULED") return [];
  const lead = session.startsAt.getTime() - now.getTime();
  return (Object.keys(REMINDER_WINDOWS) as ReminderKind[]).filter(
    (kind) => lead <= REMINDER_WINDOWS[kind].from && lead > REMINDER_WINDOWS[kind].until,
  );
}

/**
 * How far off the session is, in the words of the email: a session booked three hours or
 * twenty minutes ahead is not "in about a day" or "in about an hour".
 */
export function leadText(startsAt: Date, now: Date): string {
  const minutes = Math.round((startsAt.getTime() - now.getTime()) / 60_000);
  if (minutes >= 20 * 60) return "in about a day";
  if (minutes >= 90) return `in about ${Math.round(minutes / 60)} hours`;
  if (minutes >= 50) return "in about an hour";
  return minutes <= 1 ? "in a minute" : `in ${minutes} minutes`;
}

/** "Bennett" → "the Bennett family"; "The Bennetts" → "the Bennetts", mid-sentence. */
export function familyPhrase(name: string): string {
  const trimmed = name.trim();
  if (/^the\b/i.test(trimmed)) return `the${trimmed.slice(3)}`;
  return /\bfamily$/i.test(trimmed) ? `the ${trimmed}` : `the ${trimmed} family`;
}
