// "Forgotten your password?": emails a single-use link to the address if it has
// an account. The answer is the same either way, so it reveals no one's account.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { newToken } from "@/lib/auth/secret-token";
import { sendEmail } from "@/lib/mail/send-email";
import { EmailSchema } from "@/lib/validation/fields";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { accountEmailAllowed } from "./account-email-limit";
import { passwordResetEmail } from "./account-emails";

export const RequestPasswordResetInput = z.object({ email: EmailSchema });

export const RESET_LINK_MINUTES = 60;

export async function requestPasswordReset(input: unknown, now = new Date()): Promise<{ email: string }> {
  const parsed = RequestPasswordResetInput.safeParse(input);
  if (!parsed.success)
    throw new AppError("INVALID", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  const { email } = parsed.data;
  const { token, hash } = newToken();
  const message = await prisma.$transaction(async (tx) => {
    if (!(await accountEmailAllowed(tx, email, ["password-reset"], now))) return null;
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) return null;
    await tx.passwordReset.create({
      data: {
        userId: user.id,
        tokenHash: hash,
        expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000),
        createdAt: now,
      },
    });
    return passwordResetEmail(email, token);
  });
  if (message) await sendEmail(message);
  return { email };
}
