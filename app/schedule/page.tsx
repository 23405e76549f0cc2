import type { Metadata } from "next";
import Link from "next/link";
import { DateTime } from "luxon";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { listSessionsBetween, listUpcomingSessions } from "@/lib/scheduling/list-sessions";
import { addDays, formatClock, isValidLocalDate, weekContaining, zonedToUtc } from "@/lib/scheduling/local-time";
import { SessionList } from "@/components/session-list";
import { describeTimeZone } from "@/lib/validation/time-zones";

export const metadata: Metadata = { title: "Schedule" };

export default async function SchedulePage({ searchParams }: { searchParams: Promise<{ week?: string }> }) {
  const user = await requireCurrentUser();
  const zone = user.timeZone;
  const { week: weekParam } = await searchParams;
  const anchor = weekParam && isValidLocalDate(weekParam) ? zonedToUtc(weekParam, "12:00", zone) : new Date();
  const week = weekContaining(anchor, zone);
  const [inWeek, upcoming] = await Promise.all([
    listSessionsBetween({ actor: user, from: week.start, to: week.end }),
    listUpcomingSessions({ actor: user, take: 20 }),
  ]);
  const today = DateTime.now().setZone(zone).toISODate();
  const days = Array.from({ length: 7 }, (_, i) => addDays(week.startDate, i));
  const showFamily = user.role === "COUNSELOR";

  return (
    <>
      <div className="page-head">
        <h1>Schedule</h1>
        <span className="muted">Times in {describeTimeZone(zone).label}</span>
      </div>
      <section aria-labelledby="week-heading" className="card">
        <div className="page-head">
          <h2 id="week-heading">Week of {DateTime.fromISO(week.startDate).toFormat("d LLLL yyyy")}</h2>
          <nav className="actions" aria-label="Weeks">
            <Link href={`/schedule?week=${addDays(week.startDate, -7)}`}>← Previous week</Link>
            <Link href="/schedule">This week</Link>
            <Link href={`/schedule?week=${addDays(week.startDate, 7)}`}>Next week →</Link>
          </nav>
        </div>
        <div className="week" data-testid="week-view">
          {days.map((day) => {
            const sessions = inWeek.filter((s) => DateTime.fromJSDate(s.startsAt, { zone }).toISODate() === day);
            return (
              <div
                key={day}
                className={`day${day === today ? " today" : ""}${sessions.length ? "" : " empty"}`}
                data-testid={`day-${day}`}
              >
                <h3>{DateTime.fromISO(day).toFormat("ccc d LLL")}</h3>
                {/* Shown on a phone, where an empty day is one short line instead of a box. */}
                {sessions.length ? null : <p className="day-free">Nothing scheduled</p>}
                {sessions.map((s) => (
                  <Link
                    key={s.id}
                    href={`/sessions/${s.id}`}
                    className={`slot${s.status === "CANCELLED" ? " cancelled" : ""}`}
                  >
                    {formatClock(s.startsAt, zone)} {s.title}
                    {showFamily ? <div className="muted">{s.family.name}</div> : null}
                  </Link>
                ))}
              </div>
            );
          })}
        </div>
      </section>
      <section aria-labelledby="agenda-heading" className="card">
        <h2 id="agenda-heading">Upcoming</h2>
        <SessionList sessions={upcoming} zone={zone} showFamily={showFamily} empty="Nothing scheduled." />
      </section>
    </>
  );
}
