// Sends what waits in the outbox, at most once per email. A row is claimed
// (PENDING → SENDING) and committed before anything is sent, the send happens
// outside any transaction, and the row is then marked SENT (its sealed link
// scrubbed). A row found still SENDING after a crash is never sent again
// blindly: it is marked FAILED and reported. Each message carries a Message-ID
// derived from the row, so a relay that saw it already can drop a duplicate.
// (docs/decisions/014-email-delivery-and-links-at-rest.md)
import nodemailer, { type Transporter } from "nodemailer";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { renderEmailText } from "./sealed-link";

const MAX_ATTEMPT_AGE_MS = 2 * 24 * 3600_000;
const MAX_ATTEMPTS = 5;
const BATCH = 20;
/** Longer than any send can take: a row still SENDING after this was interrupted. */
const STUCK_AFTER_MS = 10 * 60_000;

const globalForMail = globalThis as { mendMailer?: Transporter };

function transporter(smtpUrl: string): Transporter {
  globalForMail.mendMailer ??= nodemailer.createTransport(smtpUrl);
  return globalForMail.mendMailer;
}

type Claimed = { id: string; to: string; subject: string; text: string; sealedLink: string | null; attempts: number };

/** Takes up to BATCH pending rows for this process; committed before any send. */
export async function claimPendingEmails(now = new Date()): Promise<Claimed[]> {
  return prisma.$queryRaw<Claimed[]>`
    UPDATE "Email" SET "status" = 'SENDING', "claimedAt" = ${now}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "Email"
      WHERE "status" = 'PENDING' AND "createdAt" > ${new Date(now.getTime() - MAX_ATTEMPT_AGE_MS)}
      ORDER BY "createdAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "text", "sealedLink", "attempts"`;
}

/** Rows a crashed sender left in SENDING: we cannot know whether they went out, so they are not resent. */
export async function failInterruptedEmails(now = new Date()): Promise<number> {
  const { count } = await prisma.email.updateMany({
    where: { status: "SENDING", claimedAt: { lt: new Date(now.getTime() - STUCK_AFTER_MS) } },
    data: {
      status: "FAILED",
      error: "Interrupted while sending; not sent again so that it cannot arrive twice.",
      sealedLink: null,
    },
  });
  if (count)
    console.warn(
      `[mail] ${count} email(s) were interrupted while sending and were not resent; see the Email table (status FAILED)`,
    );
  return count;
}

export function messageIdFor(emailId: string, from: string): string {
  const domain = from.match(/@([^>\s]+)/)?.[1] ?? "mend.local";
  return `<${emailId}@${domain}>`;
}

export async function deliverPendingEmails(
  now = new Date(),
  send?: (message: nodemailer.SendMailOptions) => Promise<unknown>,
): Promise<{ sent: number; failed: number }> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL && !send) return { sent: 0, failed: 0 };
  const deliver = send ?? ((message: nodemailer.SendMailOptions) => transporter(SMTP_URL!).sendMail(message));
  await failInterruptedEmails(now);
  const batch = await claimPendingEmails(now);
  let sent = 0;
  let failed = 0;
  for (const email of batch) {
    try {
      await deliver({
        from: MAIL_FROM,
        to: email.to,
        subject: email.subject,
        text: renderEmailText(email),
        messageId: messageIdFor(email.id, MAIL_FROM),
      });
    } catch (error) {
      // The relay refused it: nothing went out, so another attempt is safe.
      const giveUp = email.attempts >= MAX_ATTEMPTS;
      await prisma.email.update({
        where: { id: email.id },
        data: {
          status: giveUp ? "FAILED" : "PENDING",
          error: String(error instanceof Error ? error.message : error).slice(0, 500),
          ...(giveUp ? { sealedLink: null } : {}),
        },
      });
      failed++;
      continue;
    }
    await prisma.email.update({
      where: { id: email.id },
      data: { status: "SENT", sentAt: new Date(), error: null, sealedLink: null },
    });
    sent++;
  }
  return { sent, failed };
}

/** Links kept for the development mailbox (no SMTP) are scrubbed once they can no longer work. */
export async function scrubExpiredLinks(now = new Date()): Promise<number> {
  const oldest = new Date(now.getTime() - env().INVITATION_TTL_DAYS * 24 * 3600_000);
  const { count } = await prisma.email.updateMany({
    where: { sealedLink: { not: null }, createdAt: { lt: oldest } },
    data: { sealedLink: null },
  });
  return count;
}
