import { describe, expect, it } from "vitest";
import {
  describeTimeZone,
  filterTimeZones,
  formatOffset,
  timeZoneOptions,
  timeZoneName,
} from "@/lib/validation/time-zones";

const winter = new Date("2027-01-15T12:00:00Z");
const summer = new Date("2027-07-15T12:00:00Z");

describe("time-zone choices", () => {
  it("names a zone by its everyday name, its city and its offset now", () => {
    expect(describeTimeZone("America/New_York", winter).label).toBe("Eastern Time — New York (UTC−05:00)");
    expect(describeTimeZone("America/New_York", summer).label).toBe("Eastern Time — New York (UTC−04:00)");
    expect(describeTimeZone("Asia/Kolkata", winter).label).toBe("India Standard Time — Kolkata (UTC+05:30)");
    expect(describeTimeZone("UTC", winter).label).toBe("Coordinated Universal Time (UTC+00:00)");
  });

  it("keeps the IANA id as the value, lists every zone once from west to east, and keeps an unlisted current zone", () => {
    const options = timeZoneOptions("America/New_York", winter);
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
    expect(options.length).toBeGreaterThan(300);
    expect(options.map((o) => o.offsetMinutes)).toEqual([...options.map((o) => o.offsetMinutes)].sort((a, b) => a - b));
    expect(options.find((o) => o.value === "America/New_York")?.label).toContain("New York");
    expect(timeZoneOptions("Etc/GMT+5", winter).some((o) => o.value === "Etc/GMT+5")).toBe(true);
  });

  it("finds a zone by city, by everyday name, by id, without accents, and by offset", () => {
    const options = timeZoneOptions(undefined, winter);
    const values = (query: string) => filterTimeZones(options, query).map((o) => o.value);
    expect(values("new york")).toEqual(["America/New_York"]);
    expect(values("eastern time")).toContain("America/Toronto");
    expect(values("europe/lond")).toEqual(["Europe/London"]);
    expect(values("sao paulo")).toEqual(["America/Sao_Paulo"]);
    // Which of Kolkata / Calcutta the platform lists varies; the offset does not.
    const halfPast = filterTimeZones(options, "utc+5:30").map((o) => o.offsetMinutes);
    expect(halfPast.length).toBeGreaterThan(0);
    expect(new Set(halfPast)).toEqual(new Set([330]));
    expect(values("utc−05")).toContain("America/New_York");
    expect(values("")).toHaveLength(options.length);
    expect(values("no such place")).toEqual([]);
  });

  it("prints offsets with a real minus sign and minutes", () => {
    expect(formatOffset(-300)).toBe("UTC−05:00");
    expect(formatOffset(345)).toBe("UTC+05:45");
    expect(formatOffset(0)).toBe("UTC+00:00");
  });
});

describe("timeZoneName", () => {
  it("names a zone without an offset, for pages that span many dates", () => {
    expect(timeZoneName("America/New_York")).toBe("Eastern Time — New York");
    expect(timeZoneName("UTC")).toBe("Coordinated Universal Time");
  });
});
