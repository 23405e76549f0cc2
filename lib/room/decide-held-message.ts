// The counselor's answer to a held message: approve (it is delivered now, in
// order, with the next seq), reject (the sender is told, with an optional
// private note) or return it to the sender to rephrase.
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { readModeration } from "./json-columns";
import { DecideHeldInput } from "./protocol";
import { requireRoomCounselor } from "./room-access";
import { appendMessage, asSendKind, assertRoomOpen, lockRoom, saveState, type StoredMessage } from "./room-store";
import { forgetRoomSnapshot } from "./room-snapshot";
import { afterMessage } from "./floor";

export type HeldDecision = {
  sessionId: string;
  heldId: string;
  senderId: string;
  decision: "APPROVE" | "REJECT" | "RETURN";
  text: string;
  kind: "MESSAGE" | "PARAPHRASE";
  clientId: string;
  note: string | null;
  /** APPROVE: the delivered message. REJECT with a note: the private note. */
  messages: StoredMessage[];
  counselorId: string;
};

export async function decideHeldMessage(options: {
  actor: unknown;
  input: unknown;
  now?: Date;
  ip?: string | null;
}): Promise<HeldDecision> {
  const parsed = DecideHeldInput.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "That request was not understood.");
  const { sessionId, heldId, decision, note } = parsed.data;
  const access = await requireRoomCounselor(options.actor, sessionId);
  const now = options.now ?? new Date();

  return prisma.$transaction(async (tx) => {
    const room = await lockRoom(tx, access.sessionId);
    assertRoomOpen(room);
    const held = await tx.heldMessage.findFirst({ where: { id: heldId, sessionId: access.sessionId } });
    if (!held) throw new AppError("NOT_FOUND", "That message is no longer waiting.");
    if (held.status !== "PENDING")
      throw new AppError("CONFLICT", "That message has already been answered.", { reason: "ALREADY_DECIDED" });
    const status = decision === "APPROVE" ? "APPROVED" : decision === "REJECT" ? "REJECTED" : "RETURNED";
    await tx.heldMessage.update({ where: { id: held.id }, data: { status, decidedAt: now, note: note || null } });
    await tx.moderationLog.create({
      data: { sessionId: access.sessionId, userId: held.senderId, outcome: status, categories: [] },
    });
    await recordAudit(tx, {
      actorId: access.actor.id,
      action: `moderation.${decision.toLowerCase() as "approve" | "reject" | "return"}`,
      targetType: "HeldMessage",
      targetId: held.id,
      familyId: access.familyId,
      ip: options.ip,
    });

    const messages: StoredMessage[] = [];
    if (decision === "APPROVE") {
      const findings = readModeration(held.findings) ?? { findings: [], positives: [] };
      messages.push(
        await appendMessage(tx, {
          sessionId: access.sessionId,
          kind: held.kind,
          text: held.text,
          senderId: held.senderId,
          clientId: held.clientId,
          moderation: { ...findings, held: true, approvedAt: now.toISOString() },
        }),
      );
      const sender = { userId: held.senderId, isCounselor: false };
      const next = afterMessage(room.state, sender, asSendKind(held.kind), messages[0].seq);
      if (next !== room.state) {
        await saveState(tx, access.sessionId, next);
        forgetRoomSnapshot(access.sessionId);
      }
    } else if (note) {
      messages.push(
        await appendMessage(tx, {
          sessionId: access.sessionId,
          kind: "COACHING",
          text: note,
          senderId: access.actor.id,
          recipientId: held.senderId,
        }),
      );
    }
    return {
      sessionId: access.sessionId,
      heldId: held.id,
      senderId: held.senderId,
      decision,
      text: held.text,
      kind: asSendKind(held.kind),
      clientId: held.clientId,
      note: note || null,
      messages,
      counselorId: access.counselorId,
    };
  });
}
