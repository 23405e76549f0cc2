// Every email is first stored (the outbox). With SMTP_URL it is then sent
// through nodemailer; without it (development, demo, tests) it stays in the
// store, is logged, and is readable at /dev/mailbox.
import nodemailer, { type Transporter } from "nodemailer";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/config/env";

export type EmailMessage = { to: string; subject: string; text: string; kind: string };

const globalForMail = globalThis as { mendMailer?: Transporter };

function transporter(smtpUrl: string): Transporter {
  globalForMail.mendMailer ??= nodemailer.createTransport(smtpUrl);
  return globalForMail.mendMailer;
}

export async function sendEmail(message: EmailMessage): Promise<void> {
  const stored = await prisma.email.create({ data: message });
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    console.log(`[mail] kept for /dev/mailbox: "${message.subject}" to ${message.to}`);
    return;
  }
  try {
    await transporter(SMTP_URL).sendMail({ from: MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
    await prisma.email.update({ where: { id: stored.id }, data: { sentAt: new Date() } });
  } catch (error) {
    // A failed send must not undo what the person did (e.g. an invitation);
    // the error is kept with the message so it can be seen and resent.
    console.warn(`[mail] sending "${message.subject}" to ${message.to} failed`, error);
    await prisma.email.update({ where: { id: stored.id }, data: { error: String(error instanceof Error ? error.message : error).slice(0, 500) } });
  }
}

export async function sendEmails(messages: EmailMessage[]): Promise<void> {
  for (const message of messages) await sendEmail(message);
}
