// Sends every reminder that is due now, each exactly once: the delivery row's
// unique key (session, person, kind, start time) is written in the same
// transaction as the email, so a second run, a second process or a retried job
// finds it and sends nothing. A moved session has a new start time and so gets
// new reminders; a cancelled one is no longer SCHEDULED and gets none.
import { prisma } from "@/lib/db/client";
import { publicUrl } from "@/lib/config/env";
import { formatSessionTime } from "@/lib/scheduling/local-time";
import { dueReminders, familyPhrase, leadText, REMINDER_WINDOWS } from "./due-reminders";
import { shortName } from "@/lib/people/names";

export async function sendDueReminders(options: { now?: Date } = {}): Promise<{ sent: number }> {
  const now = options.now ?? new Date();
  const sessions = await prisma.session.findMany({
    where: {
      status: "SCHEDULED",
      startsAt: { gt: now, lte: new Date(now.getTime() + REMINDER_WINDOWS.DAY_BEFORE.from) },
    },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      status: true,
      family: {
        select: {
          name: true,
          counselor: { select: { id: true, name: true, email: true, timeZone: true, remindersEnabled: true } },
          members: {
            select: { user: { select: { id: true, name: true, email: true, timeZone: true, remindersEnabled: true } } },
          },
        },
      },
    },
  });

  let sent = 0;
  for (const session of sessions) {
    const kinds = dueReminders(session, now);
    if (kinds.length === 0) continue;
    // Only the nearest due reminder: a session scheduled 30 minutes ahead gets the hour reminder, not both.
    const kind = kinds.includes("HOUR_BEFORE") ? "HOUR_BEFORE" : kinds[0];
    const counselor = session.family.counselor;
    const people = [counselor, ...session.family.members.map((m) => m.user)].filter((p) => p.remindersEnabled);
    const lead = leadText(session.startsAt, now);
    for (const person of people) {
      // The counselor meets a family; a parent or teen meets their counselor.
      const withWhom = person.id === counselor.id ? familyPhrase(session.family.name) : shortName(counselor.name);
      const created = await prisma.$transaction(async (tx) => {
        const { count } = await tx.reminderDelivery.createMany({
          data: [{ sessionId: session.id, userId: person.id, kind, startsAt: session.startsAt, sentAt: now }],
          skipDuplicates: true,
        });
        if (count === 0) return false;
        await tx.email.create({
          data: {
            to: person.email,
            kind: "reminder",
            subject: `Reminder: ${session.title} ${lead}`,
            text: [
              `Hi ${shortName(person.name)},`,
              "",
              `Your session “${session.title}” with ${withWhom} starts ${lead}:`,
              `  ${formatSessionTime(session.startsAt, session.endsAt, person.timeZone)}`,
              "",
              `Details: ${publicUrl()}/sessions/${session.id}`,
              `You can switch reminders off in your settings: ${publicUrl()}/settings`,
            ].join("\n"),
          },
        });
        return true;
      });
      if (created) sent++;
    }
  }
  return { sent };
}
