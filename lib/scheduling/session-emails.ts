// Emails to a family's members about their sessions, each written in the
// member's own time zone.
import { prisma } from "@/lib/db/client";
import { publicUrl } from "@/lib/config/env";
import type { EmailMessage } from "@/lib/mail/send-email";
import { formatSessionTime } from "./local-time";
import { shortName } from "@/lib/people/names";

type Change = { kind: "scheduled" } | { kind: "moved" } | { kind: "cancelled"; reason: string };

export async function sessionChangeEmails(options: {
  familyId: string;
  counselorName: string;
  change: Change;
  sessions: { id: string; title: string; startsAt: Date; endsAt: Date }[];
}): Promise<EmailMessage[]> {
  if (options.sessions.length === 0) return [];
  const members = await prisma.familyMember.findMany({
    where: { familyId: options.familyId },
    select: { user: { select: { email: true, name: true, timeZone: true } } },
  });
  const first = options.sessions[0];
  const many = options.sessions.length > 1;
  const subject = {
    scheduled: many
      ? `${options.sessions.length} sessions scheduled: ${first.title}`
      : `Session scheduled: ${first.title}`,
    moved: many ? `${options.sessions.length} sessions moved: ${first.title}` : `Session moved: ${first.title}`,
    cancelled: many
      ? `${options.sessions.length} sessions cancelled: ${first.title}`
      : `Session cancelled: ${first.title}`,
  }[options.change.kind];
  return members.map(({ user }) => {
    const lines = options.sessions.map((s) => `  • ${formatSessionTime(s.startsAt, s.endsAt, user.timeZone)}`);
    const intro = {
      scheduled: `${options.counselorName} scheduled ${many ? "these sessions" : "a session"} with you:`,
      moved: `${options.counselorName} moved ${many ? "these sessions" : "a session"}. The new ${many ? "times are" : "time is"}:`,
      cancelled: `${options.counselorName} cancelled ${many ? "these sessions" : "this session"}:`,
    }[options.change.kind];
    const reason = options.change.kind === "cancelled" ? ["", `Reason: ${options.change.reason}`] : [];
    return {
      to: user.email,
      kind: `session-${options.change.kind}`,
      subject,
      text: [
        `Hi ${shortName(user.name)},`,
        "",
        intro,
        "",
        `“${first.title}”`,
        ...lines,
        ...reason,
        "",
        `Times are shown in your time zone (${user.timeZone}).`,
        `See your sessions: ${publicUrl()}/`,
      ].join("\n"),
    };
  });
}
