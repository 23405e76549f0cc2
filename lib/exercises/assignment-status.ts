// What a member or the counselor sees as an assignment's state. Pure and
// client-safe; "overdue" is not stored because it changes with the clock.
export type StoredStatus = "ASSIGNED" | "SUBMITTED" | "RETURNED" | "REVIEWED";
export type ShownStatus = "DUE" | "OVERDUE" | "SUBMITTED" | "RETURNED" | "REVIEWED" | "WITHDRAWN";

export const STATUS_LABEL: Record<ShownStatus, string> = {
  DUE: "Due",
  OVERDUE: "Overdue",
  SUBMITTED: "Submitted",
  RETURNED: "Returned for revision",
  REVIEWED: "Reviewed",
  WITHDRAWN: "Withdrawn",
};

export function shownStatus(
  a: { status: StoredStatus; dueAt: Date; withdrawnAt: Date | null },
  now: Date,
): ShownStatus {
  if (a.withdrawnAt) return "WITHDRAWN";
  if (a.status === "ASSIGNED") return a.dueAt <= now ? "OVERDUE" : "DUE";
  return a.status;
}

/** The member may still change their answers. */
export function isOpenForAnswers(a: { status: StoredStatus; withdrawnAt: Date | null }): boolean {
  return !a.withdrawnAt && (a.status === "ASSIGNED" || a.status === "RETURNED");
}
