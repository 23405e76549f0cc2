import type { SessionStatus } from "@/lib/db/generated/enums";

const LABEL: Record<SessionStatus, string> = {
  SCHEDULED: "Scheduled",
  LIVE: "Live now",
  ENDED: "Ended",
  CANCELLED: "Cancelled",
};

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  return (
    <span className={`status status-${status.toLowerCase()}`} data-testid="session-status">
      {LABEL[status]}
    </span>
  );
}
