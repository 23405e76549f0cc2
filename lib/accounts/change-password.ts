// A signed-in person chooses a new password. The current one is asked for (a
// borrowed, unlocked browser is not enough), every session ends, and the
// owner is told by email.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requireActor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-strength";
import { endAllAuthSessions } from "@/lib/auth/auth-sessions";
import { sendEmail } from "@/lib/mail/send-email";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { passwordChangedEmail } from "./account-emails";

export const ChangePasswordInput = z.object({
  currentPassword: z
    .string({ error: "Enter your current password." })
    .min(1, "Enter your current password.")
    .max(PASSWORD_MAX_LENGTH),
  newPassword: z
    .string({ error: "Choose a new password." })
    .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
});

export async function changePassword(options: { actor: unknown; input: unknown; now?: Date }): Promise<void> {
  const actor = requireActor(options.actor);
  const parsed = ChangePasswordInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
  const fieldErrors: Record<string, string[]> = {};
  if (!(await verifyPassword(user.passwordHash, parsed.data.currentPassword)))
    fieldErrors.currentPassword = ["That is not your current password."];
  const problem = passwordProblem(parsed.data.newPassword, user);
  if (problem) fieldErrors.newPassword = [problem];
  else if (parsed.data.newPassword === parsed.data.currentPassword)
    fieldErrors.newPassword = ["Choose a password different from your current one."];
  if (Object.keys(fieldErrors).length)
    throw new AppError("INVALID", "Please correct the highlighted fields.", { fieldErrors });

  await prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(parsed.data.newPassword) },
  });
  // Whoever knew the old password may be signed in somewhere: every session ends.
  await endAllAuthSessions(user.id, options.now);
  await sendEmail(passwordChangedEmail(user.email));
}
