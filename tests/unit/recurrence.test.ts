import { describe, expect, it } from "vitest";
import { expandOccurrences, MAX_OCCURRENCES } from "@/lib/scheduling/recurrence";
import {
  addDays,
  daysBetween,
  formatSessionTime,
  utcToZoned,
  weekContaining,
  zonedToUtc,
} from "@/lib/scheduling/local-time";

const NY = "America/New_York";
const LONDON = "Europe/London";

function localTimes(occurrences: { startsAt: Date }[], zone: string) {
  return occurrences.map((o) => {
    const { date, time } = utcToZoned(o.startsAt, zone);
    return `${date} ${time}`;
  });
}

describe("time-zone conversion", () => {
  it("converts New York wall time to UTC in winter (EST, UTC-5) and summer (EDT, UTC-4)", () => {
    expect(zonedToUtc("2027-01-11", "17:00", NY).toISOString()).toBe("2027-01-11T22:00:00.000Z");
    expect(zonedToUtc("2027-07-12", "17:00", NY).toISOString()).toBe("2027-07-12T21:00:00.000Z");
  });

  it("moves a wall time skipped by the spring-forward change to just after it", () => {
    // 2027-03-14 02:30 does not exist in New York.
    expect(utcToZoned(zonedToUtc("2027-03-14", "02:30", NY), NY)).toEqual({ date: "2027-03-14", time: "03:30" });
  });

  it("round-trips through another zone", () => {
    const instant = zonedToUtc("2027-05-02", "09:15", "Asia/Kolkata");
    expect(utcToZoned(instant, "Asia/Kolkata")).toEqual({ date: "2027-05-02", time: "09:15" });
    expect(utcToZoned(instant, "UTC")).toEqual({ date: "2027-05-02", time: "03:45" });
  });

  it("adds days and counts days between local dates across month and year ends", () => {
    expect(addDays("2027-12-29", 7)).toBe("2028-01-05");
    expect(addDays("2028-02-27", 2)).toBe("2028-02-29");
    expect(daysBetween("2027-12-29", "2028-01-05")).toBe(7);
  });

  it("formats a session in the viewer's zone with the zone's abbreviation", () => {
    const start = zonedToUtc("2027-01-11", "17:00", NY);
    const end = new Date(start.getTime() + 50 * 60_000);
    expect(formatSessionTime(start, end, NY)).toBe("Mon 11 Jan 2027, 17:00–17:50 EST");
    expect(formatSessionTime(start, end, LONDON)).toBe("Mon 11 Jan 2027, 22:00–22:50 GMT");
  });

  it("finds the Monday-to-Monday week containing an instant in a zone", () => {
    // Sunday 23:30 in New York is already Monday in UTC.
    const week = weekContaining(zonedToUtc("2027-01-17", "23:30", NY), NY);
    expect(week.startDate).toBe("2027-01-11");
    expect(week.start.toISOString()).toBe("2027-01-11T05:00:00.000Z");
    expect(week.end.toISOString()).toBe("2027-01-18T05:00:00.000Z");
  });
});

describe("recurrence expansion", () => {
  it("expands a one-off session into one occurrence with its end", () => {
    const [only, ...rest] = expandOccurrences({
      firstDate: "2027-01-11",
      time: "17:00",
      zone: NY,
      durationMinutes: 50,
      rule: { kind: "once" },
    });
    expect(rest).toEqual([]);
    expect(only).toEqual({
      index: 0,
      localDate: "2027-01-11",
      startsAt: new Date("2027-01-11T22:00:00Z"),
      endsAt: new Date("2027-01-11T22:50:00Z"),
    });
  });

  it("keeps a weekly 17:00 New York session at 17:00 local across the spring change, and London sees the shift", () => {
    // US clocks spring forward on 14 Mar 2027; UK clocks on 28 Mar 2027.
    const occurrences = expandOccurrences({
      firstDate: "2027-03-01",
      time: "17:00",
      zone: NY,
      durationMinutes: 50,
      rule: { kind: "repeat", frequency: "WEEKLY", count: 6 },
    });
    expect(localTimes(occurrences, NY)).toEqual([
      "2027-03-01 17:00",
      "2027-03-08 17:00",
      "2027-03-15 17:00",
      "2027-03-22 17:00",
      "2027-03-29 17:00",
      "2027-04-05 17:00",
    ]);
    expect(occurrences.map((o) => o.startsAt.toISOString().slice(11, 16))).toEqual([
      "22:00",
      "22:00",
      "21:00",
      "21:00",
      "21:00",
      "21:00",
    ]);
    // London: 22:00 GMT, then 21:00 GMT for the two weeks when only the US has changed, then 22:00 BST.
    expect(localTimes(occurrences, LONDON)).toEqual([
      "2027-03-01 22:00",
      "2027-03-08 22:00",
      "2027-03-15 21:00",
      "2027-03-22 21:00",
      "2027-03-29 22:00",
      "2027-04-05 22:00",
    ]);
  });

  it("keeps a weekly 17:00 New York session at 17:00 local across the autumn change, and London sees the shift", () => {
    // UK clocks fall back on 31 Oct 2027; US clocks on 7 Nov 2027.
    const occurrences = expandOccurrences({
      firstDate: "2027-10-25",
      time: "17:00",
      zone: NY,
      durationMinutes: 50,
      rule: { kind: "repeat", frequency: "WEEKLY", count: 3 },
    });
    expect(localTimes(occurrences, NY)).toEqual(["2027-10-25 17:00", "2027-11-01 17:00", "2027-11-08 17:00"]);
    expect(occurrences.map((o) => o.startsAt.toISOString().slice(11, 16))).toEqual(["21:00", "21:00", "22:00"]);
    expect(localTimes(occurrences, LONDON)).toEqual(["2027-10-25 22:00", "2027-11-01 21:00", "2027-11-08 22:00"]);
  });

  it("runs a fortnightly series across a year end", () => {
    const occurrences = expandOccurrences({
      firstDate: "2027-12-13",
      time: "16:30",
      zone: LONDON,
      durationMinutes: 60,
      rule: { kind: "repeat", frequency: "BIWEEKLY", count: 4 },
    });
    expect(occurrences.map((o) => o.localDate)).toEqual(["2027-12-13", "2027-12-27", "2028-01-10", "2028-01-24"]);
    expect(localTimes(occurrences, LONDON)).toEqual([
      "2027-12-13 16:30",
      "2027-12-27 16:30",
      "2028-01-10 16:30",
      "2028-01-24 16:30",
    ]);
  });

  it("ends a series on its until date, including an occurrence on that date", () => {
    const rule = { kind: "repeat", frequency: "WEEKLY", untilDate: "2027-01-25" } as const;
    expect(
      expandOccurrences({ firstDate: "2027-01-04", time: "10:00", zone: NY, durationMinutes: 45, rule }).map(
        (o) => o.localDate,
      ),
    ).toEqual(["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"]);
    const fortnight = { kind: "repeat", frequency: "BIWEEKLY", untilDate: "2027-01-24" } as const;
    expect(
      expandOccurrences({ firstDate: "2027-01-04", time: "10:00", zone: NY, durationMinutes: 45, rule: fortnight }).map(
        (o) => o.localDate,
      ),
    ).toEqual(["2027-01-04", "2027-01-18"]);
  });

  it("gives no occurrences when the until date is before the first date", () => {
    expect(
      expandOccurrences({
        firstDate: "2027-01-04",
        time: "10:00",
        zone: NY,
        durationMinutes: 45,
        rule: { kind: "repeat", frequency: "WEEKLY", untilDate: "2027-01-01" },
      }),
    ).toEqual([]);
  });

  it("numbers occurrences from zero", () => {
    const occurrences = expandOccurrences({
      firstDate: "2027-01-04",
      time: "10:00",
      zone: NY,
      durationMinutes: 45,
      rule: { kind: "repeat", frequency: "WEEKLY", count: 3 },
    });
    expect(occurrences.map((o) => o.index)).toEqual([0, 1, 2]);
  });

  it("refuses a series longer than the maximum", () => {
    expect(() =>
      expandOccurrences({
        firstDate: "2027-01-04",
        time: "10:00",
        zone: NY,
        durationMinutes: 45,
        rule: { kind: "repeat", frequency: "WEEKLY", count: MAX_OCCURRENCES + 1 },
      }),
    ).toThrow(RangeError);
  });
});
