// A list of assignments with their state; links to each one's page.
import Link from "next/link";
import type { AssignmentListItem } from "@/lib/exercises/list-assignments";
import { STRATEGY_LABEL } from "@/lib/exercises/definition";
import { formatDueDate } from "@/lib/exercises/due-date-text";
import { AssignmentStatusBadge } from "./assignment-status-badge";

export function AssignmentList({
  items,
  showAssignee,
  empty,
}: {
  items: AssignmentListItem[];
  showAssignee?: boolean;
  empty: string;
}) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="session-list">
      {items.map((a) => (
        <li key={a.id} data-testid="assignment-item">
          <Link href={`/exercises/${a.id}`}>{a.title}</Link>
          {showAssignee ? <span className="muted"> · {a.assignee.name}</span> : null}
          <div className="session-when">
            Due {formatDueDate(a.dueDate)} · {STRATEGY_LABEL[a.strategy]} · about {a.minutes} min{" "}
            {a.sharedWithFamily ? "· shared with the family " : ""}
            <AssignmentStatusBadge status={a.shown} />
            {a.later ? (
              <div className="muted" data-testid="series-later">
                Then {a.later.count} more, weekly until {formatDueDate(a.later.lastDueDate)}
              </div>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
