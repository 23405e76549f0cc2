// Emails a stranger can make Mend send (sign-up confirmations, password
// resets) are capped per address, so no one can use Mend to flood an inbox.
// Over the cap nothing is sent, and the person asking is told the same as
// always: the answer must not reveal whether the address has an account.
import type { Prisma } from "@/lib/db/generated/client";

export const ACCOUNT_EMAILS_PER_HOUR = 3;

export async function accountEmailAllowed(
  tx: Prisma.TransactionClient,
  to: string,
  kinds: string[],
  now: Date,
): Promise<boolean> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`account-email:${to}`}))`;
  const recent = await tx.email.count({
    where: { to, kind: { in: kinds }, createdAt: { gt: new Date(now.getTime() - 3_600_000) } },
  });
  return recent < ACCOUNT_EMAILS_PER_HOUR;
}
