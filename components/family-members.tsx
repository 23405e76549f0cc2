import type { FamilySummary } from "@/lib/families/list-my-families";

const ROLE_LABEL = { PARENT: "parent", TEEN: "teen" } as const;

export function FamilyMembers({ members }: { members: FamilySummary["members"] }) {
  if (members.length === 0) return <p className="muted">No members yet.</p>;
  return (
    <ul className="members" aria-label="Members">
      {members.map((m) => (
        <li key={m.userId}>
          {m.name} <span className="muted">· {ROLE_LABEL[m.role]}</span>
        </li>
      ))}
    </ul>
  );
}
