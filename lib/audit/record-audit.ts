// Writes one audit row inside the caller's transaction, so an audited action and
// its row commit together or not at all. Pass the transaction client (`tx`) of
// the action; for an action that is a single read, `prisma` itself will do.
import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { AUDIT_ACTIONS, type AuditAction } from "./audit-actions";

const ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]];

export const AuditInputSchema = z.object({
  /** Null only when nobody is signed in (a failed sign-in). */
  actorId: z.string().min(1).nullable(),
  action: z.enum(ACTION_NAMES),
  targetType: z.string().min(1).max(60),
  targetId: z.string().min(1).max(200).nullish(),
  familyId: z.string().min(1).nullish(),
  ip: z.string().max(100).nullish(),
  /** A few facts that are not clinical content, e.g. { format: "pdf" }. */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});

export type AuditInput = z.input<typeof AuditInputSchema>;

type AuditWriter = Pick<Prisma.TransactionClient, "auditEvent">;

export async function recordAudit(tx: AuditWriter, input: AuditInput): Promise<void> {
  // A malformed row is a programming error: throw, which rolls the action back with it.
  const row = AuditInputSchema.parse(input);
  await tx.auditEvent.create({
    data: {
      actorId: row.actorId,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId ?? null,
      familyId: row.familyId ?? null,
      ip: row.ip ?? null,
      detail: row.detail,
    },
  });
}
