import { describe, expect, it } from "vitest";
import { familyClockTimes } from "@/lib/scheduling/local-time";

const family = [
  { name: "Grace Okafor", timeZone: "America/New_York" },
  { name: "Tobi Okafor", timeZone: "America/Los_Angeles" },
];

describe("familyClockTimes", () => {
  it("shows each member's own clock for a start entered in the counselor's zone, and flags a hard hour", () => {
    expect(familyClockTimes("2027-01-11", "07:30", "America/New_York", family)).toEqual([
      { name: "Grace Okafor", zone: "America/New_York", text: "07:30 EST", unsociable: false },
      { name: "Tobi Okafor", zone: "America/Los_Angeles", text: "04:30 PST", unsociable: true },
    ]);
  });

  it("names the day when the member's clock is on another date", () => {
    const [sydney] = familyClockTimes("2027-01-11", "20:00", "America/New_York", [
      { name: "Ana", timeZone: "Australia/Sydney" },
    ])!;
    expect(sydney).toMatchObject({ text: "Tue 12 Jan, 12:00 GMT+11", unsociable: false });
  });

  it("uses the offset of the session's date, not today's (summer time)", () => {
    expect(familyClockTimes("2027-07-12", "17:00", "America/New_York", family)![1].text).toBe("14:00 PDT");
  });

  it("counts 22:00 as late and 07:00 as fine", () => {
    const at = (time: string) => familyClockTimes("2027-01-11", time, "UTC", [{ name: "A", timeZone: "UTC" }])![0];
    expect(at("22:00").unsociable).toBe(true);
    expect(at("21:59").unsociable).toBe(false);
    expect(at("07:00").unsociable).toBe(false);
    expect(at("06:59").unsociable).toBe(true);
  });

  it("waits for a complete date and time, and skips members without a known zone", () => {
    expect(familyClockTimes("", "07:30", "UTC", family)).toBeNull();
    expect(familyClockTimes("2027-01-11", "7:3", "UTC", family)).toBeNull();
    expect(familyClockTimes("2027-02-30", "07:30", "UTC", family)).toBeNull();
    expect(familyClockTimes("2027-01-11", "07:30", "UTC", [{ name: "A", timeZone: null }])).toEqual([]);
  });
});
