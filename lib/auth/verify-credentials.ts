// Sign-in with email and password (and a second factor when the person has one),
// slowed by lib/auth/sign-in-throttle.ts.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { env } from "@/lib/config/env";
import { AppError } from "@/lib/errors";
import { EmailSchema, SignInPasswordSchema } from "@/lib/validation/fields";
import { dummyPasswordHash, verifyPassword } from "./password";
import {
  checkThrottle,
  combineChecks,
  describeRetry,
  recordFailure,
  throttleKeys,
  throttleRules,
  type ThrottleKind,
  type ThrottleState,
} from "./sign-in-throttle";
import type { Role } from "@/lib/db/generated/enums";
import { acceptSecondFactor } from "./second-factor";

export const SignInInput = z.object({
  email: EmailSchema,
  password: SignInPasswordSchema,
  code: z.string().trim().max(64).optional(),
  clientAddress: z.string().min(1).max(100).catch("unknown"),
});

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role };

export const INVALID_CREDENTIALS = "That email and password do not match an account. Check them and try again.";
export const CODE_REQUIRED = "Enter the 6-digit code from your authenticator app, or one of your recovery codes.";
export const CODE_INVALID =
  "That code did not work. Enter the newest code from your authenticator app, or an unused recovery code.";

function rules() {
  const settings = env();
  return throttleRules({ maxFailures: settings.SIGNIN_MAX_FAILURES, maxDelayMinutes: settings.SIGNIN_LOCK_MINUTES });
}

/** Returns the user for a correct email and password; throws INVALID or RATE_LIMITED otherwise. */
export async function verifyCredentials(input: unknown, now = new Date()): Promise<AuthenticatedUser> {
  const parsed = SignInInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", INVALID_CREDENTIALS);
  const { email, password, clientAddress } = parsed.data;
  const keys = throttleKeys(email, clientAddress);

  const rows = await prisma.signInThrottle.findMany({ where: { key: { in: Object.values(keys) } } });
  const check = combineChecks(rows.map((row) => checkThrottle(row, now)));
  if (!check.allowed)
    throw new AppError("RATE_LIMITED", describeRetry(check.retryAfterSeconds), {
      retryAfterSeconds: check.retryAfterSeconds,
    });

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, totpEnabledAt: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);

  if (!user || !ok) {
    await registerFailure(keys, now, { userId: user?.id ?? null, clientAddress });
    throw new AppError("INVALID", INVALID_CREDENTIALS);
  }
  if (user.totpEnabledAt) {
    // The password was right; the code is asked for next (and guessing codes is throttled like passwords).
    if (!parsed.data.code) throw new AppError("INVALID", CODE_REQUIRED, { reason: "TOTP_REQUIRED" });
    if (!(await acceptSecondFactor(user.id, parsed.data.code, now))) {
      await registerFailure(keys, now, { userId: user.id, clientAddress });
      throw new AppError("INVALID", CODE_INVALID, { reason: "TOTP_INVALID" });
    }
  }
  // The owner got in: this address and this account start afresh (the address's own count stays).
  await prisma.signInThrottle.deleteMany({ where: { key: { in: [keys.pair, keys.account] } } });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** Counts one failure under each key, under row locks, so parallel guesses cannot slip past; the audit trail records it. */
async function registerFailure(
  keys: Record<ThrottleKind, string>,
  now: Date,
  who: { userId: string | null; clientAddress: string },
): Promise<void> {
  const policy = rules();
  await prisma.$transaction(async (tx) => {
    // An unknown email is recorded without naming it: the trail must not collect addresses people mistyped.
    await recordAudit(tx, {
      actorId: null,
      action: "auth.sign_in_failed",
      targetType: "User",
      targetId: who.userId,
      ip: who.clientAddress === "unknown" ? null : who.clientAddress,
    });
    // Always in the same key order, so two failures never wait on each other in a cycle.
    const ordered = (Object.entries(keys) as [ThrottleKind, string][]).sort(([, a], [, b]) => a.localeCompare(b));
    for (const [kind, key] of ordered) {
      await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "lastFailureAt", "updatedAt") VALUES (${key}, 0, ${now}, ${now}) ON CONFLICT ("key") DO NOTHING`;
      const [row] = await tx.$queryRaw<
        ThrottleState[]
      >`SELECT "failures", "lastFailureAt", "blockedUntil" FROM "SignInThrottle" WHERE "key" = ${key} FOR UPDATE`;
      const next = recordFailure(row.failures === 0 ? null : row, now, policy[kind]);
      await tx.signInThrottle.update({ where: { key }, data: next });
    }
  });
}
