// Entering (or re-entering) a room: its state, who can be there, and every
// message after the sequence number the client already has, in order.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { IdSchema } from "@/lib/validation/ids";
import { FloorStateSchema, type FloorState } from "./floor";
import { requireRoomAccess, type RoomPerson } from "./room-access";
import { messageSelect } from "./room-store";
import { toMessageView, type MessageView } from "./message-view";
import { parseRoomRules, type RoomRules } from "./room-rules";
import type { HeldView } from "./send-message";

export const JoinRoomInput = z.object({ sessionId: IdSchema, afterSeq: z.number().int().min(0).default(0) });

export const CATCH_UP_PAGE = 500;

export type RoomSnapshot = {
  sessionId: string;
  title: string;
  status: "LIVE" | "ENDED";
  you: { userId: string; isCounselor: boolean };
  people: RoomPerson[];
  state: FloorState;
  lastSeq: number;
  messages: MessageView[];
  /** More messages follow the last one returned: ask again with its seq. */
  hasMore: boolean;
  rules: RoomRules;
  /** Messages waiting for the counselor: all of them for the counselor, your own for a member. */
  held: HeldView[];
};

export async function joinRoom(options: { actor: unknown; input: unknown }): Promise<RoomSnapshot> {
  const parsed = JoinRoomInput.safeParse(options.input);
  if (!parsed.success) throw new AppError("INVALID", "That request was not understood.");
  const access = await requireRoomAccess(options.actor, parsed.data.sessionId);
  if (access.status === "SCHEDULED") throw new AppError("CONFLICT", "The room opens when your counselor starts the session.", { reason: "ROOM_NOT_OPEN" });
  if (access.status === "CANCELLED") throw new AppError("CONFLICT", "This session was cancelled.", { reason: "ROOM_CANCELLED" });
  const viewer = { userId: access.actor.id, isCounselor: access.isCounselor };
  // One snapshot: state, lastSeq and messages read consistently.
  return prisma.$transaction(
    async (tx) => {
      const room = await tx.roomState.findUniqueOrThrow({ where: { sessionId: access.sessionId } });
      const rows = await tx.roomMessage.findMany({
        where: { sessionId: access.sessionId, seq: { gt: parsed.data.afterSeq } },
        orderBy: { seq: "asc" },
        take: CATCH_UP_PAGE + 1,
        select: messageSelect,
      });
      const page = rows.slice(0, CATCH_UP_PAGE);
      const held = await tx.heldMessage.findMany({
        where: { sessionId: access.sessionId, status: "PENDING", ...(viewer.isCounselor ? {} : { senderId: viewer.userId }) },
        orderBy: { createdAt: "asc" },
      });
      return {
        sessionId: access.sessionId,
        title: access.title,
        status: room.endedAt ? "ENDED" : "LIVE",
        you: viewer,
        people: access.people,
        state: FloorStateSchema.parse(room.state),
        lastSeq: room.lastSeq,
        messages: page.map((m) => toMessageView(m, viewer)),
        hasMore: rows.length > CATCH_UP_PAGE,
        rules: parseRoomRules(room.rules),
        held: held.map((h) => ({
          id: h.id,
          senderId: h.senderId,
          text: h.text,
          kind: h.kind,
          // Members see that their message waits, not what was found in it.
          findings: viewer.isCounselor ? h.findings : null,
          createdAt: h.createdAt.toISOString(),
        })),
      };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
