import { describe, expect, it } from "vitest";
import { buildCalendar, type CalendarSession } from "@/lib/calendar/build-calendar";

const session = (overrides: Partial<CalendarSession> = {}): CalendarSession => ({
  id: "s1",
  title: "Weekly",
  agenda: null,
  startsAt: new Date("2027-03-01T17:00:00Z"),
  endsAt: new Date("2027-03-01T17:50:00Z"),
  status: "SCHEDULED",
  cancelReason: null,
  updatedAt: new Date("2027-02-01T10:00:00Z"),
  family: { name: "Bennett family", counselor: { name: "Dr. Reyes" } },
  ...overrides,
});

/** The content lines of an .ics file (folded continuation lines joined back). */
function lines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n");
}

describe("calendar files", () => {
  const injected = "x\r\nATTENDEE:mailto:evil@example.test\nBEGIN:VALARM";

  it.each([
    ["the calendar name", () => buildCalendar(`Mend ${injected}`, [session()])],
    ["a session title", () => buildCalendar("Mend", [session({ title: injected })])],
    [
      "a family name",
      () => buildCalendar("Mend", [session({ family: { name: injected, counselor: { name: "Dr. Reyes" } } })]),
    ],
    [
      "a counselor name",
      () => buildCalendar("Mend", [session({ family: { name: "B", counselor: { name: injected } } })]),
    ],
    ["an agenda", () => buildCalendar("Mend", [session({ agenda: injected })])],
    ["a cancellation reason", () => buildCalendar("Mend", [session({ status: "CANCELLED", cancelReason: injected })])],
  ])("cannot add lines through %s", (_label, build) => {
    const all = lines(build());
    expect(all.some((line) => line.startsWith("ATTENDEE"))).toBe(false);
    expect(all.some((line) => line.startsWith("BEGIN:VALARM"))).toBe(false);
    expect(all.every((line) => !/[\r\n]/.test(line))).toBe(true);
  });

  it("escapes the calendar name's commas, semicolons and backslashes", () => {
    expect(lines(buildCalendar("Check-in; week 2, part\\1", [])).find((l) => l.startsWith("X-WR-CALNAME"))).toBe(
      "X-WR-CALNAME:Check-in\\; week 2\\, part\\\\1",
    );
  });
});
