// Socket events of the live room. Each handler hands the payload as sent to
// one domain function (which parses and authorizes) and delivers the result:
// who sees what is decided in lib/room (audience.ts), not here. handleEvent
// answers every ack, errors included.
import { AppError, isAppError } from "@/lib/errors";
import { joinRoom } from "@/lib/room/join-room";
import { leaveRoom } from "@/lib/room/leave-room";
import { sendMessage } from "@/lib/room/send-message";
import { controlRoom } from "@/lib/room/control-room";
import { coachMember, requestBreak } from "@/lib/room/private-messages";
import { endRoom } from "@/lib/room/end-room";
import { sendPrivateLine } from "@/lib/room/send-private-line";
import { withdrawHeldMessage } from "@/lib/room/withdraw-held-message";
import { heldReasonOf } from "@/lib/room/held-reason";
import { decideHeldMessage } from "@/lib/room/decide-held-message";
import { setRoomRules } from "@/lib/room/set-room-rules";
import { moderationStats } from "@/lib/room/moderation-stats";
import { advanceRoomClock } from "@/lib/room/advance-room-clock";
import { SessionOnlyInput } from "@/lib/room/protocol";
import { handleEvent } from "./handle-event";
import { SlidingWindowLimiter } from "./rate-limit";
import type { Socket } from "socket.io";
import {
  sessionRoom,
  userRoom,
  type ClientToServerEvents,
  type InterServerEvents,
  type ServerToClientEvents,
  type SocketData,
} from "./events";
import { RoomDelivery } from "./room-delivery";
import { recordPhase } from "@/lib/process/phase-timing";
import type { RealtimeServer } from "./create-realtime-server";

type RoomSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

const MESSAGES_PER_WINDOW = 8;
const WINDOW_MS = 10_000;
const TYPING_EVERY_MS = 2_000;

/** The session id a payload names, for functions that take it on its own (they validate it). */
const sessionIdOf = (payload: unknown): unknown =>
  payload && typeof payload === "object" && "sessionId" in payload ? payload.sessionId : undefined;

/** `origin`: this server's name on the rows it sends, for delivering them here at commit (room-delivery.ts). */
export function registerRoomHandlers(io: RealtimeServer, origin: string) {
  const limiter = new SlidingWindowLimiter(MESSAGES_PER_WINDOW, WINDOW_MS);
  const sweeper = setInterval(() => limiter.sweep(), WINDOW_MS).unref();
  const lastTyping = new Map<string, number>();
  const room = new RoomDelivery(io, (sessionId) => advanceRoomClock({ sessionId }), origin);

  io.on("connection", (socket: RoomSocket) => {
    const user = socket.data.user;
    const actor = { id: user.id, role: user.role };
    // For the audit trail of the counselor's decisions and controls.
    const ip = socket.handshake.address || null;
    void socket.join(userRoom(user.id));

    socket.on(
      "room:join",
      handleEvent(async (payload) => {
        // Subscribed before the backlog is read (see join-room.ts); undone if the join then fails.
        let subscribed: string | null = null;
        try {
          const snapshot = await joinRoom({
            actor,
            input: payload,
            onAdmitted: async (sessionId) => {
              subscribed = sessionId;
              await socket.join(sessionRoom(sessionId));
            },
          });
          if (snapshot.status === "LIVE") {
            // Catch up on turns and cool-downs that ran out while nobody was connected (e.g. after a restart).
            const changed = await room.catchUpClock(snapshot.sessionId, snapshot.state);
            if (changed) snapshot.state = changed;
          }
          void room.presence(snapshot.sessionId);
          return snapshot;
        } catch (error) {
          if (subscribed) await socket.leave(sessionRoom(subscribed));
          throw error;
        }
      }),
    );

    socket.on(
      "room:leave",
      handleEvent(async (payload) => {
        const { sessionId } = await leaveRoom({ actor, sessionId: sessionIdOf(payload) });
        await socket.leave(sessionRoom(sessionId));
        void room.presence(sessionId);
        return null;
      }),
    );

    socket.on(
      "room:send",
      handleEvent(async (payload) => {
        const began = performance.now();
        let limitKey: string | null = null;
        const admit = (key: { sessionId: string; senderId: string }) =>
          limiter.take((limitKey = `${key.senderId}:${key.sessionId}`));
        const result = await sendMessage({ actor, input: payload, zone: user.timeZone, admit, origin }).catch(
          (error: unknown) => {
            // A room this person may not see keeps no count: made-up ids must not grow the map.
            if (limitKey && isAppError(error) && error.code === "NOT_FOUND") limiter.forget(limitKey);
            throw error;
          },
        );
        if (result.outcome !== "DELIVERED" && result.log)
          room.tellCounselor(result.sessionId, result.counselorId, result.log);
        switch (result.outcome) {
          case "DELIVERED":
            if (!result.duplicate) {
              const committed = performance.now();
              room.deliver(result.message, result.counselorId);
              if (result.state) room.state(result.sessionId, result.state);
              recordPhase("send: fan-out emit", performance.now() - committed);
              recordPhase("send: handler start to emitted", performance.now() - began);
            }
            return { outcome: "DELIVERED" as const, id: result.message.id, seq: result.message.seq };
          case "NUDGE":
            return { outcome: "NUDGE" as const, findings: result.findings, suggestion: result.suggestion };
          case "HELD":
            if (result.held)
              io.to(userRoom(result.counselorId)).emit("room:held", { sessionId: result.sessionId, held: result.held });
            return {
              outcome: "HELD" as const,
              heldId: result.heldId,
              reason: heldReasonOf(result.held?.findings ?? null),
            };
          case "BLOCKED":
            throw new AppError("CONFLICT", result.message, { reason: "BLOCKED" });
          case "SAFETY":
            if (result.held)
              io.to(userRoom(result.counselorId)).emit("room:held", { sessionId: result.sessionId, held: result.held });
            io.to(userRoom(result.counselorId)).emit("room:safety-alert", {
              sessionId: result.sessionId,
              alert: result.alert,
            });
            return {
              outcome: "SAFETY" as const,
              heldId: result.heldId,
              message: result.message,
              resources: result.resources,
            };
        }
      }),
    );

    socket.on(
      "room:control",
      handleEvent(async (payload) => {
        const { state, event, counselorId } = await controlRoom({ actor, input: payload, ip });
        if (!event) return { seq: null };
        room.deliver(event, counselorId);
        room.state(event.sessionId, state);
        return { seq: event.seq };
      }),
    );

    socket.on(
      "room:moderate",
      handleEvent(async (payload) => {
        const decision = await decideHeldMessage({ actor, input: payload, ip });
        for (const message of decision.messages) room.deliver(message, decision.counselorId);
        const { sessionId, heldId, text, kind, clientId, note } = decision;
        for (const id of [decision.senderId, decision.counselorId]) {
          io.to(userRoom(id)).emit("room:held-decided", {
            sessionId,
            heldId,
            decision: decision.decision,
            text,
            kind,
            clientId,
            note,
          });
        }
        return { heldId, decision: decision.decision };
      }),
    );

    socket.on(
      "room:rules",
      handleEvent(async (payload) => {
        const { rules, event, counselorId } = await setRoomRules({ actor, input: payload, ip });
        room.deliver(event, counselorId);
        io.to(sessionRoom(event.sessionId)).emit("room:rules", { sessionId: event.sessionId, rules });
        return { seq: event.seq };
      }),
    );

    socket.on(
      "room:stats",
      handleEvent(async (payload) => moderationStats({ actor, sessionId: sessionIdOf(payload) })),
    );

    socket.on(
      "room:coach",
      handleEvent(async (payload) => {
        const { message, duplicate } = await coachMember({ actor, input: payload, ip });
        if (!duplicate) room.deliver(message, user.id);
        return { id: message.id, seq: message.seq };
      }),
    );

    socket.on(
      "room:break",
      handleEvent(async (payload) => {
        const { event, counselorId } = await requestBreak({ actor, input: payload });
        room.deliver(event, counselorId);
        return { seq: event.seq };
      }),
    );

    socket.on(
      "room:private",
      handleEvent(async (payload) => {
        const { message, counselorId, duplicate, safety } = await sendPrivateLine({ actor, input: payload });
        if (!duplicate) {
          room.deliver(message, counselorId);
          if (safety)
            io.to(userRoom(counselorId)).emit("room:safety-alert", {
              sessionId: message.sessionId,
              alert: safety.alert,
            });
        }
        return {
          id: message.id,
          seq: message.seq,
          ...(safety ? { safety: { message: safety.message, resources: safety.resources } } : {}),
        };
      }),
    );

    socket.on(
      "room:withdraw",
      handleEvent(async (payload) => {
        const w = await withdrawHeldMessage({ actor, input: payload });
        for (const id of [w.senderId, w.counselorId])
          io.to(userRoom(id)).emit("room:held-withdrawn", { sessionId: w.sessionId, heldId: w.heldId });
        room.tellCounselor(w.sessionId, w.counselorId, { userId: w.senderId, outcome: "WITHDRAWN", categories: [] });
        return { heldId: w.heldId };
      }),
    );

    socket.on(
      "room:end",
      handleEvent(async (payload) => {
        const { event } = await endRoom({ actor, sessionId: sessionIdOf(payload), ip });
        room.deliver(event, user.id);
        room.ended(event.sessionId);
        return { seq: event.seq };
      }),
    );

    // Typing indicators: throttled, only for people already in the room, never stored.
    socket.on("room:typing", (payload: unknown) => {
      const parsed = SessionOnlyInput.safeParse(payload);
      if (!parsed.success || !socket.rooms.has(sessionRoom(parsed.data.sessionId))) return;
      const key = `${socket.id}:${parsed.data.sessionId}`;
      const now = Date.now();
      if (now - (lastTyping.get(key) ?? 0) < TYPING_EVERY_MS) return;
      lastTyping.set(key, now);
      socket
        .to(sessionRoom(parsed.data.sessionId))
        .emit("room:typing", { sessionId: parsed.data.sessionId, userId: user.id });
    });

    socket.on("disconnecting", () => {
      const rooms = [...socket.rooms].filter((r) => r.startsWith("session:"));
      for (const r of rooms) lastTyping.delete(`${socket.id}:${r.slice("session:".length)}`);
      setImmediate(() => rooms.forEach((r) => void room.presence(r.slice("session:".length))));
    });
  });

  return {
    close() {
      clearInterval(sweeper);
      room.close();
    },
    /** For tests: how many keys the in-memory maps hold. */
    memory: () => ({ limiter: limiter.size, typing: lastTyping.size }),
    sweep: (now?: number) => limiter.sweep(now),
  };
}
