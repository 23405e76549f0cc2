// Progress the family can see (patience and hope): every scale prompt a member
// answered, over time, and beside it each ended session's positive-to-negative
// ratio. The counselor sees every member of their family; a member sees only
// their own answers.
import { DateTime } from "luxon";
import { prisma } from "@/lib/db/client";
import { requireActor } from "@/lib/auth/actor";
import { requireFamilyCounselor } from "@/lib/families/family-access";
import { moderationStats } from "@/lib/room/moderation-stats";
import { readVersion, versionSelect } from "./exercise-version";
import { readAnswers } from "./read-answers";

/** One answer: plotted on the day it was given (the member's local date), not the day it was due — a week's check answered late says how they felt then. */
export type ScalePoint = { answeredOn: string; answeredAt: Date; dueDate: string; value: number; assignmentId: string };
export type ScaleSeries = {
  key: string;
  exerciseTitle: string;
  promptLabel: string;
  min: number;
  max: number;
  points: ScalePoint[];
};
export type MemberProgress = { userId: string; name: string; series: ScaleSeries[] };
export type SessionRatio = {
  sessionId: string;
  title: string;
  startsAt: Date;
  members: { userId: string; name: string; kindMessages: number; negatives: number; ratio: number | null }[];
};

const SESSIONS_SHOWN = 12;

async function scaleSeries(readerId: string, where: { familyId?: string; assigneeId: string }): Promise<ScaleSeries[]> {
  const assignments = await prisma.exerciseAssignment.findMany({
    where: { ...where, status: { not: "ASSIGNED" } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    select: { id: true, dueDate: true, timeZone: true, version: { select: versionSelect } },
  });
  const { submissions } = await readAnswers({
    readerId,
    purpose: "progress",
    assignmentIds: assignments.map((a) => a.id),
    includeDraft: false,
  });
  const series = new Map<string, ScaleSeries>();
  for (const assignment of assignments) {
    // The latest submission is the member's answer for that week.
    const latest = submissions.filter((s) => s.assignmentId === assignment.id).at(-1);
    if (!latest) continue;
    const version = readVersion(assignment.version);
    for (const prompt of version.prompts) {
      const value = latest.answers[prompt.id];
      if (prompt.type !== "SCALE" || typeof value !== "number") continue;
      const key = `${version.exerciseId}:${prompt.id}`;
      const entry = series.get(key) ?? {
        key,
        exerciseTitle: version.title,
        promptLabel: prompt.label,
        min: prompt.min,
        max: prompt.max,
        points: [],
      };
      entry.points.push({
        answeredOn: DateTime.fromJSDate(latest.submittedAt, { zone: assignment.timeZone }).toISODate() ?? "",
        answeredAt: latest.submittedAt,
        dueDate: assignment.dueDate,
        value,
        assignmentId: assignment.id,
      });
      series.set(key, entry);
    }
  }
  for (const entry of series.values()) entry.points.sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime());
  return [...series.values()];
}

export async function getFamilyProgress(options: {
  actor: unknown;
  familyId: unknown;
}): Promise<{ members: MemberProgress[]; sessions: SessionRatio[] }> {
  const access = await requireFamilyCounselor(options.actor, options.familyId);
  const members = await prisma.familyMember.findMany({
    where: { familyId: access.familyId },
    orderBy: [{ role: "asc" }, { joinedAt: "asc" }],
    select: { user: { select: { id: true, name: true } } },
  });
  const progress = await Promise.all(
    members.map(async ({ user }) => ({
      userId: user.id,
      name: user.name,
      series: await scaleSeries(access.actor.id, { familyId: access.familyId, assigneeId: user.id }),
    })),
  );
  const ended = await prisma.session.findMany({
    where: { familyId: access.familyId, status: "ENDED" },
    orderBy: { startsAt: "desc" },
    take: SESSIONS_SHOWN,
    select: { id: true, title: true, startsAt: true },
  });
  const sessions = await Promise.all(
    ended.reverse().map(async (s) => ({
      sessionId: s.id,
      title: s.title,
      startsAt: s.startsAt,
      members: (await moderationStats({ actor: access.actor, sessionId: s.id })).map((m) => ({
        userId: m.userId,
        name: m.name,
        kindMessages: m.kindMessages,
        negatives: m.negatives,
        ratio: m.ratio,
      })),
    })),
  );
  return { members: progress, sessions };
}

/** A member's own scale answers over time, across their families. */
export async function getMyProgress(options: { actor: unknown }): Promise<ScaleSeries[]> {
  const actor = requireActor(options.actor);
  // Only while still a member: a removed member's old family is out of reach, as everywhere.
  const families = await prisma.familyMember.findMany({ where: { userId: actor.id }, select: { familyId: true } });
  const perFamily = await Promise.all(
    families.map((f) => scaleSeries(actor.id, { familyId: f.familyId, assigneeId: actor.id })),
  );
  return perFamily.flat();
}
