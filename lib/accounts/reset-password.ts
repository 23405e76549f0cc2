// The emailed reset link is used: a new password, every session ended, every
// other reset link void. The second factor, if any, is still asked at sign-in.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashToken } from "@/lib/auth/secret-token";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-strength";
import { endAllAuthSessions } from "@/lib/auth/auth-sessions";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { sendEmail } from "@/lib/mail/send-email";
import { passwordChangedEmail } from "./account-emails";

const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
export const ResetPasswordInput = z.object({
  password: z
    .string({ error: "Choose a new password." })
    .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
});
export const UNUSABLE_RESET_LINK =
  "This reset link does not work any more. It may have been used already or be more than an hour old. Ask for a new one.";

type Locked = { id: string; userId: string; expiresAt: Date; usedAt: Date | null };

/** Whether a reset link can still be used (for the page, before the form). */
export async function resetLinkUsable(tokenInput: unknown, now = new Date()): Promise<boolean> {
  const token = TokenSchema.safeParse(tokenInput);
  if (!token.success) return false;
  const reset = await prisma.passwordReset.findUnique({
    where: { tokenHash: hashToken(token.data) },
    select: { expiresAt: true, usedAt: true },
  });
  return !!reset && !reset.usedAt && reset.expiresAt > now;
}

export async function resetPassword(options: { token: unknown; input: unknown; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  const token = TokenSchema.safeParse(options.token);
  if (!token.success) throw new AppError("NOT_FOUND", UNUSABLE_RESET_LINK);
  const parsed = ResetPasswordInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  const passwordHash = await hashPassword(parsed.data.password);

  const user = await prisma.$transaction(async (tx) => {
    const [reset] = await tx.$queryRaw<
      Locked[]
    >`SELECT "id", "userId", "expiresAt", "usedAt" FROM "PasswordReset" WHERE "tokenHash" = ${hashToken(token.data)} FOR UPDATE`;
    if (!reset || reset.usedAt || reset.expiresAt <= now) throw new AppError("NOT_FOUND", UNUSABLE_RESET_LINK);
    const user = await tx.user.findUniqueOrThrow({
      where: { id: reset.userId },
      select: { id: true, email: true, name: true },
    });
    const problem = passwordProblem(parsed.data.password, user);
    if (problem)
      throw new AppError("INVALID", "Please correct the highlighted fields.", { fieldErrors: { password: [problem] } });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    // The owner proved they read the mailbox: earlier failed guesses no longer slow them.
    await tx.signInThrottle.deleteMany({
      where: { OR: [{ key: `account:${user.email}` }, { key: { startsWith: `pair:${user.email}|` } }] },
    });
    return user;
  });
  await endAllAuthSessions(user.id, now);
  await sendEmail(passwordChangedEmail(user.email));
}
