// Sends what waits in the outbox. Rows are locked with SKIP LOCKED while being
// sent, so two processes (or the inline send and the job) never send one twice.
import nodemailer, { type Transporter } from "nodemailer";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/config/env";

const MAX_ATTEMPT_AGE_MS = 2 * 24 * 3600_000;
const BATCH = 20;

const globalForMail = globalThis as { mendMailer?: Transporter };

function transporter(smtpUrl: string): Transporter {
  globalForMail.mendMailer ??= nodemailer.createTransport(smtpUrl);
  return globalForMail.mendMailer;
}

export async function deliverPendingEmails(now = new Date()): Promise<{ sent: number; failed: number }> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return { sent: 0, failed: 0 };
  const mailer = transporter(SMTP_URL);
  return prisma.$transaction(
    async (tx) => {
      const batch = await tx.$queryRaw<{ id: string; to: string; subject: string; text: string }[]>`
        SELECT "id", "to", "subject", "text" FROM "Email"
        WHERE "sentAt" IS NULL AND "createdAt" > ${new Date(now.getTime() - MAX_ATTEMPT_AGE_MS)}
        ORDER BY "createdAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      let sent = 0;
      let failed = 0;
      for (const email of batch) {
        try {
          await mailer.sendMail({ from: MAIL_FROM, to: email.to, subject: email.subject, text: email.text });
          await tx.email.update({ where: { id: email.id }, data: { sentAt: new Date(), error: null } });
          sent++;
        } catch (error) {
          await tx.email.update({ where: { id: email.id }, data: { error: String(error instanceof Error ? error.message : error).slice(0, 500) } });
          failed++;
        }
      }
      return { sent, failed };
    },
    { timeout: 120_000 },
  );
}
