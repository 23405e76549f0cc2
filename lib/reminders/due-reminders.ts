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
