import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { scheduleSession } from "@/lib/scheduling/schedule-session";
import { rescheduleSession } from "@/lib/scheduling/reschedule-session";
import { cancelSession } from "@/lib/scheduling/cancel-session";
import { listFamilySessions, listSessionsBetween, listUpcomingSessions } from "@/lib/scheduling/list-sessions";
import { utcToZoned } from "@/lib/scheduling/local-time";
import { createFamily, createUser } from "../support/factories";
import { lastEmailTo } from "../support/mailbox";
import { openRoom } from "@/lib/room/open-room";
import { endRoom } from "@/lib/room/end-room";

const NY = "America/New_York";
const now = new Date("2027-02-01T12:00:00Z");

async function familyWithMembers() {
  const counselor = await createUser({ role: "COUNSELOR", name: "Dr. Reyes", timeZone: NY });
  const mom = await createUser({ role: "PARENT", name: "Laura Bennett", timeZone: NY });
  const son = await createUser({ role: "TEEN", name: "Sam Bennett", timeZone: "Europe/London" });
  const family = await createFamily({
    counselorId: counselor.id,
    name: "Bennett family",
    members: [
      { userId: mom.id, role: "PARENT" },
      { userId: son.id, role: "TEEN" },
    ],
  });
  return { counselor, mom, son, family };
}

const weekly = (overrides: Record<string, unknown> = {}) => ({
  title: "Family session",
  agenda: "Screen time",
  date: "2027-03-01",
  time: "17:00",
  durationMinutes: 50,
  timeZone: NY,
  repeat: "WEEKLY",
  endsAfter: 6,
  ...overrides,
});

describe("scheduling sessions", () => {
  it("stores a weekly series as one row per occurrence, at 17:00 New York time across the DST change", async () => {
    const { counselor, family } = await familyWithMembers();
    const { sessionIds, seriesId } = await scheduleSession({
      actor: counselor,
      familyId: family.id,
      input: weekly(),
      now,
    });
    expect(sessionIds).toHaveLength(6);
    const sessions = await prisma.session.findMany({ where: { seriesId: seriesId! }, orderBy: { seriesIndex: "asc" } });
    expect(sessions.map((s) => utcToZoned(s.startsAt, NY).time)).toEqual(Array(6).fill("17:00"));
    expect(sessions.map((s) => s.startsAt.toISOString().slice(11, 16))).toEqual([
      "22:00",
      "22:00",
      "21:00",
      "21:00",
      "21:00",
      "21:00",
    ]);
    expect(sessions.every((s) => s.status === "SCHEDULED" && s.counselorId === counselor.id)).toBe(true);
  });

  it("emails each member the times in their own zone", async () => {
    const { counselor, family, mom, son } = await familyWithMembers();
    await scheduleSession({
      actor: counselor,
      familyId: family.id,
      input: weekly({ repeat: "NONE", endsAfter: undefined }),
      now,
    });
    expect((await lastEmailTo(mom.email, "session-scheduled"))?.text).toContain("Mon 1 Mar 2027, 17:00–17:50 EST");
    expect((await lastEmailTo(son.email, "session-scheduled"))?.text).toContain("Mon 1 Mar 2027, 22:00–22:50 GMT");
  });

  it("refuses an overlapping session for the same counselor with a message naming the clash, and writes nothing", async () => {
    const { counselor, family } = await familyWithMembers();
    const other = await createFamily({ counselorId: counselor.id, name: "Díaz family" });
    await scheduleSession({
      actor: counselor,
      familyId: family.id,
      input: weekly({ repeat: "NONE", endsAfter: undefined }),
      now,
    });
    const before = await prisma.session.count();
    const attempt = scheduleSession({
      actor: counselor,
      familyId: other.id,
      input: weekly({ time: "17:30", endsAfter: 3 }),
      now,
    });
    await expect(attempt).rejects.toMatchObject({
      code: "CONFLICT",
      message:
        "This overlaps “Family session” with Bennett family on Mon 1 Mar 2027, 17:00–17:50 EST. Choose another time.",
    });
    expect(await prisma.session.count()).toBe(before);
  });

  it("allows back-to-back sessions and ignores cancelled ones when checking for clashes", async () => {
    const { counselor, family } = await familyWithMembers();
    const { sessionIds } = await scheduleSession({
      actor: counselor,
      familyId: family.id,
      input: weekly({ repeat: "NONE", endsAfter: undefined }),
      now,
    });
    await expect(
      scheduleSession({
        actor: counselor,
        familyId: family.id,
        input: weekly({ repeat: "NONE", endsAfter: undefined, time: "17:50" }),
        now,
      }),
    ).resolves.toBeTruthy();
    await cancelSession({ actor: counselor, sessionId: sessionIds[0], input: { reason: "Illness" }, now });
    await expect(
      scheduleSession({
        actor: counselor,
        familyId: family.id,
        input: weekly({ repeat: "NONE", endsAfter: undefined, time: "17:00", durationMinutes: 30 }),
        now,
      }),
    ).resolves.toBeTruthy();
  });

  it("books exactly one of two overlapping requests made at the same moment", async () => {
    const { counselor, family } = await familyWithMembers();
    const input = weekly({ repeat: "NONE", endsAfter: undefined, date: "2027-04-01" });
    const results = await Promise.allSettled([
      scheduleSession({ actor: counselor, familyId: family.id, input, now }),
      scheduleSession({ actor: counselor, familyId: family.id, input, now }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.session.count({ where: { familyId: family.id } })).toBe(1);
  });

  it.each([
    [{ date: "2027-01-15" }, "date", "Choose a date and time in the future."],
    [{ endsAfter: undefined }, "endsAfter", "Choose when the series ends: after a number of sessions, or on a date."],
    [{ endsAfter: undefined, endsOn: "2027-02-20" }, "endsOn", "The series must end after its first session."],
    [{ durationMinutes: 5 }, "durationMinutes", "A session lasts at least 15 minutes."],
    [{ durationMinutes: 600 }, "durationMinutes", "A session lasts at most 4 hours (240 minutes)."],
    [{ timeZone: "Mars/Base" }, "timeZone", "Choose a time zone from the list, like Europe/London."],
    [{ time: "25:00" }, "time", "Choose a start time, like 17:00."],
    [{ title: "" }, "title", "Give the session a title."],
  ])("refuses %j with a message on %s and writes nothing", async (change, field, message) => {
    const { counselor, family } = await familyWithMembers();
    const attempt = scheduleSession({ actor: counselor, familyId: family.id, input: weekly(change), now });
    await expect(attempt).rejects.toMatchObject({ code: "INVALID", fieldErrors: { [field]: [message] } });
    expect(await prisma.session.count({ where: { familyId: family.id } })).toBe(0);
  });

  it("moves one occurrence and leaves the rest of the series alone", async () => {
    const { counselor, family } = await familyWithMembers();
    const { sessionIds } = await scheduleSession({ actor: counselor, familyId: family.id, input: weekly(), now });
    await rescheduleSession({
      actor: counselor,
      sessionId: sessionIds[2],
      input: { date: "2027-03-16", time: "18:30", durationMinutes: 50, scope: "ONE" },
      now,
    });
    const sessions = await prisma.session.findMany({
      where: { id: { in: sessionIds } },
      orderBy: { seriesIndex: "asc" },
    });
    expect(
      sessions.map((s) => {
        const l = utcToZoned(s.startsAt, NY);
        return `${l.date} ${l.time}`;
      }),
    ).toEqual([
      "2027-03-01 17:00",
      "2027-03-08 17:00",
      "2027-03-16 18:30",
      "2027-03-22 17:00",
      "2027-03-29 17:00",
      "2027-04-05 17:00",
    ]);
  });

  it("moves this and the following occurrences by the same days, at the new local time", async () => {
    const { counselor, family, mom } = await familyWithMembers();
    const { sessionIds } = await scheduleSession({ actor: counselor, familyId: family.id, input: weekly(), now });
    const { movedIds } = await rescheduleSession({
      actor: counselor,
      sessionId: sessionIds[3],
      input: { date: "2027-03-24", time: "16:00", durationMinutes: 60, scope: "FOLLOWING" },
      now,
    });
    expect(movedIds).toEqual(sessionIds.slice(3));
    const sessions = await prisma.session.findMany({
      where: { id: { in: sessionIds } },
      orderBy: { seriesIndex: "asc" },
    });
    expect(
      sessions.map((s) => {
        const l = utcToZoned(s.startsAt, NY);
        return `${l.date} ${l.time}`;
      }),
    ).toEqual([
      "2027-03-01 17:00",
      "2027-03-08 17:00",
      "2027-03-15 17:00",
      "2027-03-24 16:00",
      "2027-03-31 16:00",
      "2027-04-07 16:00",
    ]);
    expect(sessions[5].endsAt.getTime() - sessions[5].startsAt.getTime()).toBe(60 * 60_000);
    expect((await lastEmailTo(mom.email, "session-moved"))?.subject).toBe("3 sessions moved: Family session");
  });

  it("refuses a move that would clash, naming the clash, and moves nothing", async () => {
    const { counselor, family } = await familyWithMembers();
    const { sessionIds } = await scheduleSession({
      actor: counselor,
      familyId: family.id,
      input: weekly({ endsAfter: 2 }),
      now,
    });
    const other = await scheduleSession({
      actor: counselor,
      familyId: family.id,
      input: weekly({ repeat: "NONE", endsAfter: undefined, title: "Check-in", date: "2027-03-03" }),
      now,
    });
    await expect(
      rescheduleSession({
        actor: counselor,
        sessionId: sessionIds[0],
        input: { date: "2027-03-03", time: "17:15", durationMinutes: 50, scope: "FOLLOWING" },
        now,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("“Check-in”") });
    expect(utcToZoned((await prisma.session.findUniqueOrThrow({ where: { id: sessionIds[0] } })).startsAt, NY)).toEqual(
      { date: "2027-03-01", time: "17:00" },
    );
    expect(other.sessionIds).toHaveLength(1);
  });

  it("cancels one occurrence with a reason and emails the members", async () => {
    const { counselor, family, son } = await familyWithMembers();
    const { sessionIds } = await scheduleSession({ actor: counselor, familyId: family.id, input: weekly(), now });
    await cancelSession({
      actor: counselor,
      sessionId: sessionIds[1],
      input: { reason: "I am unwell", scope: "ONE" },
      now,
    });
    const statuses = (
      await prisma.session.findMany({ where: { id: { in: sessionIds } }, orderBy: { seriesIndex: "asc" } })
    ).map((s) => s.status);
    expect(statuses).toEqual(["SCHEDULED", "CANCELLED", "SCHEDULED", "SCHEDULED", "SCHEDULED", "SCHEDULED"]);
    const mail = await lastEmailTo(son.email, "session-cancelled");
    expect(mail?.text).toContain("Reason: I am unwell");
  });

  it("cancels the rest of a series, skipping occurrences already cancelled", async () => {
    const { counselor, family } = await familyWithMembers();
    const { sessionIds } = await scheduleSession({ actor: counselor, familyId: family.id, input: weekly(), now });
    await cancelSession({
      actor: counselor,
      sessionId: sessionIds[4],
      input: { reason: "Holiday", scope: "ONE" },
      now,
    });
    const { cancelledIds } = await cancelSession({
      actor: counselor,
      sessionId: sessionIds[2],
      input: { reason: "Moving to a new therapist", scope: "FOLLOWING" },
      now,
    });
    expect(cancelledIds).toEqual([sessionIds[2], sessionIds[3], sessionIds[5]]);
    const rows = await prisma.session.findMany({ where: { id: { in: sessionIds } }, orderBy: { seriesIndex: "asc" } });
    expect(rows.map((s) => s.cancelReason)).toEqual([
      null,
      null,
      "Moving to a new therapist",
      "Moving to a new therapist",
      "Holiday",
      "Moving to a new therapist",
    ]);
  });

  it("requires a reason to cancel", async () => {
    const { counselor, family } = await familyWithMembers();
    const { sessionIds } = await scheduleSession({
      actor: counselor,
      familyId: family.id,
      input: weekly({ repeat: "NONE", endsAfter: undefined }),
      now,
    });
    await expect(
      cancelSession({ actor: counselor, sessionId: sessionIds[0], input: { reason: " " }, now }),
    ).rejects.toMatchObject({ fieldErrors: { reason: ["Tell the family why the session is cancelled."] } });
  });

  it("lists upcoming sessions for the counselor and each member, and the week with cancellations", async () => {
    const { counselor, family, mom, son } = await familyWithMembers();
    const { sessionIds } = await scheduleSession({
      actor: counselor,
      familyId: family.id,
      input: weekly({ endsAfter: 3 }),
      now,
    });
    await cancelSession({ actor: counselor, sessionId: sessionIds[0], input: { reason: "Snow day" }, now });
    for (const actor of [counselor, mom, son]) {
      expect((await listUpcomingSessions({ actor, now })).map((s) => s.id)).toEqual(sessionIds.slice(1));
    }
    const week = await listSessionsBetween({
      actor: mom,
      from: new Date("2027-03-01T05:00:00Z"),
      to: new Date("2027-03-08T05:00:00Z"),
    });
    expect(week.map((s) => [s.id, s.status])).toEqual([[sessionIds[0], "CANCELLED"]]);
    const later = new Date("2027-03-09T00:00:00Z");
    const { upcoming, past } = await listFamilySessions({ actor: son, familyId: family.id, now: later });
    expect(upcoming.map((s) => s.id)).toEqual([sessionIds[2]]);
    expect(past.map((s) => s.id)).toEqual([sessionIds[1], sessionIds[0]]);
  });
});

describe("upcoming and past lists", () => {
  it("lists a session that ended early, or was cancelled ahead of time, under past and never under upcoming", async () => {
    const { counselor, family, mom } = await familyWithMembers();
    const start = new Date(Date.now() + 5 * 60_000);
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const row = (title: string, from: number) =>
      prisma.session.create({
        data: {
          familyId: family.id,
          counselorId: counselor.id,
          title,
          startsAt: at(from),
          endsAt: at(from + 50),
          timeZone: NY,
        },
        select: { id: true },
      });
    const ended = await row("Ended early", 0);
    const cancelled = await row("Cancelled ahead", 7 * 24 * 60);
    const next = await row("Next week", 14 * 24 * 60);
    await openRoom({ actor: counselor, sessionId: ended.id });
    await endRoom({ actor: counselor, sessionId: ended.id });
    await cancelSession({ actor: counselor, sessionId: cancelled.id, input: { reason: "Holiday" } });

    for (const actor of [counselor, mom]) {
      const { upcoming, past } = await listFamilySessions({ actor, familyId: family.id });
      expect(upcoming.map((s) => s.id)).toEqual([next.id]);
      expect(past.map((s) => s.id)).toEqual([cancelled.id, ended.id]);
      expect((await listUpcomingSessions({ actor })).map((s) => s.id)).toEqual([next.id]);
    }
  });

  it("keeps a live session that runs past its planned end under upcoming, so members can still join", async () => {
    const { counselor, family, son } = await familyWithMembers();
    const live = await prisma.session.create({
      data: {
        familyId: family.id,
        counselorId: counselor.id,
        title: "Running late",
        startsAt: new Date(Date.now() - 70 * 60_000),
        endsAt: new Date(Date.now() - 20 * 60_000),
        timeZone: NY,
        status: "LIVE",
      },
      select: { id: true },
    });
    for (const actor of [counselor, son]) {
      expect((await listFamilySessions({ actor, familyId: family.id })).upcoming.map((s) => s.id)).toEqual([live.id]);
      expect((await listUpcomingSessions({ actor })).map((s) => s.id)).toEqual([live.id]);
    }
  });
});
