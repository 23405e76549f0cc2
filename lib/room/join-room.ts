// Entering (or re-entering) a room: its state, who can be there, and every
// message after the sequence number the client already has, in order.
//
// The caller subscribes the connection to the room's live stream in
// `onAdmitted`, before the backlog is read: a message committed while the join
// is in flight then arrives in the backlog, as a broadcast, or both — never in
// neither. Clients drop what they already have by seq.
import { MODERATION_LOG_MAX } from "./room-reducer";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { FloorStateSchema } from "./floor";
import { readModeration } from "./json-columns";
import { heldReasonOf } from "./held-reason";
import { JoinRoomInput } from "./protocol";
import { requireRoomAccess } from "./room-access";
import { asSendKind, messageSelect } from "./room-store";
import { toMessageView } from "./message-view";
import { parseRoomRules } from "./room-rules";
import { warmRoomSnapshot } from "./room-snapshot";
import type { RoomSnapshot } from "./views";

export const CATCH_UP_PAGE = 500;

export type { RoomSnapshot } from "./views";

export async function joinRoom(options: {
  actor: unknown;
  input: unknown;
  onAdmitted?: (sessionId: string) => Promise<void> | void;
}): Promise<RoomSnapshot> {
  const parsed = JoinRoomInput.safeParse(options.input);
  if (!parsed.success) throw new AppError("INVALID", "That request was not understood.");
  const access = await requireRoomAccess(options.actor, parsed.data.sessionId);
  if (access.status === "SCHEDULED")
    throw new AppError("CONFLICT", "The room opens when your counselor starts the session.", {
      reason: "ROOM_NOT_OPEN",
    });
  if (access.status === "CANCELLED")
    throw new AppError("CONFLICT", "This session was cancelled.", { reason: "ROOM_CANCELLED" });
  const viewer = { userId: access.actor.id, isCounselor: access.isCounselor };
  // Whoever joins is about to speak: the send path's cached copy of the room is read now, not by their first send.
  if (access.status === "LIVE") warmRoomSnapshot(access.sessionId);
  await options.onAdmitted?.(access.sessionId);
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
        where: {
          sessionId: access.sessionId,
          status: "PENDING",
          ...(viewer.isCounselor ? {} : { senderId: viewer.userId }),
        },
        orderBy: { createdAt: "asc" },
      });
      // Read with the room, so a page that was offline when the summary was shared learns it on re-join.
      const log = viewer.isCounselor
        ? await tx.moderationLog.findMany({
            where: { sessionId: access.sessionId },
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            take: MODERATION_LOG_MAX,
            select: { userId: true, outcome: true, categories: true, createdAt: true },
          })
        : [];
      const summaryShared = room.endedAt
        ? (await tx.sessionSummary.count({ where: { sessionId: access.sessionId } })) > 0
        : false;
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
          clientId: h.clientId,
          text: h.text,
          kind: asSendKind(h.kind),
          // Members see that their message waits, not what was found in it.
          findings: viewer.isCounselor ? readModeration(h.findings) : null,
          createdAt: h.createdAt.toISOString(),
          reason: heldReasonOf(readModeration(h.findings)),
          ...(readModeration(h.findings)?.safety ? { safety: true } : {}),
        })),
        summaryShared,
        moderationLog: log.map((l) => ({
          userId: l.userId,
          outcome: l.outcome,
          categories: l.categories,
          at: l.createdAt.toISOString(),
        })),
      };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
