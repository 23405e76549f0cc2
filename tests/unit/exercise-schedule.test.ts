import { describe, expect, it } from "vitest";
import { endOfLocalDay, expandDueDates, MAX_REPEATS } from "@/lib/exercises/repeat";
import { dueExerciseReminder } from "@/lib/exercises/due-exercise-reminders";
import { shownStatus } from "@/lib/exercises/assignment-status";

const NY = "America/New_York";

describe("repeat expansion", () => {
  it("is one due date without a repeat, due at the end of that day in the member's zone", () => {
    expect(expandDueDates({ firstDate: "2027-01-10", repeatUntil: null, zone: NY })).toEqual([
      { dueDate: "2027-01-10", dueAt: new Date("2027-01-11T05:00:00Z") },
    ]);
  });

  it("keeps 'end of Sunday' local across the spring-forward change (UTC moves by an hour)", () => {
    // US clocks go forward on Sunday 14 March 2027.
    const dates = expandDueDates({ firstDate: "2027-03-07", repeatUntil: "2027-03-21", zone: NY });
    expect(dates.map((d) => d.dueDate)).toEqual(["2027-03-07", "2027-03-14", "2027-03-21"]);
    expect(dates.map((d) => d.dueAt.toISOString())).toEqual([
      "2027-03-08T05:00:00.000Z",
      "2027-03-15T04:00:00.000Z",
      "2027-03-22T04:00:00.000Z",
    ]);
  });

  it("keeps 'end of Sunday' local across the fall-back change in Europe", () => {
    const dates = expandDueDates({ firstDate: "2027-10-24", repeatUntil: "2027-11-03", zone: "Europe/London" });
    expect(dates.map((d) => d.dueAt.toISOString())).toEqual(["2027-10-24T23:00:00.000Z", "2027-11-01T00:00:00.000Z"]);
  });

  it("includes the end date when it falls on a due day, and stops before it otherwise", () => {
    expect(expandDueDates({ firstDate: "2027-01-03", repeatUntil: "2027-01-17", zone: "UTC" })).toHaveLength(3);
    expect(expandDueDates({ firstDate: "2027-01-03", repeatUntil: "2027-01-16", zone: "UTC" })).toHaveLength(2);
  });

  it("refuses an end before the start and more than the maximum", () => {
    expect(() => expandDueDates({ firstDate: "2027-01-10", repeatUntil: "2027-01-03", zone: "UTC" })).toThrow(
      RangeError,
    );
    expect(() => expandDueDates({ firstDate: "2027-01-03", repeatUntil: "2028-12-31", zone: "UTC" })).toThrow(
      `at most ${MAX_REPEATS}`,
    );
  });

  it("ends a day at midnight local time even on a DST day", () => {
    expect(endOfLocalDay("2027-03-13", NY).toISOString()).toBe("2027-03-14T05:00:00.000Z");
    expect(endOfLocalDay("2027-03-14", NY).toISOString()).toBe("2027-03-15T04:00:00.000Z");
  });
});

describe("exercise reminders", () => {
  const base = {
    status: "ASSIGNED",
    withdrawnAt: null,
    dueDate: "2027-03-10",
    timeZone: NY,
    dueAt: endOfLocalDay("2027-03-10", NY),
  };
  it("nothing before 09:00 the day before", () =>
    expect(dueExerciseReminder(base, new Date("2027-03-09T13:59:00Z"))).toBeNull());
  it("due soon from 09:00 local the day before until the end of the due date", () => {
    expect(dueExerciseReminder(base, new Date("2027-03-09T14:00:00Z"))).toBe("DUE_SOON");
    expect(dueExerciseReminder(base, new Date("2027-03-11T04:59:00Z"))).toBe("DUE_SOON");
  });
  it("overdue from the end of the due date, for a week", () => {
    expect(dueExerciseReminder(base, new Date("2027-03-11T05:00:00Z"))).toBe("OVERDUE");
    expect(dueExerciseReminder(base, new Date("2027-03-18T04:59:00Z"))).toBe("OVERDUE");
    expect(dueExerciseReminder(base, new Date("2027-03-18T05:00:00Z"))).toBeNull();
  });
  it("none once submitted, returned, reviewed or withdrawn", () => {
    const late = new Date("2027-03-12T00:00:00Z");
    for (const status of ["SUBMITTED", "RETURNED", "REVIEWED"])
      expect(dueExerciseReminder({ ...base, status }, late)).toBeNull();
    expect(dueExerciseReminder({ ...base, withdrawnAt: new Date() }, late)).toBeNull();
  });
});

describe("shown status", () => {
  const dueAt = new Date("2027-03-11T05:00:00Z");
  it("is due, then overdue, while not sent in", () => {
    expect(shownStatus({ status: "ASSIGNED", dueAt, withdrawnAt: null }, new Date("2027-03-11T04:59:59Z"))).toBe("DUE");
    expect(shownStatus({ status: "ASSIGNED", dueAt, withdrawnAt: null }, dueAt)).toBe("OVERDUE");
  });
  it("follows the stored status once sent in, and withdrawal wins", () => {
    expect(shownStatus({ status: "RETURNED", dueAt, withdrawnAt: null }, new Date("2030-01-01"))).toBe("RETURNED");
    expect(shownStatus({ status: "REVIEWED", dueAt, withdrawnAt: new Date() }, new Date())).toBe("WITHDRAWN");
  });
});
