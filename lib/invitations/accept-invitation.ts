// Accepting an invitation: a new person creates their account (their own, not
// managed by a parent), or a signed-in person with the invited email joins.
// The invitation row is locked for the whole transaction, so a link works once.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { requireActor } from "@/lib/auth/actor";
import { hashToken } from "@/lib/auth/secret-token";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-strength";
import { PersonNameSchema, TimeZoneSchema } from "@/lib/validation/fields";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { invitationState, UNUSABLE_LINK_MESSAGE } from "./invitation-state";
import { TokenSchema } from "./find-invitation";

export const NewAccountInput = z.object({
  name: PersonNameSchema,
  password: z
    .string({ error: "Choose a password." })
    .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
  timeZone: TimeZoneSchema,
});

type Locked = {
  id: string;
  familyId: string;
  email: string;
  role: "PARENT" | "TEEN";
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

async function lockInvitation(tx: Prisma.TransactionClient, tokenInput: unknown, now: Date): Promise<Locked> {
  const token = TokenSchema.safeParse(tokenInput);
  if (!token.success) throw new AppError("NOT_FOUND", UNUSABLE_LINK_MESSAGE.unknown);
  const [row] = await tx.$queryRaw<Locked[]>`
    SELECT "id", "familyId", "email", "role"::text AS "role", "expiresAt", "acceptedAt", "revokedAt"
    FROM "Invitation" WHERE "tokenHash" = ${hashToken(token.data)} FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", UNUSABLE_LINK_MESSAGE.unknown);
  const state = invitationState(row, now);
  if (state !== "pending") throw new AppError("CONFLICT", UNUSABLE_LINK_MESSAGE[state]);
  return row;
}

/** The invited address, read without a lock (the transaction below checks the invitation again). */
async function invitedEmail(tokenInput: unknown): Promise<string | null> {
  const token = TokenSchema.safeParse(tokenInput);
  if (!token.success) return null;
  const row = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token.data) },
    select: { email: true },
  });
  return row?.email ?? null;
}

/** A person without an account accepts: creates their account and joins the family. */
export async function acceptInvitationAsNewUser(options: {
  token: unknown;
  input: unknown;
  now?: Date;
}): Promise<{ email: string; familyId: string }> {
  const now = options.now ?? new Date();
  const parsed = NewAccountInput.safeParse(options.input);
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (parsed.success) {
    // The address the invitation went to becomes the account's: the password must not be built on it either.
    const email = await invitedEmail(options.token);
    const problem = passwordProblem(parsed.data.password, { name: parsed.data.name, email });
    if (problem) fieldErrors.password = [problem];
  }
  if (!parsed.success || Object.keys(fieldErrors).length)
    throw new AppError("INVALID", "Please correct the highlighted fields.", { fieldErrors });
  const passwordHash = await hashPassword(parsed.data.password);

  return prisma.$transaction(async (tx) => {
    const invitation = await lockInvitation(tx, options.token, now);
    const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
    if (existing)
      throw new AppError(
        "CONFLICT",
        "You already have a Mend account with this email. Sign in to accept the invitation.",
      );
    const user = await tx.user.create({
      // Following the emailed link proves the address.
      data: {
        email: invitation.email,
        name: parsed.data.name,
        passwordHash,
        role: invitation.role,
        timeZone: parsed.data.timeZone,
        emailVerifiedAt: now,
      },
    });
    await tx.familyMember.create({ data: { familyId: invitation.familyId, userId: user.id, role: invitation.role } });
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: now, acceptedById: user.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "invitation.accept",
      targetType: "Invitation",
      targetId: invitation.id,
      familyId: invitation.familyId,
    });
    return { email: user.email, familyId: invitation.familyId };
  });
}

/** A signed-in person whose email the invitation was sent to joins the family. */
export async function acceptInvitationAsUser(options: {
  actor: unknown;
  token: unknown;
  now?: Date;
}): Promise<{ familyId: string }> {
  const actor = requireActor(options.actor);
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const invitation = await lockInvitation(tx, options.token, now);
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, role: true } });
    if (user.email !== invitation.email) {
      throw new AppError(
        "FORBIDDEN",
        `This invitation was sent to ${invitation.email}. Sign out and sign in with that account to accept it.`,
      );
    }
    if (user.role === "COUNSELOR")
      throw new AppError("FORBIDDEN", "A counselor account cannot join a family as a member.");
    await tx.familyMember.upsert({
      where: { familyId_userId: { familyId: invitation.familyId, userId: actor.id } },
      create: { familyId: invitation.familyId, userId: actor.id, role: invitation.role },
      update: {},
    });
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: now, acceptedById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invitation.accept",
      targetType: "Invitation",
      targetId: invitation.id,
      familyId: invitation.familyId,
    });
    return { familyId: invitation.familyId };
  });
}
