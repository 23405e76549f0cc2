// The counselor's answer to a held message: approve (it is delivered now, in
// order, with the next seq), reject (the sender is told, with an optional
// private note) or return it to the sender to rephrase.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { IdSchema } from "@/lib/validation/ids";
import { requireRoomAccess, ROOM_NOT_FOUND } from "./room-access";
import { appendMessage, assertRoomOpen, lockRoom, saveState, type StoredMessage } from "./room-store";
import { forgetRoomSnapshot } from "./room-snapshot";
import { afterMessage } from "./floor";

export const DecideHeldInput = z.object({
  sessionId: IdSchema,
  heldId: IdSchema,
  decision: z.enum(["APPROVE", "REJECT", "RETURN"]),
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").optional(),
});

export type HeldDecision = {
  heldId: string;
  senderId: string;
  decision: "APPROVE" | "REJECT" | "RETURN";
  text: string;
  note: string | null;
  /** APPROVE: the delivered message. REJECT with a note: the private note. */
  messages: StoredMessage[];
  counselorId: string;
};

export async function decideHeldMessage(options: { actor: unknown; input: unknown; now?: Date; ip?: string | null }): Promise<HeldDecision> {
  const parsed = DecideHeldInput.safeParse(options.input);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "That request was not understood.");
  const { sessionId, heldId, decision, note } = parsed.data;
  const access = await requireRoomAccess(options.actor, sessionId);
  if (!access.isCounselor) throw new AppError("NOT_FOUND", ROOM_NOT_FOUND);
  const now = options.now ?? new Date();

  return prisma.$transaction(async (tx) => {
    const room = await lockRoom(tx, access.sessionId);
    assertRoomOpen(room);
    const held = await tx.heldMessage.findFirst({ where: { id: heldId, sessionId: access.sessionId } });
    if (!held) throw new AppError("NOT_FOUND", "That message is no longer waiting.");
    if (held.status !== "PENDING") throw new AppError("CONFLICT", "That message has already been answered.", { reason: "ALREADY_DECIDED" });
    const status = decision === "APPROVE" ? "APPROVED" : decision === "REJECT" ? "REJECTED" : "RETURNED";
    await tx.heldMessage.update({ where: { id: held.id }, data: { status, decidedAt: now, note: note || null } });
    await tx.moderationLog.create({ data: { sessionId: access.sessionId, userId: held.senderId, outcome: status, categories: [] } });
    await recordAudit(tx, { actorId: access.actor.id, action: `moderation.${decision.toLowerCase() as "approve" | "reject" | "return"}`, targetType: "HeldMessage", targetId: held.id, familyId: access.familyId, ip: options.ip });

    const messages: StoredMessage[] = [];
    if (decision === "APPROVE") {
      const findings = held.findings && typeof held.findings === "object" ? held.findings : {};
      messages.push(
        await appendMessage(tx, {
          sessionId: access.sessionId,
          kind: held.kind,
          text: held.text,
          senderId: held.senderId,
          clientId: held.clientId,
          moderation: { ...(findings as object), held: true, approvedAt: now.toISOString() },
        }),
      );
      const sender = { userId: held.senderId, isCounselor: false };
      const next = afterMessage(room.state, sender, held.kind === "PARAPHRASE" ? "PARAPHRASE" : "MESSAGE", messages[0].seq);
      if (next !== room.state) {
        await saveState(tx, access.sessionId, next);
        forgetRoomSnapshot(access.sessionId);
      }
    } else if (note) {
      messages.push(await appendMessage(tx, { sessionId: access.sessionId, kind: "COACHING", text: note, senderId: access.actor.id, recipientId: held.senderId }));
    }
    return { heldId: held.id, senderId: held.senderId, decision, text: held.text, note: note || null, messages, counselorId: access.counselorId };
  });
}
