import { describe, expect, it } from "vitest";
import { dueReminders, familyPhrase, leadText } from "@/lib/reminders/due-reminders";

const start = new Date("2027-03-01T22:00:00Z");
const before = (hours: number) => new Date(start.getTime() - hours * 3600_000);
const scheduled = { startsAt: start, status: "SCHEDULED" };

describe("dueReminders", () => {
  it("is empty more than a day ahead", () => {
    expect(dueReminders(scheduled, before(25))).toEqual([]);
  });

  it("has the day-before reminder from 24 hours ahead", () => {
    expect(dueReminders(scheduled, before(24))).toEqual(["DAY_BEFORE"]);
    expect(dueReminders(scheduled, before(3))).toEqual(["DAY_BEFORE"]);
  });

  it("has nothing between 2 hours and 1 hour ahead", () => {
    expect(dueReminders(scheduled, before(1.5))).toEqual([]);
  });

  it("has the hour-before reminder in the last hour", () => {
    expect(dueReminders(scheduled, before(1))).toEqual(["HOUR_BEFORE"]);
    expect(dueReminders(scheduled, before(0.1))).toEqual(["HOUR_BEFORE"]);
  });

  it("has nothing once the session has started", () => {
    expect(dueReminders(scheduled, start)).toEqual([]);
  });

  it("has nothing for a cancelled, live or ended session", () => {
    for (const status of ["CANCELLED", "LIVE", "ENDED"])
      expect(dueReminders({ startsAt: start, status }, before(0.5))).toEqual([]);
  });
});

describe("leadText", () => {
  it("says how far off the session really is", () => {
    expect(leadText(start, before(23))).toBe("in about a day");
    expect(leadText(start, before(3))).toBe("in about 3 hours");
    expect(leadText(start, before(1))).toBe("in about an hour");
    expect(leadText(start, before(0.5))).toBe("in 30 minutes");
    expect(leadText(start, before(1 / 60))).toBe("in a minute");
  });
});

describe("familyPhrase", () => {
  it("names a family the way a sentence needs it", () => {
    expect(familyPhrase("Bennett")).toBe("the Bennett family");
    expect(familyPhrase("Bennett family")).toBe("the Bennett family");
    expect(familyPhrase("The Bennetts")).toBe("the Bennetts");
  });
});
