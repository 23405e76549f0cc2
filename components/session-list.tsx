import Link from "next/link";
import type { SessionListItem } from "@/lib/scheduling/list-sessions";
import { formatSessionTime } from "@/lib/scheduling/local-time";
import { SessionStatusBadge } from "./session-status";

export function SessionList({
  sessions,
  zone,
  showFamily,
  empty,
}: {
  sessions: SessionListItem[];
  zone: string;
  showFamily?: boolean;
  empty: string;
}) {
  if (sessions.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="session-list">
      {sessions.map((s) => (
        <li key={s.id} className={s.status === "CANCELLED" ? "cancelled" : undefined} data-testid="session-item">
          <Link href={`/sessions/${s.id}`}>{s.title}</Link>
          {showFamily ? <span className="muted"> · {s.family.name}</span> : null}
          <div className="session-when">
            <time dateTime={s.startsAt.toISOString()}>{formatSessionTime(s.startsAt, s.endsAt, zone)}</time>{" "}
            <SessionStatusBadge status={s.status} />
          </div>
          {s.status === "CANCELLED" && s.cancelReason ? <div className="muted">Reason: {s.cancelReason}</div> : null}
        </li>
      ))}
    </ul>
  );
}
