// Floor controls: the counselor's (mode, grant, pause, mute, cool-down…) and
// the members' own (raise hand, pass, confirm a paraphrase). Each is applied
// under the room lock and recorded in the transcript.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { IdSchema } from "@/lib/validation/ids";
import { applyAction, type FloorAction, type FloorState } from "./floor";
import { describeAction } from "./describe";
import { requireRoomAccess } from "./room-access";
import { appendMessage, assertRoomOpen, lockRoom, saveState, type StoredMessage } from "./room-store";
import { forgetRoomSnapshot } from "./room-snapshot";

const UserId = IdSchema;

const SetModeSchema = z.discriminatedUnion("mode", [
  z.object({ type: z.literal("SET_MODE"), mode: z.literal("OPEN") }),
  z.object({ type: z.literal("SET_MODE"), mode: z.literal("ROUND_ROBIN"), order: z.array(UserId).min(2).max(10), turnSeconds: z.number().int().min(15).max(900).nullable() }),
  z.object({ type: z.literal("SET_MODE"), mode: z.literal("HAND_RAISE") }),
  z.object({ type: z.literal("SET_MODE"), mode: z.literal("SPEAKER_LISTENER"), speaker: UserId, listener: UserId }),
]);

export const FloorActionSchema: z.ZodType<FloorAction> = z.discriminatedUnion("type", [
  SetModeSchema,
  z.object({ type: z.literal("GRANT_FLOOR"), userId: UserId }),
  z.object({ type: z.literal("TAKE_FLOOR_BACK") }),
  z.object({ type: z.literal("RAISE_HAND") }),
  z.object({ type: z.literal("LOWER_HAND") }),
  z.object({ type: z.literal("PASS_FLOOR") }),
  z.object({ type: z.literal("CONFIRM_PARAPHRASE"), seq: z.number().int().positive() }),
  z.object({ type: z.literal("CORRECT_PARAPHRASE"), seq: z.number().int().positive() }),
  z.object({ type: z.literal("SWAP_ROLES"), force: z.boolean().optional() }),
  z.object({ type: z.literal("PAUSE") }),
  z.object({ type: z.literal("RESUME") }),
  z.object({ type: z.literal("MUTE"), userId: UserId }),
  z.object({ type: z.literal("UNMUTE"), userId: UserId }),
  z.object({ type: z.literal("COOL_DOWN"), userId: UserId.nullable(), minutes: z.number().min(1).max(30) }),
  z.object({ type: z.literal("END_COOL_DOWN") }),
]);

export const ControlRoomInput = z.object({ sessionId: IdSchema, action: FloorActionSchema });

export async function controlRoom(options: { actor: unknown; input: unknown; now?: Date; ip?: string | null }): Promise<{ state: FloorState; event: StoredMessage; counselorId: string }> {
  const parsed = ControlRoomInput.safeParse(options.input);
  if (!parsed.success) throw new AppError("INVALID", "That room action was not understood.");
  const { sessionId, action } = parsed.data;
  const access = await requireRoomAccess(options.actor, sessionId);
  const actor = { userId: access.actor.id, isCounselor: access.isCounselor };
  const now = options.now ?? new Date();

  forgetRoomSnapshot(access.sessionId);
  return prisma.$transaction(async (tx) => {
    const room = await lockRoom(tx, access.sessionId);
    assertRoomOpen(room);
    const result = applyAction(room.state, action, actor, access.memberIds, now);
    if (!result.ok) throw new AppError(result.error.code, result.error.reason, { reason: action.type });
    await saveState(tx, access.sessionId, result.state);
    const event = await appendMessage(tx, {
      sessionId: access.sessionId,
      kind: "EVENT",
      text: describeAction(action, actor.userId, result.state, access.people),
      senderId: actor.userId,
      data: { ...action, actorId: actor.userId },
    });
    // The counselor's controls are audited; a member's own floor moves (raise a hand, pass) are not decisions.
    if (access.isCounselor) await recordAudit(tx, { actorId: actor.userId, action: "room.control", targetType: "Session", targetId: access.sessionId, familyId: access.familyId, ip: options.ip, detail: { type: action.type } });
    return { state: result.state, event, counselorId: access.counselorId };
  });
}
