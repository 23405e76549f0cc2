// Socket events of the live room. Each handler only parses, calls one domain
// function (which authorizes), and fans the result out; handleEvent answers
// every ack, errors included.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { IdSchema } from "@/lib/validation/ids";
import { joinRoom } from "@/lib/room/join-room";
import { sendMessage } from "@/lib/room/send-message";
import { controlRoom } from "@/lib/room/control-room";
import { coachMember, requestBreak } from "@/lib/room/private-messages";
import { endRoom } from "@/lib/room/end-room";
import { decideHeldMessage } from "@/lib/room/decide-held-message";
import { setRoomRules } from "@/lib/room/set-room-rules";
import { moderationStats } from "@/lib/room/moderation-stats";
import { advanceRoomClock } from "@/lib/room/advance-room-clock";
import { nextDeadline, type FloorState } from "@/lib/room/floor";
import { toMessageView } from "@/lib/room/message-view";
import type { StoredMessage } from "@/lib/room/room-store";
import { handleEvent } from "./handle-event";
import { SlidingWindowLimiter } from "./rate-limit";
import { sessionRoom, userRoom } from "./events";
import type { RealtimeServer } from "./create-realtime-server";

type RoomSocket = Parameters<Parameters<RealtimeServer["on"]>[1]>[0];

const SessionOnly = z.object({ sessionId: IdSchema });
const MESSAGES_PER_WINDOW = 8;
const WINDOW_MS = 10_000;
const TYPING_EVERY_MS = 2_000;

export function registerRoomHandlers(io: RealtimeServer) {
  const limiter = new SlidingWindowLimiter(MESSAGES_PER_WINDOW, WINDOW_MS);
  const lastTyping = new Map<string, number>();
  const clocks = new Map<string, NodeJS.Timeout>();

  /** Sends a stored message to everyone in the room, private ones in full only to the two who may see them. */
  function broadcast(message: StoredMessage, counselorId: string) {
    const room = sessionRoom(message.sessionId);
    if (message.recipientId === null) {
      // The counselor sees what the rules found; members never see findings about anyone's messages.
      io.to(room).except(userRoom(counselorId)).emit("room:message", { sessionId: message.sessionId, message: toMessageView(message, { userId: "", isCounselor: false }) });
      io.to(userRoom(counselorId)).emit("room:message", { sessionId: message.sessionId, message: toMessageView(message, { userId: counselorId, isCounselor: true }) });
      return;
    }
    const insiders = [...new Set([message.recipientId, counselorId, message.senderId].filter((id): id is string => !!id))];
    for (const id of insiders) io.to(userRoom(id)).emit("room:message", { sessionId: message.sessionId, message: toMessageView(message, { userId: id, isCounselor: true }) });
    io.to(room).except(insiders.map(userRoom)).emit("room:message", { sessionId: message.sessionId, message: { seq: message.seq, kind: "HIDDEN" } });
  }

  function broadcastState(sessionId: string, state: FloorState) {
    io.to(sessionRoom(sessionId)).emit("room:state", { sessionId, state });
    scheduleClock(sessionId, state);
  }

  // A timer per room for the next time-driven change (turn end, cool-down end).
  function scheduleClock(sessionId: string, state: FloorState) {
    clearTimeout(clocks.get(sessionId));
    clocks.delete(sessionId);
    const deadline = nextDeadline(state);
    if (!deadline) return;
    const delay = Math.max(0, new Date(deadline).getTime() - Date.now()) + 50;
    clocks.set(
      sessionId,
      setTimeout(() => {
        clocks.delete(sessionId);
        void runClock(sessionId);
      }, delay),
    );
  }

  async function runClock(sessionId: string) {
    try {
      const changed = await advanceRoomClock({ sessionId });
      if (!changed) return;
      broadcast(changed.event, changed.counselorId);
      broadcastState(sessionId, changed.state);
    } catch (error) {
      console.error("Room clock failed", error);
    }
  }

  async function presence(sessionId: string) {
    const sockets = await io.in(sessionRoom(sessionId)).fetchSockets();
    io.to(sessionRoom(sessionId)).emit("room:presence", { sessionId, userIds: [...new Set(sockets.map((s) => s.data.user.id))] });
  }

  io.on("connection", (socket: RoomSocket) => {
    const user = socket.data.user;
    const actor = { id: user.id, role: user.role };
    void socket.join(userRoom(user.id));

    socket.on(
      "room:join",
      handleEvent(z.object({ sessionId: IdSchema, afterSeq: z.number().int().min(0).default(0) }), async (input) => {
        const snapshot = await joinRoom({ actor, input });
        if (snapshot.status === "LIVE") {
          // Catch up on turns and cool-downs that ran out while nobody was connected (e.g. after a restart).
          const changed = await advanceRoomClock({ sessionId: snapshot.sessionId });
          if (changed) {
            broadcast(changed.event, changed.counselorId);
            broadcastState(snapshot.sessionId, changed.state);
            snapshot.state = changed.state;
          }
        }
        await socket.join(sessionRoom(snapshot.sessionId));
        if (snapshot.status === "LIVE") scheduleClock(snapshot.sessionId, snapshot.state);
        void presence(snapshot.sessionId);
        return snapshot;
      }),
    );

    socket.on(
      "room:leave",
      handleEvent(SessionOnly, async ({ sessionId }) => {
        await socket.leave(sessionRoom(sessionId));
        void presence(sessionId);
        return null;
      }),
    );

    socket.on(
      "room:send",
      handleEvent(z.object({ sessionId: IdSchema }).passthrough(), async (input) => {
        if (!limiter.take(`${user.id}:${input.sessionId}`)) {
          throw new AppError("RATE_LIMITED", "You are sending messages very quickly. Take a breath and try again in a few seconds.", { reason: "RATE_LIMITED" });
        }
        const result = await sendMessage({ actor, input, zone: user.timeZone });
        const tellCounselor = (entry: { userId: string; outcome: string; categories: string[] } | null) => {
          if (entry) io.to(userRoom(result.counselorId)).emit("room:moderation", { sessionId: input.sessionId, entry });
        };
        switch (result.outcome) {
          case "DELIVERED":
            if (!result.duplicate) {
              broadcast(result.message, result.counselorId);
              if (result.state) broadcastState(input.sessionId, result.state);
            }
            return { outcome: "DELIVERED" as const, id: result.message.id, seq: result.message.seq };
          case "NUDGE":
            tellCounselor(result.log);
            return { outcome: "NUDGE" as const, findings: result.findings, suggestion: result.suggestion };
          case "HELD":
            tellCounselor(result.log);
            if (result.held) io.to(userRoom(result.counselorId)).emit("room:held", { sessionId: input.sessionId, held: result.held });
            return { outcome: "HELD" as const, heldId: result.heldId };
          case "BLOCKED":
            tellCounselor(result.log);
            throw new AppError("CONFLICT", result.message, { reason: "BLOCKED" });
          case "SAFETY":
            tellCounselor(result.log);
            if (result.held) io.to(userRoom(result.counselorId)).emit("room:held", { sessionId: input.sessionId, held: result.held });
            io.to(userRoom(result.counselorId)).emit("room:safety-alert", { sessionId: input.sessionId, alert: result.alert });
            return { outcome: "SAFETY" as const, heldId: result.heldId, message: result.message, resources: result.resources };
        }
      }),
    );

    socket.on(
      "room:control",
      handleEvent(z.object({ sessionId: IdSchema }).passthrough(), async (input) => {
        const { state, event, counselorId } = await controlRoom({ actor, input });
        broadcast(event, counselorId);
        broadcastState(input.sessionId, state);
        return { seq: event.seq };
      }),
    );

    socket.on(
      "room:moderate",
      handleEvent(z.object({ sessionId: IdSchema }).passthrough(), async (input) => {
        const decision = await decideHeldMessage({ actor, input });
        for (const message of decision.messages) broadcast(message, decision.counselorId);
        for (const id of [decision.senderId, decision.counselorId]) {
          io.to(userRoom(id)).emit("room:held-decided", { sessionId: input.sessionId, heldId: decision.heldId, decision: decision.decision, text: decision.text, note: decision.note });
        }
        return { heldId: decision.heldId, decision: decision.decision };
      }),
    );

    socket.on(
      "room:rules",
      handleEvent(z.object({ sessionId: IdSchema }).passthrough(), async (input) => {
        const { rules, event, counselorId } = await setRoomRules({ actor, input });
        broadcast(event, counselorId);
        io.to(sessionRoom(input.sessionId)).emit("room:rules", { sessionId: input.sessionId, rules });
        return { seq: event.seq };
      }),
    );

    socket.on(
      "room:stats",
      handleEvent(SessionOnly, async ({ sessionId }) => moderationStats({ actor, sessionId })),
    );

    socket.on(
      "room:coach",
      handleEvent(z.object({ sessionId: IdSchema }).passthrough(), async (input) => {
        const { message, duplicate } = await coachMember({ actor, input });
        if (!duplicate) broadcast(message, user.id);
        return { id: message.id, seq: message.seq };
      }),
    );

    socket.on(
      "room:break",
      handleEvent(SessionOnly, async (input) => {
        const { event, counselorId } = await requestBreak({ actor, input });
        broadcast(event, counselorId);
        return { seq: event.seq };
      }),
    );

    socket.on(
      "room:end",
      handleEvent(SessionOnly, async ({ sessionId }) => {
        const { event } = await endRoom({ actor, sessionId });
        broadcast(event, user.id);
        clearTimeout(clocks.get(sessionId));
        io.to(sessionRoom(sessionId)).emit("room:ended", { sessionId });
        return { seq: event.seq };
      }),
    );

    // Typing indicators: throttled, only for people already in the room, never stored.
    socket.on("room:typing", (payload: unknown) => {
      const parsed = SessionOnly.safeParse(payload);
      if (!parsed.success || !socket.rooms.has(sessionRoom(parsed.data.sessionId))) return;
      const key = `${socket.id}:${parsed.data.sessionId}`;
      const now = Date.now();
      if (now - (lastTyping.get(key) ?? 0) < TYPING_EVERY_MS) return;
      lastTyping.set(key, now);
      socket.to(sessionRoom(parsed.data.sessionId)).emit("room:typing", { sessionId: parsed.data.sessionId, userId: user.id });
    });

    socket.on("disconnecting", () => {
      const rooms = [...socket.rooms].filter((r) => r.startsWith("session:"));
      for (const key of lastTyping.keys()) if (key.startsWith(`${socket.id}:`)) lastTyping.delete(key);
      setImmediate(() => rooms.forEach((r) => void presence(r.slice("session:".length))));
    });
  });

  return {
    close() {
      clocks.forEach((t) => clearTimeout(t));
      clocks.clear();
    },
  };
}
