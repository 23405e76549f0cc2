import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { scheduleSession } from "@/lib/scheduling/schedule-session";
import { cancelSession } from "@/lib/scheduling/cancel-session";
import { rescheduleSession } from "@/lib/scheduling/reschedule-session";
import { sendDueReminders } from "@/lib/reminders/send-due-reminders";
import { REMINDER_QUEUE, startJobs, type Jobs } from "@/lib/jobs/start-jobs";
import { createFamily, createUser } from "../support/factories";

const HOUR = 3600_000;

async function oneSession(startsAt: Date, options: { momReminders?: boolean } = {}) {
  const counselor = await createUser({ role: "COUNSELOR", name: "Dr. Reyes" });
  const mom = await createUser({ role: "PARENT", name: "Laura" });
  const son = await createUser({ role: "TEEN", name: "Sam" });
  if (options.momReminders === false)
    await prisma.user.update({ where: { id: mom.id }, data: { remindersEnabled: false } });
  const family = await createFamily({
    counselorId: counselor.id,
    members: [
      { userId: mom.id, role: "PARENT" },
      { userId: son.id, role: "TEEN" },
    ],
  });
  const iso = startsAt.toISOString();
  const { sessionIds } = await scheduleSession({
    actor: counselor,
    familyId: family.id,
    input: {
      title: "Family session",
      date: iso.slice(0, 10),
      time: iso.slice(11, 16),
      durationMinutes: 50,
      timeZone: "UTC",
    },
    now: new Date(startsAt.getTime() - 10 * 24 * HOUR),
  });
  return { counselor, mom, son, sessionId: sessionIds[0] };
}

const remindersFor = (sessionId: string) =>
  prisma.reminderDelivery.findMany({ where: { sessionId }, orderBy: [{ kind: "asc" }, { userId: "asc" }] });
const reminderEmailsTo = (email: string) => prisma.email.findMany({ where: { to: email, kind: "reminder" } });

describe("session reminders", () => {
  it("sends the day-before reminder to the counselor and each member exactly once, however often it runs", async () => {
    const start = new Date("2031-05-05T17:00:00Z");
    const { counselor, mom, son, sessionId } = await oneSession(start);
    const now = new Date(start.getTime() - 20 * HOUR);
    await Promise.all([sendDueReminders({ now }), sendDueReminders({ now }), sendDueReminders({ now })]);
    await sendDueReminders({ now: new Date(now.getTime() + 60_000) });
    const rows = await remindersFor(sessionId);
    expect(rows.map((r) => r.kind)).toEqual(["DAY_BEFORE", "DAY_BEFORE", "DAY_BEFORE"]);
    expect(new Set(rows.map((r) => r.userId))).toEqual(new Set([counselor.id, mom.id, son.id]));
    for (const person of [counselor, mom, son]) expect(await reminderEmailsTo(person.email)).toHaveLength(1);
    expect((await reminderEmailsTo(son.email))[0].subject).toBe("Reminder: Family session in about a day");
  });

  it("then sends the hour-before reminder once", async () => {
    const start = new Date("2031-05-06T17:00:00Z");
    const { mom, sessionId } = await oneSession(start);
    await sendDueReminders({ now: new Date(start.getTime() - 20 * HOUR) });
    await sendDueReminders({ now: new Date(start.getTime() - 0.5 * HOUR) });
    await sendDueReminders({ now: new Date(start.getTime() - 0.25 * HOUR) });
    expect((await reminderEmailsTo(mom.email)).map((e) => e.subject).sort()).toEqual([
      "Reminder: Family session in 30 minutes",
      "Reminder: Family session in about a day",
    ]);
    expect(await prisma.reminderDelivery.count({ where: { sessionId } })).toBe(6);
  });

  it("tells a session booked three hours ahead how far off it is, and each person whom they meet", async () => {
    const start = new Date("2031-05-09T17:00:00Z");
    const { counselor, mom, sessionId } = await oneSession(start);
    await prisma.family.updateMany({ where: { sessions: { some: { id: sessionId } } }, data: { name: "Bennett" } });
    await sendDueReminders({ now: new Date(start.getTime() - 3 * HOUR) });
    const [toMom] = await reminderEmailsTo(mom.email);
    expect(toMom.subject).toBe("Reminder: Family session in about 3 hours");
    expect(toMom.text).toContain("with Dr. Reyes starts in about 3 hours");
    const [toCounselor] = await reminderEmailsTo(counselor.email);
    expect(toCounselor.text).toContain("with the Bennett family starts in about 3 hours");
  });

  it("sends nothing for a cancelled session", async () => {
    const start = new Date("2031-05-07T17:00:00Z");
    const { counselor, sessionId } = await oneSession(start);
    await cancelSession({
      actor: counselor,
      sessionId,
      input: { reason: "Unwell" },
      now: new Date(start.getTime() - 48 * HOUR),
    });
    expect(await sendDueReminders({ now: new Date(start.getTime() - 0.5 * HOUR) })).toEqual({ sent: 0 });
    expect(await remindersFor(sessionId)).toEqual([]);
  });

  it("reminds about a moved session at its new time, and not at the old one", async () => {
    const start = new Date("2031-05-08T17:00:00Z");
    const { counselor, mom, sessionId } = await oneSession(start);
    await sendDueReminders({ now: new Date(start.getTime() - 20 * HOUR) });
    await rescheduleSession({
      actor: counselor,
      sessionId,
      input: { date: "2031-05-09", time: "17:00", durationMinutes: 50 },
      now: new Date(start.getTime() - 19 * HOUR),
    });
    // The old hour-before moment: the session is not there any more.
    expect(await sendDueReminders({ now: new Date(start.getTime() - 0.5 * HOUR) })).toEqual({ sent: 0 });
    // The new day-before moment: a fresh reminder for the new start time.
    await sendDueReminders({ now: new Date(start.getTime() + 2 * HOUR) });
    const rows = await prisma.reminderDelivery.findMany({
      where: { sessionId, userId: mom.id },
      orderBy: { sentAt: "asc" },
    });
    expect(rows.map((r) => [r.kind, r.startsAt.toISOString()])).toEqual([
      ["DAY_BEFORE", "2031-05-08T17:00:00.000Z"],
      ["DAY_BEFORE", "2031-05-09T17:00:00.000Z"],
    ]);
  });

  it("respects a person who switched reminders off", async () => {
    const start = new Date("2031-05-10T17:00:00Z");
    const { mom, son } = await oneSession(start, { momReminders: false });
    await sendDueReminders({ now: new Date(start.getTime() - 0.5 * HOUR) });
    expect(await reminderEmailsTo(mom.email)).toHaveLength(0);
    expect(await reminderEmailsTo(son.email)).toHaveLength(1);
  });

  describe("through the pg-boss queue", () => {
    let jobs: Jobs;
    beforeAll(async () => {
      jobs = await startJobs(process.env.DATABASE_URL!);
    });
    afterAll(async () => {
      await jobs.stop();
    });

    it("a queued reminder run sends what is due", async () => {
      const { sessionId } = await oneSession(new Date(Date.now() + 30 * 60_000));
      await jobs.boss.send(REMINDER_QUEUE, {});
      await expect
        .poll(() => prisma.reminderDelivery.count({ where: { sessionId } }), { timeout: 20_000, interval: 250 })
        .toBe(3);
    });
  });
});
