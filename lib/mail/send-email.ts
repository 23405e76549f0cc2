// Every email goes through the outbox (the Email table). With SMTP_URL set, the
// outbox is delivered through nodemailer right away and by a job every minute;
// without it (development, demo, tests) messages stay there, are logged, and
// are readable at /dev/mailbox.
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { deliverPendingEmails } from "./deliver-pending-emails";

export type EmailMessage = { to: string; subject: string; text: string; kind: string };

export async function sendEmails(messages: EmailMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await prisma.email.createMany({ data: messages });
  if (!env().SMTP_URL) {
    for (const m of messages) console.log(`[mail] kept for /dev/mailbox: "${m.subject}" to ${m.to}`);
    return;
  }
  // A failed send must not undo what the person did (an invitation, a
  // schedule change): the outbox keeps the error and the job retries.
  await deliverPendingEmails().catch((error: unknown) => console.warn("[mail] delivery failed; the job will retry", error));
}

export async function sendEmail(message: EmailMessage): Promise<void> {
  await sendEmails([message]);
}
