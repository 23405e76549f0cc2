// The demo family (lib/db/seed-demo.ts) with one session of each kind, so a tour of
// every page outside the live room has something real to show: one scheduled next
// week, one cancelled, and one that ended early today (its planned end is still
// ahead, the case that once listed it under "Upcoming"). Each caller passes its own
// label, so the desktop and phone tours never share rows.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { DEMO_FAMILY_NAME, DEMO_USERS } from "@/lib/db/seed-demo";
import { openRoom } from "@/lib/room/open-room";
import { sendMessage } from "@/lib/room/send-message";
import { endRoom } from "@/lib/room/end-room";
import { cancelSession } from "@/lib/scheduling/cancel-session";
import { inviteMember } from "@/lib/invitations/invite-member";
import { invitationTokenFor } from "./mailbox";

export async function demoTour(label: string, hourOffset: number) {
  const [counselor, parent, teen] = await Promise.all(
    [DEMO_USERS.counselor, DEMO_USERS.parent, DEMO_USERS.teen].map((u) =>
      prisma.user.findUniqueOrThrow({ where: { email: u.email } }),
    ),
  );
  const family = await prisma.family.findFirstOrThrow({ where: { name: DEMO_FAMILY_NAME, counselorId: counselor.id } });
  const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);
  const session = (title: string, startsIn: number) =>
    prisma.session.create({
      data: {
        familyId: family.id,
        counselorId: counselor.id,
        title: `${title} (${label})`,
        agenda: "School mornings and screen time.",
        startsAt: minutesFromNow(startsIn),
        endsAt: minutesFromNow(startsIn + 50),
        timeZone: DEMO_USERS.counselor.timeZone,
      },
      select: { id: true, title: true },
    });
  const day = 24 * 60;
  const scheduled = await session("Family session", 7 * day + hourOffset * 60);
  const cancelled = await session("Check-in", 3 * day + hourOffset * 60);
  await cancelSession({
    actor: counselor,
    sessionId: cancelled.id,
    input: { reason: "The counselor is away at a conference." },
  });
  const ended = await session("Screen-time talk", -10 - hourOffset);
  await openRoom({ actor: counselor, sessionId: ended.id });
  for (const [actor, text] of [
    [parent, "I worry when you are on your phone until midnight."],
    [teen, "I get that. Can we agree on a time together?"],
    [parent, "Yes. Thank you for asking."],
  ] as const) {
    await sendMessage({ actor, input: { sessionId: ended.id, clientId: randomUUID(), text } });
  }
  await endRoom({ actor: counselor, sessionId: ended.id });

  const inviteeEmail = `aunt-${label}-${randomUUID().slice(0, 6)}@example.test`;
  await inviteMember({
    actor: counselor,
    familyId: family.id,
    input: { name: "Rosa Bennett", email: inviteeEmail, role: "PARENT" },
  });
  const invitationToken = await invitationTokenFor(inviteeEmail);

  const assignment = (assigneeId: string) =>
    prisma.exerciseAssignment.findFirstOrThrow({
      where: { familyId: family.id, assigneeId, status: { not: "REVIEWED" } },
      orderBy: { dueAt: "asc" },
      select: { id: true },
    });
  const builtIn = await prisma.exercise.findFirstOrThrow({
    where: { builtInKey: "weekly-hope-check" },
    select: { id: true },
  });
  return {
    counselor,
    parent,
    teen,
    familyId: family.id,
    sessions: { scheduled, cancelled, ended },
    invitationToken,
    assignments: { parent: (await assignment(parent.id)).id, teen: (await assignment(teen.id)).id },
    exerciseId: builtIn.id,
  };
}

export type DemoTour = Awaited<ReturnType<typeof demoTour>>;

/** Every page outside the live room (app/**\/page.tsx), as each person reaches it. */
export function tourPages(tour: DemoTour) {
  const { familyId, sessions } = tour;
  const member = (assignmentId: string) => [
    { name: "home", path: "/" },
    { name: "family", path: `/families/${familyId}` },
    { name: "schedule", path: "/schedule" },
    { name: "session-scheduled", path: `/sessions/${sessions.scheduled.id}` },
    { name: "session-cancelled", path: `/sessions/${sessions.cancelled.id}` },
    { name: "session-ended", path: `/sessions/${sessions.ended.id}` },
    { name: "transcript", path: `/sessions/${sessions.ended.id}/transcript` },
    { name: "exercises", path: "/exercises" },
    { name: "exercise", path: `/exercises/${assignmentId}` },
    { name: "settings", path: "/settings" },
  ];
  return {
    counselor: [
      { name: "home", path: "/" },
      { name: "family-new", path: "/families/new" },
      { name: "family", path: `/families/${familyId}` },
      { name: "family-schedule", path: `/families/${familyId}/schedule` },
      { name: "family-audit", path: `/families/${familyId}/audit` },
      { name: "schedule", path: "/schedule" },
      { name: "session-scheduled", path: `/sessions/${sessions.scheduled.id}` },
      { name: "session-cancelled", path: `/sessions/${sessions.cancelled.id}` },
      { name: "session-ended", path: `/sessions/${sessions.ended.id}` },
      { name: "note", path: `/sessions/${sessions.ended.id}/note` },
      { name: "transcript", path: `/sessions/${sessions.ended.id}/transcript` },
      { name: "notes", path: "/notes" },
      { name: "notes-search", path: "/notes?q=screen" },
      { name: "library", path: "/exercises/library" },
      { name: "library-new", path: "/exercises/library/new" },
      { name: "library-exercise", path: `/exercises/library/${tour.exerciseId}` },
      { name: "exercise", path: `/exercises/${tour.assignments.teen}` },
      { name: "settings", path: "/settings" },
    ],
    parent: member(tour.assignments.parent),
    teen: member(tour.assignments.teen),
    signedOut: [
      { name: "login", path: "/login" },
      { name: "signup", path: "/signup" },
      { name: "forgot-password", path: "/forgot-password" },
      { name: "reset-password", path: "/reset-password/this-link-was-never-issued-by-mend-0000000" },
      { name: "signup-confirm", path: "/signup/confirm/this-link-was-never-issued-by-mend-0000000" },
      { name: "invitation-unusable", path: "/invitations/this-link-was-never-issued-by-mend-0000000" },
      { name: "invitation", path: `/invitations/${tour.invitationToken}` },
      { name: "not-found", path: "/no-such-page-in-mend" },
      { name: "dev-mailbox", path: "/dev/mailbox" },
    ],
  };
}
