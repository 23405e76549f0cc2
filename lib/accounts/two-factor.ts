// Optional second factor for counselors: an authenticator app (TOTP) plus
// one-time recovery codes. Enrolment takes two steps (show the secret, then
// prove the app has it with a code), so a half-finished set-up never locks
// anyone out.
import { z } from "zod";
import QRCode from "qrcode";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { seal, unseal } from "@/lib/config/seal";
import { verifyPassword } from "@/lib/auth/password";
import type { Prisma } from "@/lib/db/generated/client";
import { sendEmail } from "@/lib/mail/send-email";
import { twoFactorChangedEmail } from "./account-emails";
import {
  acceptTotpCode,
  compactTotpCode,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpUri,
} from "@/lib/auth/totp";

const CodeInput = z.object({
  code: z
    .string({ error: "Enter the 6-digit code from your app." })
    .max(64, "Enter the 6-digit code from your app.")
    // Pasted codes often come as "123 456".
    .transform((code, ctx) => {
      const compact = compactTotpCode(code);
      if (compact === null) ctx.addIssue({ code: "custom", message: "Enter the 6-digit code from your app." });
      return compact ?? "";
    }),
});
const PasswordInput = z.object({
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200),
});

/**
 * Every change to two-step sign-in asks for the password: a session left open on a shared computer must not be
 * enough to turn it on with someone else's phone (locking the owner out), turn it off, or take new recovery codes.
 */
async function requirePassword(userId: string, input: unknown): Promise<{ email: string }> {
  const parsed = PasswordInput.safeParse(input);
  if (!parsed.success)
    throw new AppError("INVALID", "Enter your password.", { fieldErrors: { password: ["Enter your password."] } });
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true, email: true },
  });
  if (!(await verifyPassword(user.passwordHash, parsed.data.password)))
    throw new AppError("INVALID", "That is not your password.", {
      fieldErrors: { password: ["That is not your password."] },
    });
  return { email: user.email };
}

async function replaceRecoveryCodes(userId: string, extra: Prisma.PrismaPromise<unknown>[] = []): Promise<string[]> {
  const recoveryCodes = newRecoveryCodes();
  await prisma.$transaction([
    ...extra,
    prisma.recoveryCode.deleteMany({ where: { userId } }),
    prisma.recoveryCode.createMany({
      data: recoveryCodes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })),
    }),
  ]);
  return recoveryCodes;
}

function requireCounselor(actorInput: unknown): Actor {
  const actor = requireActor(actorInput);
  if (actor.role !== "COUNSELOR")
    throw new AppError("FORBIDDEN", "Two-step sign-in is available for counselor accounts.");
  return actor;
}

export type TwoFactorStatus = { enabled: boolean; recoveryCodesLeft: number };

export async function twoFactorStatus(options: { actor: unknown }): Promise<TwoFactorStatus> {
  const actor = requireActor(options.actor);
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  return { enabled: !!user.totpEnabledAt, recoveryCodesLeft: user._count.recoveryCodes };
}

/** Step 1: a new secret, kept sealed and not yet in force. */
export async function startTwoFactorEnrolment(options: {
  actor: unknown;
}): Promise<{ secret: string; uri: string; qrSvg: string }> {
  const actor = requireCounselor(options.actor);
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt)
    throw new AppError("CONFLICT", "Two-step sign-in is already on. Turn it off first to move it to another app.");
  const secret = newTotpSecret();
  await prisma.user.update({
    where: { id: actor.id },
    data: { totpSecret: seal("totp-secret", secret), totpLastStep: null },
  });
  const uri = totpUri(secret, user.email);
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: "svg", margin: 1 }) };
}

/** Step 2: a code from the app turns it on; the recovery codes are shown this once. */
export async function confirmTwoFactorEnrolment(options: {
  actor: unknown;
  input: unknown;
  now?: Date;
}): Promise<{ recoveryCodes: string[] }> {
  const actor = requireCounselor(options.actor);
  const parsed = CodeInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", "Enter the 6-digit code from your app.", {
      fieldErrors: { code: ["Enter the 6-digit code from your app."] },
    });
  const { email } = await requirePassword(actor.id, options.input);
  const now = options.now ?? new Date();
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "Two-step sign-in is already on.");
  const secret = unseal("totp-secret", user.totpSecret);
  if (!secret) throw new AppError("CONFLICT", "Start the set-up again: the code to scan has expired.");
  const step = await acceptTotpCode({ secret, code: parsed.data.code, lastStep: null, now });
  if (step === null)
    throw new AppError("INVALID", "That code did not match. Check the time on your phone and enter the newest code.", {
      fieldErrors: { code: ["That code did not match."] },
    });
  const recoveryCodes = await replaceRecoveryCodes(actor.id, [
    prisma.user.update({ where: { id: actor.id }, data: { totpEnabledAt: now, totpLastStep: step } }),
  ]);
  await sendEmail(twoFactorChangedEmail(email, "on"));
  return { recoveryCodes };
}

/** New recovery codes (the old ones stop working), shown this once: for someone who used or lost theirs. */
export async function regenerateRecoveryCodes(options: {
  actor: unknown;
  input: unknown;
}): Promise<{ recoveryCodes: string[] }> {
  const actor = requireCounselor(options.actor);
  const { email } = await requirePassword(actor.id, options.input);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  if (!user.totpEnabledAt) throw new AppError("CONFLICT", "Turn on two-step sign-in first.");
  const recoveryCodes = await replaceRecoveryCodes(actor.id);
  await sendEmail(twoFactorChangedEmail(email, "new-codes"));
  return { recoveryCodes };
}

export async function disableTwoFactor(options: { actor: unknown; input: unknown }): Promise<void> {
  const actor = requireCounselor(options.actor);
  const { email } = await requirePassword(actor.id, options.input);
  await prisma.$transaction([
    prisma.user.update({
      where: { id: actor.id },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    }),
    prisma.recoveryCode.deleteMany({ where: { userId: actor.id } }),
  ]);
  await sendEmail(twoFactorChangedEmail(email, "off"));
}
