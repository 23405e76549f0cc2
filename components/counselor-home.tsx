import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { FamilySummary } from "@/lib/families/list-my-families";
import type { SessionListItem } from "@/lib/scheduling/list-sessions";
import { formatSessionTime } from "@/lib/scheduling/local-time";
import { FamilyMembers } from "./family-members";
import { SessionList } from "./session-list";
import type { AwaitingReview } from "@/lib/exercises/list-awaiting-review";

export function CounselorHome({
  user,
  families,
  upcoming,
  awaitingReview = [],
}: {
  user: CurrentUser;
  families: FamilySummary[];
  upcoming: SessionListItem[];
  awaitingReview?: AwaitingReview[];
}) {
  const nextFor = (familyId: string) => upcoming.find((s) => s.family.id === familyId);
  return (
    <>
      <div className="page-head">
        <h1>Welcome, {user.name}</h1>
        <Link className="button" href="/families/new">
          New family case
        </Link>
      </div>
      <section aria-labelledby="families-heading">
        <h2 id="families-heading">Your families</h2>
        {families.length === 0 ? (
          <div className="card" data-testid="no-families">
            <p>You have no family cases yet.</p>
            <p className="muted">Create a family case, then invite its members by email.</p>
          </div>
        ) : (
          <div className="grid">
            {families.map((family) => {
              const next = nextFor(family.id);
              return (
                <article className="card" key={family.id} data-testid="family-card">
                  <h3>
                    <Link href={`/families/${family.id}`}>{family.name}</Link>
                  </h3>
                  {family.description ? <p className="muted">{family.description}</p> : null}
                  <FamilyMembers members={family.members} />
                  <p className="muted">
                    {next
                      ? `Next: ${formatSessionTime(next.startsAt, next.endsAt, user.timeZone)}`
                      : "No session scheduled."}
                  </p>
                </article>
              );
            })}
          </div>
        )}
      </section>
      {awaitingReview.length ? (
        <section className="card" aria-labelledby="review-heading" data-testid="awaiting-review">
          <h2 id="review-heading">Exercises to review</h2>
          <ul className="session-list">
            {awaitingReview.map((a) => (
              <li key={a.id}>
                <Link href={`/exercises/${a.id}`}>{a.title}</Link>{" "}
                <span className="muted">
                  · {a.assigneeName} · {a.familyName}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Upcoming sessions</h2>
        <SessionList sessions={upcoming.slice(0, 8)} zone={user.timeZone} showFamily empty="Nothing scheduled." />
        <p>
          <Link href="/schedule">Week view →</Link>
        </p>
      </section>
    </>
  );
}
