// The member's answers saved as they type, so they are there on another
// device. A draft is only checked for shape and size; the prompts' rules apply
// at submission. Every save from the form names the draft it started from (its
// `draftSavedAt`); a save from a stale tab or device is refused with CONFLICT
// instead of silently replacing the answers written elsewhere.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { AnswersSchema } from "./definition";
import { requireAssignee } from "./assignment-access";

export const CLOSED_MESSAGE = "This exercise can't be changed any more: it was already sent in or withdrawn.";
export const STALE_DRAFT =
  "These answers were changed in another tab or on another device. Reload to see the newest ones, or copy your text first.";

/** The draft a save started from: when it was saved, or null for none yet. */
const BasedOn = z.union([z.null(), z.iso.datetime()]);

export async function saveDraft(options: {
  actor: unknown;
  assignmentId: unknown;
  answers: unknown;
  /** Left out, the save is unconditional (a single writer, as in tests); the form always sends it. */
  basedOn?: unknown;
  now?: Date;
}): Promise<{ savedAt: Date }> {
  const { assignment } = await requireAssignee(options.actor, options.assignmentId);
  const parsed = AnswersSchema.safeParse(options.answers);
  if (!parsed.success) throw new AppError("INVALID", "Your answers could not be saved. Please try again.");
  const basedOn = options.basedOn === undefined ? undefined : BasedOn.safeParse(options.basedOn);
  if (basedOn && !basedOn.success) throw new AppError("INVALID", "Your answers could not be saved. Please reload.");
  const savedAt = options.now ?? new Date();
  // The status guard and the version are in the update itself, so a draft can never land after a
  // submission, nor over answers saved from elsewhere since this tab loaded them.
  const { count } = await prisma.exerciseAssignment.updateMany({
    where: {
      id: assignment.id,
      withdrawnAt: null,
      status: { in: ["ASSIGNED", "RETURNED"] },
      ...(basedOn ? { draftSavedAt: basedOn.data === null ? null : new Date(basedOn.data) } : {}),
    },
    data: { draft: parsed.data, draftSavedAt: savedAt },
  });
  if (count === 0) {
    const now = await prisma.exerciseAssignment.findUnique({
      where: { id: assignment.id },
      select: { withdrawnAt: true, status: true },
    });
    const open = now && !now.withdrawnAt && (now.status === "ASSIGNED" || now.status === "RETURNED");
    throw open ? new AppError("CONFLICT", STALE_DRAFT, { reason: "STALE" }) : new AppError("CONFLICT", CLOSED_MESSAGE);
  }
  return { savedAt };
}
