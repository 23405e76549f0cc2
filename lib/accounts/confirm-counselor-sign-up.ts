// The emailed sign-up link is opened: the counselor account is created, with
// its email confirmed. The request row is locked, so a link works once.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashToken } from "@/lib/auth/secret-token";

const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
const UNUSABLE =
  "This confirmation link does not work any more. It may have been used already or be more than a day old. Sign up again to get a new one.";

type Locked = { id: string; email: string; name: string; passwordHash: string; timeZone: string; expiresAt: Date };

export async function confirmCounselorSignUp(options: { token: unknown; now?: Date }): Promise<{ email: string }> {
  const now = options.now ?? new Date();
  const token = TokenSchema.safeParse(options.token);
  if (!token.success) throw new AppError("NOT_FOUND", UNUSABLE);
  return prisma.$transaction(async (tx) => {
    const [request] = await tx.$queryRaw<Locked[]>`
      SELECT "id", "email", "name", "passwordHash", "timeZone", "expiresAt" FROM "SignUpRequest"
      WHERE "tokenHash" = ${hashToken(token.data)} FOR UPDATE`;
    if (!request || request.expiresAt <= now) throw new AppError("NOT_FOUND", UNUSABLE);
    // Whatever happens next, no link for this address should work again.
    await tx.signUpRequest.deleteMany({ where: { email: request.email } });
    const existing = await tx.user.findUnique({ where: { email: request.email }, select: { id: true } });
    if (existing)
      throw new AppError("CONFLICT", "This email already has a Mend account. Sign in instead, or reset your password.");
    await tx.user.create({
      data: {
        email: request.email,
        name: request.name,
        passwordHash: request.passwordHash,
        role: "COUNSELOR",
        timeZone: request.timeZone,
        emailVerifiedAt: now,
      },
    });
    return { email: request.email };
  });
}
