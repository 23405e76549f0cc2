import type { CurrentUser } from "@/lib/auth/current-user";
import type { FamilySummary } from "@/lib/families/list-my-families";
import { FamilyMembers } from "./family-members";

export function MemberHome({ user, families }: { user: CurrentUser; families: FamilySummary[] }) {
  return (
    <>
      <h1>Hi, {user.name.split(" ")[0]}</h1>
      {families.length === 0 ? (
        <div className="card">
          <p>You are not part of a family in Mend yet.</p>
          <p className="muted">Your counselor will send you an invitation link.</p>
        </div>
      ) : (
        families.map((family) => (
          <article className="card" key={family.id} data-testid="family-card">
            <span className="pill">Your family</span>
            <h2>{family.name}</h2>
            <p>
              Your counselor: <strong>{family.counselor.name}</strong> <span className="muted">({family.counselor.email})</span>
            </p>
            <FamilyMembers members={family.members} />
          </article>
        ))
      )}
    </>
  );
}
