// Every email goes through the outbox (the Email table). With SMTP_URL set, the
// outbox is delivered through nodemailer right away and by a job every minute;
// without it (development, demo, tests) messages stay there and are readable at
// /dev/mailbox. A secret link goes in `link` (never in `text`, which holds
// LINK_PLACEHOLDER where it belongs): it is stored sealed (lib/mail/sealed-link.ts).
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { deliverPendingEmails } from "./deliver-pending-emails";
import { LINK_PLACEHOLDER, sealLink } from "./sealed-link";

export type EmailMessage = { to: string; subject: string; text: string; kind: string; link?: string };

export async function sendEmails(messages: EmailMessage[]): Promise<void> {
  if (messages.length === 0) return;
  for (const m of messages) {
    if (m.link && !m.text.includes(LINK_PLACEHOLDER))
      throw new Error(`Email "${m.kind}" has a link but no place for it`);
  }
  await prisma.email.createMany({
    data: messages.map(({ link, ...m }) => ({ ...m, sealedLink: link ? sealLink(link) : null })),
  });
  if (!env().SMTP_URL) {
    // No recipient and no content in the log: the mailbox page shows them in development.
    console.log(`[mail] ${messages.length} email(s) kept in the outbox (no SMTP_URL; see /dev/mailbox in development)`);
    return;
  }
  // A failed send must not undo what the person did (an invitation, a
  // schedule change): the outbox keeps the error and the job retries.
  await deliverPendingEmails().catch((error: unknown) =>
    console.warn("[mail] delivery failed; the job will retry", error instanceof Error ? error.message : error),
  );
}

export async function sendEmail(message: EmailMessage): Promise<void> {
  await sendEmails([message]);
}
