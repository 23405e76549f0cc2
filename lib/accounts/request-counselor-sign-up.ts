// A counselor asks for an account. Nothing is created until they open the link
// emailed to the address (lib/accounts/confirm-counselor-sign-up.ts), and the
// answer is the same whether or not the address already has an account: an
// existing owner is emailed instead. So sign-up reveals no one's account, and
// registering someone else's address first blocks nobody.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { newToken } from "@/lib/auth/secret-token";
import { passwordProblem, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-strength";
import { EmailSchema, PersonNameSchema, TimeZoneSchema } from "@/lib/validation/fields";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { sendEmail } from "@/lib/mail/send-email";
import { accountEmailAllowed } from "./account-email-limit";
import { accountExistsEmail, confirmSignUpEmail } from "./account-emails";

export const SignUpCounselorInput = z
  .object({
    name: PersonNameSchema,
    email: EmailSchema,
    password: z
      .string({ error: "Choose a password." })
      .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
    timeZone: TimeZoneSchema.catch("UTC"),
  })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, value);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export type SignUpCounselorInput = z.input<typeof SignUpCounselorInput>;

export const SIGN_UP_LINK_HOURS = 24;

/** Always answers with where the email went; throws only for invalid input. */
export async function requestCounselorSignUp(input: unknown, now = new Date()): Promise<{ email: string }> {
  const parsed = SignUpCounselorInput.safeParse(input);
  if (!parsed.success)
    throw new AppError("INVALID", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  const { name, email, password, timeZone } = parsed.data;
  // Hashed on both paths, so the answer takes as long whether or not the account exists.
  const passwordHash = await hashPassword(password);
  const { token, hash } = newToken();

  const message = await prisma.$transaction(async (tx) => {
    if (!(await accountEmailAllowed(tx, email, ["sign-up-confirm", "sign-up-existing"], now))) return null;
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) return accountExistsEmail(email);
    await tx.signUpRequest.create({
      data: {
        email,
        name,
        passwordHash,
        timeZone,
        tokenHash: hash,
        expiresAt: new Date(now.getTime() + SIGN_UP_LINK_HOURS * 3_600_000),
        createdAt: now,
      },
    });
    return confirmSignUpEmail(email, token);
  });
  if (message) await sendEmail(message);
  return { email };
}
