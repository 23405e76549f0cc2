import { prisma } from "@/lib/db/client";

/** The newest email stored for `to` (of `kind`, if given). */
export async function lastEmailTo(to: string, kind?: string) {
  return prisma.email.findFirst({ where: { to, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "desc" } });
}

/** The invitation token from the newest invitation email to `to`. */
export async function invitationTokenFor(to: string): Promise<string> {
  const email = await lastEmailTo(to, "invitation");
  const token = email?.text.match(/\/invitations\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`No invitation email with a link for ${to}`);
  return token;
}
