// The counselor changes the calm-communication rules of the room. They apply
// from the next message and the change is recorded in the transcript.
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { SetRoomRulesInput } from "./protocol";
import { requireRoomCounselor, firstName } from "./room-access";
import { appendMessage, assertRoomOpen, lockRoom, type StoredMessage } from "./room-store";
import { forgetRoomSnapshot } from "./room-snapshot";
import type { RoomRules } from "./room-rules";

export async function setRoomRules(options: {
  actor: unknown;
  input: unknown;
  ip?: string | null;
}): Promise<{ rules: RoomRules; event: StoredMessage; counselorId: string }> {
  const parsed = SetRoomRulesInput.safeParse(options.input);
  if (!parsed.success) throw new AppError("INVALID", "Choose a preset, or an action for every category.");
  const access = await requireRoomCounselor(options.actor, parsed.data.sessionId);
  const rules = parsed.data.rules;
  forgetRoomSnapshot(access.sessionId);
  return prisma.$transaction(async (tx) => {
    assertRoomOpen(await lockRoom(tx, access.sessionId));
    await tx.roomState.update({ where: { sessionId: access.sessionId }, data: { rules, version: { increment: 1 } } });
    const label = rules.preset === "custom" ? "custom rules" : `the “${rules.preset}” rules`;
    const event = await appendMessage(tx, {
      sessionId: access.sessionId,
      kind: "EVENT",
      text: `${firstName(access.people, access.actor.id)} switched the room to ${label}.`,
      senderId: access.actor.id,
      data: { type: "SET_RULES", rules },
    });
    await recordAudit(tx, {
      actorId: access.actor.id,
      action: "room.rules",
      targetType: "Session",
      targetId: access.sessionId,
      familyId: access.familyId,
      ip: options.ip,
      detail: { preset: rules.preset },
    });
    return { rules, event, counselorId: access.counselorId };
  });
}
