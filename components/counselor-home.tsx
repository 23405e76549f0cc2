import type { CurrentUser } from "@/lib/auth/current-user";
import type { FamilySummary } from "@/lib/families/list-my-families";
import { FamilyMembers } from "./family-members";

export function CounselorHome({ user, families }: { user: CurrentUser; families: FamilySummary[] }) {
  return (
    <>
      <h1>Welcome, {user.name}</h1>
      <p className="muted">Your time zone: {user.timeZone}</p>
      <section aria-labelledby="families-heading">
        <h2 id="families-heading">Your families</h2>
        {families.length === 0 ? (
          <div className="card" data-testid="no-families">
            <p>You have no family cases yet.</p>
            <p className="muted">Once you create a family case and invite its members, it will appear here with its members and sessions.</p>
          </div>
        ) : (
          <div className="grid">
            {families.map((family) => (
              <article className="card" key={family.id} data-testid="family-card">
                <h3>{family.name}</h3>
                {family.description ? <p className="muted">{family.description}</p> : null}
                <FamilyMembers members={family.members} />
              </article>
            ))}
          </div>
        )}
      </section>
    </>
  );
}
