// Lists of assignments without answers: a member's own and those shared with
// them (home page, /exercises), and a family's for its counselor. Answers are
// only ever read through get-assignment.ts.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requireActor } from "@/lib/auth/actor";
import { requireFamilyCounselor } from "@/lib/families/family-access";
import { visibleAssignmentsWhere } from "./assignment-access";
import { shownStatus, type ShownStatus } from "./assignment-status";
import type { Strategy } from "./definition";

export type AssignmentListItem = {
  id: string;
  title: string;
  strategy: Strategy;
  minutes: number;
  familyId: string;
  assignee: { id: string; name: string };
  dueDate: string;
  dueAt: Date;
  shown: ShownStatus;
  sharedWithFamily: boolean;
  submissionCount: number;
  /** Assignments made together (a weekly series shares one). */
  batchId: string;
  /** Set by nextOfEachSeries: the series' later open weeks, folded into this one. */
  later?: { count: number; lastDueDate: string };
};

/**
 * The open list a member reads: one line per series (its earliest open week) rather than every future week of a
 * weekly check — a parent's home listed five identical rows to late December. Keeps the order it is given.
 */
export function nextOfEachSeries(items: AssignmentListItem[]): AssignmentListItem[] {
  const first = new Map<string, AssignmentListItem>();
  for (const item of items) {
    const key = `${item.batchId}:${item.assignee.id}`;
    const seen = first.get(key);
    if (!seen) first.set(key, { ...item });
    else
      seen.later = {
        count: (seen.later?.count ?? 0) + 1,
        lastDueDate: item.dueDate > (seen.later?.lastDueDate ?? "") ? item.dueDate : seen.later!.lastDueDate,
      };
  }
  return [...first.values()];
}

const listSelect = {
  id: true,
  familyId: true,
  dueDate: true,
  dueAt: true,
  status: true,
  withdrawnAt: true,
  sharedWithFamily: true,
  batchId: true,
  assignee: { select: { id: true, name: true } },
  version: { select: { title: true, strategy: true, minutes: true } },
  _count: { select: { submissions: true } },
} as const;

type Row = {
  id: string;
  familyId: string;
  dueDate: string;
  dueAt: Date;
  status: "ASSIGNED" | "SUBMITTED" | "RETURNED" | "REVIEWED";
  withdrawnAt: Date | null;
  sharedWithFamily: boolean;
  batchId: string;
  assignee: { id: string; name: string };
  version: { title: string; strategy: Strategy; minutes: number };
  _count: { submissions: number };
};

function toItem(row: Row, now: Date): AssignmentListItem {
  return {
    id: row.id,
    title: row.version.title,
    strategy: row.version.strategy,
    minutes: row.version.minutes,
    familyId: row.familyId,
    assignee: row.assignee,
    dueDate: row.dueDate,
    dueAt: row.dueAt,
    shown: shownStatus(row, now),
    sharedWithFamily: row.sharedWithFamily,
    submissionCount: row._count.submissions,
    batchId: row.batchId,
  };
}

/** A member's own assignments (not withdrawn), and the family's shared ones they may read. */
export async function listMyAssignments(options: {
  actor: unknown;
  now?: Date;
}): Promise<{ mine: AssignmentListItem[]; shared: AssignmentListItem[] }> {
  const actor = requireActor(options.actor);
  if (actor.role === "COUNSELOR") throw new AppError("NOT_FOUND", "Exercises are listed on each family's page.");
  const now = options.now ?? new Date();
  const rows = await prisma.exerciseAssignment.findMany({
    where: { AND: [visibleAssignmentsWhere(actor.id), { withdrawnAt: null }] },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    select: listSelect,
  });
  const items = rows.map((r) => toItem(r, now));
  return {
    mine: items.filter((i) => i.assignee.id === actor.id),
    shared: items.filter((i) => i.assignee.id !== actor.id),
  };
}

/** Every assignment of one family, for its counselor. */
export async function listFamilyAssignments(options: {
  actor: unknown;
  familyId: unknown;
  now?: Date;
}): Promise<AssignmentListItem[]> {
  const access = await requireFamilyCounselor(options.actor, options.familyId);
  const now = options.now ?? new Date();
  const rows = await prisma.exerciseAssignment.findMany({
    where: { familyId: access.familyId },
    orderBy: [{ dueAt: "desc" }, { id: "asc" }],
    select: listSelect,
  });
  return rows.map((r) => toItem(r, now));
}
