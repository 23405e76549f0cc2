// Sign-in with email and password, throttled per account.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { AppError } from "@/lib/errors";
import { EmailSchema, SignInPasswordSchema } from "@/lib/validation/fields";
import { dummyPasswordHash, verifyPassword } from "./password";
import { checkThrottle, describeRetry, recordFailure, type ThrottlePolicy, type ThrottleState } from "./sign-in-throttle";
import type { Role } from "@/lib/db/generated/enums";

export const SignInInput = z.object({ email: EmailSchema, password: SignInPasswordSchema });

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role };

export const INVALID_CREDENTIALS = "That email and password do not match an account. Check them and try again.";

function policy(): ThrottlePolicy {
  const settings = env();
  return {
    maxFailures: settings.SIGNIN_MAX_FAILURES,
    windowMs: settings.SIGNIN_LOCK_MINUTES * 60_000,
    lockMs: settings.SIGNIN_LOCK_MINUTES * 60_000,
  };
}

/** Returns the user for a correct email and password; throws INVALID or RATE_LIMITED otherwise. */
export async function verifyCredentials(input: unknown, now = new Date()): Promise<AuthenticatedUser> {
  const parsed = SignInInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", INVALID_CREDENTIALS);
  const { email, password } = parsed.data;

  const throttle = await prisma.signInThrottle.findUnique({ where: { emailKey: email } });
  const check = checkThrottle(throttle, now);
  if (!check.allowed) throw new AppError("RATE_LIMITED", describeRetry(check.retryAfterSeconds), { retryAfterSeconds: check.retryAfterSeconds });

  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, passwordHash: true } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);

  if (!user || !ok) {
    const locked = await registerFailure(email, now);
    if (locked) throw new AppError("RATE_LIMITED", describeRetry(locked), { retryAfterSeconds: locked });
    throw new AppError("INVALID", INVALID_CREDENTIALS);
  }
  if (throttle) await prisma.signInThrottle.deleteMany({ where: { emailKey: email } });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** Counts one failure under a row lock, so parallel guesses cannot slip past the limit. Returns seconds locked, if now locked. */
async function registerFailure(emailKey: string, now: Date): Promise<number | null> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "SignInThrottle" ("emailKey", "failures", "windowStartedAt", "updatedAt") VALUES (${emailKey}, 0, ${now}, ${now}) ON CONFLICT ("emailKey") DO NOTHING`;
    const [row] = await tx.$queryRaw<ThrottleState[]>`SELECT "failures", "windowStartedAt", "lockedUntil" FROM "SignInThrottle" WHERE "emailKey" = ${emailKey} FOR UPDATE`;
    const next = recordFailure(row.failures === 0 ? null : row, now, policy());
    await tx.signInThrottle.update({ where: { emailKey }, data: next });
    const check = checkThrottle(next, now);
    return check.allowed ? null : check.retryAfterSeconds;
  });
}
