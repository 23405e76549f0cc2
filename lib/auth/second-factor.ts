// The second factor at sign-in, after the password: a TOTP code or an unused
// recovery code (set up in lib/accounts/two-factor.ts).
import { prisma } from "@/lib/db/client";
import { unseal } from "@/lib/config/seal";
import { acceptTotpCode, compactTotpCode, hashRecoveryCode } from "./totp";
import { sendEmail } from "@/lib/mail/send-email";
import { recoveryCodeUsedEmail } from "@/lib/accounts/account-emails";

/**
 * At sign-in, after the password: true if the code (TOTP or an unused recovery
 * code) is good. Both are single-use: the TOTP step and the recovery code are
 * consumed under a row lock.
 */
export async function acceptSecondFactor(userId: string, code: string, now: Date): Promise<boolean> {
  const accepted = await prisma.$transaction(async (tx) => {
    const [user] = await tx.$queryRaw<
      { totpSecret: string | null; totpLastStep: number | null }[]
    >`SELECT "totpSecret", "totpLastStep" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
    const secret = unseal("totp-secret", user?.totpSecret ?? null);
    if (!secret) return false;
    const compact = compactTotpCode(code);
    if (compact !== null) {
      const step = await acceptTotpCode({ secret, code: compact, lastStep: user.totpLastStep, now });
      if (step === null) return false;
      await tx.user.update({ where: { id: userId }, data: { totpLastStep: step } });
      return true;
    }
    const used = await tx.recoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
      data: { usedAt: now },
    });
    if (used.count !== 1) return false;
    const left = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
    const { email } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    return { recoveryCodeUsed: { email, left } };
  });
  if (typeof accepted === "object") {
    // After the commit: the owner hears that a recovery code was used (a lost phone, or someone else has the codes).
    await sendEmail(recoveryCodeUsedEmail(accepted.recoveryCodeUsed.email, accepted.recoveryCodeUsed.left));
    return true;
  }
  return accepted;
}
