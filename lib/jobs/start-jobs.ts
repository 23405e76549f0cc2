// Background work runs on pg-boss, a job queue kept in PostgreSQL (schema
// "pgboss"): no extra infrastructure, survives restarts, and with several app
// processes each scheduled run is taken by exactly one of them.
import PgBoss from "pg-boss";
import { reportUnlessShuttingDown } from "@/lib/process/shutdown";
import { sendDueReminders } from "@/lib/reminders/send-due-reminders";
import { sendExerciseReminders } from "@/lib/exercises/send-exercise-reminders";
import { deliverPendingEmails, scrubExpiredLinks } from "@/lib/mail/deliver-pending-emails";
import { purgeAuthSessions } from "@/lib/auth/auth-sessions";

export const REMINDER_QUEUE = "send-due-reminders";
export const MAIL_QUEUE = "deliver-pending-emails";
export const EXERCISE_REMINDER_QUEUE = "send-exercise-reminders";

export type Jobs = { boss: PgBoss; stop: () => Promise<void> };

export async function startJobs(databaseUrl: string, log: (line: string) => void = () => {}): Promise<Jobs> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: "pgboss", max: 4 });
  boss.on("error", (error) => reportUnlessShuttingDown("[jobs] pg-boss error", error));
  await boss.start();
  for (const queue of [REMINDER_QUEUE, MAIL_QUEUE, EXERCISE_REMINDER_QUEUE]) {
    await boss.createQueue(queue);
    // Every minute; pg-boss's own cron, so each minute runs once across all processes.
    await boss.schedule(queue, "* * * * *");
  }
  await boss.work(REMINDER_QUEUE, async () => {
    const { sent } = await sendDueReminders();
    if (sent) log(`Queued ${sent} reminder email(s).`);
    await boss.send(MAIL_QUEUE, {});
  });
  await boss.work(EXERCISE_REMINDER_QUEUE, async () => {
    const { sent } = await sendExerciseReminders();
    if (sent) log(`Queued ${sent} exercise reminder email(s).`);
    await boss.send(MAIL_QUEUE, {});
  });
  await boss.work(MAIL_QUEUE, async () => {
    await deliverPendingEmails();
    // Housekeeping rides on the same minute: links no one can use, sessions no one can resume.
    await scrubExpiredLinks();
    await purgeAuthSessions();
  });
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 5_000 }) };
}
