import { describe, expect, it } from "vitest";
import type { SendMailOptions } from "nodemailer";
import { prisma } from "@/lib/db/client";
import { sendEmail } from "@/lib/mail/send-email";
import { deliverPendingEmails, failInterruptedEmails } from "@/lib/mail/deliver-pending-emails";
import { LINK_PLACEHOLDER } from "@/lib/mail/sealed-link";
import { uniqueEmail } from "../support/factories";

/** Runs delivery until the outbox (shared with this worker's other tests) has nothing left to claim. */
async function drain(send: (message: SendMailOptions) => Promise<unknown>, now = new Date()) {
  for (;;) {
    const { sent, failed } = await deliverPendingEmails(now, send);
    if (sent + failed === 0) return;
  }
}

describe("email delivery never sends one email twice", () => {
  it("claims and commits the row before sending, so no other sender can take it meanwhile", async () => {
    const to = uniqueEmail("claim");
    await sendEmail({ to, subject: "Hello", text: "Body", kind: "test" });
    const statusDuringSend: string[] = [];
    await drain(async (message) => {
      if (message.to === to) statusDuringSend.push((await prisma.email.findFirstOrThrow({ where: { to } })).status);
    });
    expect(statusDuringSend).toEqual(["SENDING"]);
    expect((await prisma.email.findFirstOrThrow({ where: { to } })).status).toBe("SENT");
  });

  it("gives each message a stable Message-ID so a relay can drop a duplicate", async () => {
    const to = uniqueEmail("msgid");
    await sendEmail({ to, subject: "Hello", text: "Body", kind: "test" });
    const ids: string[] = [];
    await drain(async (message) => void (message.to === to && ids.push(String(message.messageId))));
    const row = await prisma.email.findFirstOrThrow({ where: { to } });
    expect(ids).toEqual([`<${row.id}@mend.local>`]);
  });

  it("retries an email the relay refused", async () => {
    const to = uniqueEmail("refused");
    await sendEmail({ to, subject: "Hello", text: "Body", kind: "test" });
    let refusals = 0;
    // Refused once; the drain then picks it up again and it goes through.
    const delivered: string[] = [];
    await drain(async (message) => {
      if (message.to !== to) return;
      if (refusals++ === 0) throw new Error("421 try again later");
      delivered.push(to);
    });
    expect(refusals).toBe(2);
    expect(delivered).toEqual([to]);
    expect((await prisma.email.findFirstOrThrow({ where: { to } })).status).toBe("SENT");
  });

  it("does not resend an email left mid-send by a crash, and says so", async () => {
    const to = uniqueEmail("crash");
    await sendEmail({
      to,
      subject: "Hello",
      text: `Open ${LINK_PLACEHOLDER}`,
      kind: "test",
      link: "https://mend.example/secret",
    });
    // The process died after claiming (and perhaps after the relay accepted it).
    await prisma.email.updateMany({
      where: { to },
      data: { status: "SENDING", claimedAt: new Date(Date.now() - 60 * 60_000) },
    });
    const resent: string[] = [];
    await drain(async (message) => void (message.to === to && resent.push(to)));
    expect(resent).toEqual([]);
    const row = await prisma.email.findFirstOrThrow({ where: { to } });
    expect(row).toMatchObject({ status: "FAILED", sealedLink: null });
    expect(row.error).toMatch(/not sent again/);
    expect(await failInterruptedEmails()).toBe(0);
  });
});
