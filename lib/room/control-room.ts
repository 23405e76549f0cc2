// Floor controls: the counselor's (mode, grant, pause, mute, cool-down…) and
// the members' own (raise hand, pass, confirm a paraphrase). Each is applied
// under the room lock and recorded in the transcript.
import { isDeepStrictEqual } from "node:util";
import type { z } from "zod";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { applyAction, type FloorAction, type FloorState } from "./floor";
import { ControlRoomInput, FloorActionSchema } from "./protocol";
import { describeAction } from "./describe";
import { requireRoomAccess } from "./room-access";
import { appendMessage, assertRoomOpen, lockRoom, saveState, type StoredMessage } from "./room-store";
import { forgetRoomSnapshot } from "./room-snapshot";

// The protocol's schema and the state machine's action type must describe the same actions.
FloorActionSchema satisfies z.ZodType<FloorAction>;

export async function controlRoom(options: {
  actor: unknown;
  input: unknown;
  now?: Date;
  ip?: string | null;
}): Promise<{ state: FloorState; event: StoredMessage | null; counselorId: string }> {
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
    // A double tap on "Raise hand", or muting someone already muted, changes nothing: it is
    // answered ok but leaves no second line in the transcript and no audit entry.
    if (sameFloorState(result.state, room.state))
      return { state: room.state, event: null, counselorId: access.counselorId };
    await saveState(tx, access.sessionId, result.state);
    const event = await appendMessage(tx, {
      sessionId: access.sessionId,
      kind: "EVENT",
      text: describeAction(action, actor.userId, result.state, access.people),
      senderId: actor.userId,
      data: { ...action, actorId: actor.userId },
    });
    // The counselor's controls are audited; a member's own floor moves (raise a hand, pass) are not decisions.
    if (access.isCounselor)
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "room.control",
        targetType: "Session",
        targetId: access.sessionId,
        familyId: access.familyId,
        ip: options.ip,
        detail: {
          type: action.type,
          ...(action.type === "SET_MODE" ? { mode: action.mode } : {}),
          ...(action.type === "COOL_DOWN" ? { minutes: action.minutes } : {}),
        },
      });
    return { state: result.state, event, counselorId: access.counselorId };
  });
}

function sameFloorState(a: FloorState, b: FloorState): boolean {
  return isDeepStrictEqual(a, b);
}
