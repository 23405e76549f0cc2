import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { FamilySummary } from "@/lib/families/list-my-families";
import type { SessionListItem } from "@/lib/scheduling/list-sessions";
import { formatSessionTime } from "@/lib/scheduling/local-time";
import { describeTimeZone } from "@/lib/validation/time-zones";
import { FamilyMembers } from "./family-members";
import { SessionList } from "./session-list";
import type { SummaryListItem } from "@/lib/summaries/list-my-summaries";
import { nextOfEachSeries, type AssignmentListItem } from "@/lib/exercises/list-assignments";
import { AssignmentList } from "./exercises/assignment-list";
import { shortName } from "@/lib/people/names";

export function MemberHome({
  user,
  families,
  upcoming,
  summaries,
  exercises,
}: {
  user: CurrentUser;
  families: FamilySummary[];
  upcoming: SessionListItem[];
  summaries: SummaryListItem[];
  exercises: AssignmentListItem[];
}) {
  const [next, ...rest] = upcoming;
  const openExercises = nextOfEachSeries(
    exercises.filter((a) => a.shown === "DUE" || a.shown === "OVERDUE" || a.shown === "RETURNED"),
  );
  return (
    <>
      <h1>Hi, {shortName(user.name)}</h1>
      {next ? (
        <section className="card next-session" aria-labelledby="next-heading" data-testid="next-session">
          <span className="pill">Your next session</span>
          <h2 id="next-heading">
            <Link href={`/sessions/${next.id}`}>{next.title}</Link>
          </h2>
          <p className="when">{formatSessionTime(next.startsAt, next.endsAt, user.timeZone)}</p>
          <p className="muted">
            With {next.family.counselor.name} · {next.family.name} · times in {describeTimeZone(user.timeZone).label}
          </p>
          {next.status === "LIVE" ? (
            <Link className="button" href={`/sessions/${next.id}/room`}>
              Join the session
            </Link>
          ) : null}
        </section>
      ) : families.length ? (
        <div className="card">
          <p>No session is scheduled yet. Your counselor will set one up.</p>
        </div>
      ) : null}
      {summaries.length ? (
        <section className="card" aria-labelledby="summaries-heading" data-testid="home-summaries">
          <h2 id="summaries-heading">From your counselor</h2>
          <ul className="session-list">
            {summaries.map((s) => (
              <li key={s.sessionId}>
                <Link href={`/sessions/${s.sessionId}`}>Summary of “{s.title}”</Link>{" "}
                {s.read ? null : <span className="pill">New</span>}
                {s.practice ? <p className="muted">To practise: {s.practice}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {exercises.length ? (
        <section className="card" aria-labelledby="exercises-heading" data-testid="home-exercises">
          <h2 id="exercises-heading">Your exercises</h2>
          <AssignmentList items={openExercises} empty="All done for now." />
          <p>
            <Link href="/exercises">All your exercises →</Link>
          </p>
        </section>
      ) : null}
      {rest.length ? (
        <section className="card" aria-labelledby="later-heading">
          <h2 id="later-heading">Later sessions</h2>
          <SessionList sessions={rest} zone={user.timeZone} empty="" />
        </section>
      ) : null}
      {families.length === 0 ? (
        <div className="card">
          {/* Worded for both: someone new, and someone whose counselor removed them (who was told "yet" before). */}
          <p>You are not part of a family in Mend right now.</p>
          <p className="muted">
            A counselor adds you with an invitation link. If you expected to be in a family, ask your counselor.
          </p>
        </div>
      ) : (
        families.map((family) => (
          <article className="card" key={family.id} data-testid="family-card">
            <span className="pill">Your family</span>
            <h2>
              <Link href={`/families/${family.id}`}>{family.name}</Link>
            </h2>
            <p>
              Your counselor: <strong>{family.counselor.name}</strong>{" "}
              <span className="muted">({family.counselor.email})</span>
            </p>
            <FamilyMembers members={family.members} />
          </article>
        ))
      )}
    </>
  );
}
