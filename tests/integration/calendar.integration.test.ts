import { describe, expect, it } from "vitest";
import { calendarFeed, regenerateCalendarFeed } from "@/lib/calendar/calendar-feed";
import { scheduleSession } from "@/lib/scheduling/schedule-session";
import { cancelSession } from "@/lib/scheduling/cancel-session";
import { createFamily, createUser } from "../support/factories";

const now = new Date("2029-01-01T12:00:00Z");

async function familyWithSeries() {
  const counselor = await createUser({ role: "COUNSELOR", name: "Dr. Reyes" });
  const teen = await createUser({ role: "TEEN", name: "Sam" });
  const outsider = await createUser({ role: "PARENT" });
  const family = await createFamily({
    counselorId: counselor.id,
    name: "Bennett family",
    members: [{ userId: teen.id, role: "TEEN" }],
  });
  const { sessionIds } = await scheduleSession({
    actor: counselor,
    familyId: family.id,
    input: {
      title: "Weekly talk",
      date: "2029-01-08",
      time: "17:00",
      durationMinutes: 50,
      timeZone: "America/New_York",
      repeat: "WEEKLY",
      endsAfter: 3,
    },
    now,
  });
  return { counselor, teen, outsider, sessionIds };
}

const tokenOf = (url: string) => url.split("/").pop()!;

describe("calendar feed", () => {
  it("lists a member's sessions as UTC events and marks a cancelled one CANCELLED", async () => {
    const { counselor, teen, sessionIds } = await familyWithSeries();
    await cancelSession({ actor: counselor, sessionId: sessionIds[1], input: { reason: "Holiday" }, now });
    const { url } = await regenerateCalendarFeed({ actor: teen });
    expect(url).toMatch(/^http:\/\/localhost:3999\/api\/calendar\/[A-Za-z0-9_-]{43}$/);
    const ics = (await calendarFeed({ token: tokenOf(url), now }))!;
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain("DTSTART:20290108T220000Z");
    expect(ics).toContain(`UID:${sessionIds[1]}@mend`);
    const cancelled = ics.split("BEGIN:VEVENT").find((e) => e.includes(`UID:${sessionIds[1]}@mend`))!;
    expect(cancelled).toContain("STATUS:CANCELLED");
    expect(cancelled).toContain("SUMMARY:Cancelled: Weekly talk (Bennett family)");
  });

  it("stops answering the old address once a new one is made", async () => {
    const { teen } = await familyWithSeries();
    const first = await regenerateCalendarFeed({ actor: teen });
    const second = await regenerateCalendarFeed({ actor: teen });
    expect(await calendarFeed({ token: tokenOf(first.url), now })).toBeNull();
    expect(await calendarFeed({ token: tokenOf(second.url), now })).toContain("BEGIN:VCALENDAR");
  });

  it("shows a person nothing of families they do not belong to", async () => {
    const { outsider } = await familyWithSeries();
    const ics = (await calendarFeed({ token: tokenOf((await regenerateCalendarFeed({ actor: outsider })).url), now }))!;
    expect(ics).not.toContain("BEGIN:VEVENT");
    expect(ics).not.toContain("Bennett");
  });

  it("answers an unknown or malformed token with nothing", async () => {
    for (const token of ["A".repeat(43), "nope", undefined]) expect(await calendarFeed({ token, now })).toBeNull();
  });
});
