// iCalendar output for sessions (ical-generator). Times are UTC instants, so
// every calendar app shows them in its own zone; cancelled sessions stay in the
// feed with STATUS:CANCELLED so subscribed calendars remove them.
import ical, { ICalEventStatus } from "ical-generator";
import { publicUrl } from "@/lib/config/env";

export type CalendarSession = {
  id: string;
  title: string;
  agenda: string | null;
  startsAt: Date;
  endsAt: Date;
  status: "SCHEDULED" | "LIVE" | "ENDED" | "CANCELLED";
  cancelReason: string | null;
  updatedAt: Date;
  family: { name: string; counselor: { name: string } };
};

/**
 * ical-generator escapes event fields but writes the calendar's name as given,
 * so a line break in it (from a session title) would add properties. Every
 * control character becomes a space, and "\" ";" "," are escaped as RFC 5545 asks.
 */
export function escapeCalendarText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
    .trim()
    .replace(/[\\;,]/g, (c) => `\\${c}`);
}

export function buildCalendar(name: string, sessions: CalendarSession[]): string {
  const calendar = ical({
    name: escapeCalendarText(name),
    prodId: { company: "Mend", product: "Mend sessions", language: "EN" },
    ttl: 60 * 60,
  });
  for (const s of sessions) {
    const cancelled = s.status === "CANCELLED";
    calendar.createEvent({
      id: `${s.id}@mend`,
      start: s.startsAt,
      end: s.endsAt,
      stamp: s.updatedAt,
      lastModified: s.updatedAt,
      // A moved or cancelled session must replace the copy a calendar already has.
      sequence: Math.floor(s.updatedAt.getTime() / 1000) % 2_000_000_000,
      summary: `${cancelled ? "Cancelled: " : ""}${s.title} (${s.family.name})`,
      description: [
        `With ${s.family.counselor.name}.`,
        s.agenda ? `Agenda: ${s.agenda}` : null,
        cancelled && s.cancelReason ? `Cancelled: ${s.cancelReason}` : null,
        `${publicUrl()}/sessions/${s.id}`,
      ]
        .filter(Boolean)
        .join("\n"),
      url: `${publicUrl()}/sessions/${s.id}`,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
