import { prisma } from "@/lib/db/client";
import { renderEmailText } from "@/lib/mail/sealed-link";

/** The newest email stored for `to` (of `kind`, if given), with `text` as the recipient reads it (its link unsealed). */
export async function lastEmailTo(to: string, kind?: string) {
  const email = await prisma.email.findFirst({
    where: { to, ...(kind ? { kind } : {}) },
    orderBy: { createdAt: "desc" },
  });
  return email ? { ...email, stored: email.text, text: renderEmailText(email) } : null;
}

/** The secret link (the part after `path`) from the newest email of `kind` to `to`. */
export async function linkTokenFor(to: string, kind: string, path: string): Promise<string> {
  const email = await lastEmailTo(to, kind);
  const token = email?.text.match(new RegExp(`${path}/([A-Za-z0-9_-]+)`))?.[1];
  if (!token) throw new Error(`No ${kind} email with a link for ${to}`);
  return token;
}

/** The invitation token from the newest invitation email to `to`. */
export async function invitationTokenFor(to: string): Promise<string> {
  return linkTokenFor(to, "invitation", "/invitations");
}
