import { STATUS_LABEL, type ShownStatus } from "@/lib/exercises/assignment-status";

export function AssignmentStatusBadge({ status }: { status: ShownStatus }) {
  return (
    <span className={`status exercise-${status.toLowerCase()}`} data-testid="assignment-status">
      {STATUS_LABEL[status]}
    </span>
  );
}
