// Counselors create their own account; parents and teens arrive by invitation.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-strength";
import { EmailSchema, PersonNameSchema, TimeZoneSchema } from "@/lib/validation/fields";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

export const SignUpCounselorInput = z
  .object({
    name: PersonNameSchema,
    email: EmailSchema,
    password: z.string({ error: "Choose a password." }).max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
    timeZone: TimeZoneSchema.catch("UTC"),
  })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, [value.name, value.email, ...value.email.split("@")]);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export type SignUpCounselorInput = z.input<typeof SignUpCounselorInput>;

const EMAIL_TAKEN = "An account with this email already exists. Sign in instead, or use another email.";

export async function signUpCounselor(input: unknown): Promise<{ id: string; email: string }> {
  const parsed = SignUpCounselorInput.safeParse(input);
  // Say everything that needs fixing at once: a taken email as well as a weak password.
  const email = EmailSchema.safeParse((input as { email?: unknown } | null)?.email);
  const taken = email.success && (await prisma.user.findUnique({ where: { email: email.data }, select: { id: true } })) !== null;
  if (!parsed.success || taken) {
    const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
    if (taken) fieldErrors.email = [EMAIL_TAKEN];
    const onlyTaken = parsed.success && taken;
    throw new AppError(onlyTaken ? "CONFLICT" : "INVALID", onlyTaken ? EMAIL_TAKEN : "Please correct the highlighted fields.", { fieldErrors });
  }
  const { name, email: normalisedEmail, password, timeZone } = parsed.data;

  try {
    const user = await prisma.user.create({
      data: { name, email: normalisedEmail, passwordHash: await hashPassword(password), role: "COUNSELOR", timeZone },
      select: { id: true, email: true },
    });
    return user;
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", EMAIL_TAKEN, { fieldErrors: { email: [EMAIL_TAKEN] } });
    }
    throw error;
  }
}
