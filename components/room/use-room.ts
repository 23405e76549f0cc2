"use client";

// The browser side of the delivery contract, wired to the pure room reducer
// (lib/room/room-reducer.ts): join with the last seq we have, feed every event
// to the reducer, re-join if a gap does not fill, and resend unsent messages
// after a reconnect with the same client id, so the server's idempotency makes
// the retry safe. A send the server could not handle is retried by itself.
import { useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import { CONNECT_ERRORS, type ClientToServerEvents, type ServerToClientEvents } from "@/lib/realtime/events";
import type { FloorAction } from "@/lib/room/floor";
import type { ErrorPayload } from "@/lib/errors";
import type { ClientPayload } from "@/lib/room/protocol";
import {
  hasGap,
  initialRoomModel,
  roomReducer,
  type Pending,
  type RoomAction,
  type RoomModel,
} from "@/lib/room/room-reducer";

export type { Pending, ModerationEntry } from "@/lib/room/room-reducer";
export type RoomView = RoomModel;
export type HeldItem = RoomModel["queue"][number];

type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const GAP_WAIT_MS = 1500;
/** What an answer that never came looks like: the connection dropped while waiting. */
const DROPPED = {
  ok: false as const,
  error: { code: "INTERNAL" as const, message: "The connection dropped before an answer came. Try again." },
};
/** A send that failed on the server's side (INTERNAL) is tried again after 1 s, 2 s, 4 s. */
const AUTO_RETRIES = 3;

type CounselorEvent = "room:control" | "room:break" | "room:end" | "room:coach" | "room:moderate" | "room:rules";

export function useRoom(sessionId: string) {
  const socketRef = useRef<RoomSocket | null>(null);
  // The reducer's latest model, readable synchronously by the async code below.
  const modelRef = useRef<RoomModel>(initialRoomModel());
  const [view, setView] = useState<RoomModel>(initialRoomModel);
  const gapTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const joinRef = useRef<() => Promise<void>>(async () => {});
  const transmitRef = useRef<(p: Pending) => Promise<unknown>>(async () => {});

  const dispatch = useCallback((action: RoomAction) => {
    modelRef.current = roomReducer(modelRef.current, action);
    setView(modelRef.current);
    if (hasGap(modelRef.current) && !gapTimer.current) {
      // A later message arrived first: give the missing one a moment, then ask the server.
      gapTimer.current = setTimeout(() => {
        gapTimer.current = null;
        if (hasGap(modelRef.current)) void joinRef.current();
      }, GAP_WAIT_MS);
    }
  }, []);

  const transmit = useCallback(
    async (p: Pending) => {
      const socket = socketRef.current;
      if (!socket?.connected) return; // resent on reconnect
      const reply = await socket
        .emitWithAck("room:send", {
          sessionId,
          clientId: p.clientId,
          text: p.text,
          kind: p.kind,
          sendAnyway: p.sendAnyway ?? false,
        })
        // The connection dropped before the answer: it stays "sending" and goes again after the
        // re-join, under the same clientId (the server answers a resend as it did the first time).
        .catch(() => null);
      if (!reply) return null;
      if (reply.ok) {
        dispatch({ type: "send-acked", clientId: p.clientId, ack: reply.data });
      } else if (reply.error.code === "INTERNAL" && (p.attempts ?? 0) < AUTO_RETRIES) {
        const delay = 1000 * 2 ** (p.attempts ?? 0);
        setTimeout(() => {
          dispatch({ type: "retry", clientId: p.clientId });
          const again = modelRef.current.pending.find((x) => x.clientId === p.clientId);
          if (again) void transmitRef.current(again);
        }, delay);
      } else {
        dispatch({ type: "send-failed", clientId: p.clientId, error: reply.error });
      }
      return reply;
    },
    [sessionId, dispatch],
  );
  useEffect(() => {
    transmitRef.current = transmit;
  }, [transmit]);

  useEffect(() => {
    const socket: RoomSocket = io({ transports: ["websocket"], reconnectionDelayMax: 5000 });
    socketRef.current = socket;

    let joinFailures = 0;
    const join = async () => {
      const reply = await socket.emitWithAck("room:join", { sessionId, afterSeq: modelRef.current.lastSeq });
      if (!reply.ok) {
        // A server hiccup (INTERNAL) is worth a few more tries before telling the person.
        if (reply.error.code === "INTERNAL" && joinFailures < AUTO_RETRIES) {
          setTimeout(() => void join(), 1000 * 2 ** joinFailures++);
          return;
        }
        dispatch({ type: "join-failed", message: reply.error.message });
        return;
      }
      joinFailures = 0;
      dispatch({ type: "joined", snapshot: reply.data });
      if (reply.data.hasMore) await join();
      for (const p of modelRef.current.pending) if (p.status === "sending") void transmit(p);
    };
    joinRef.current = join;

    const mine =
      <T extends { sessionId: string }>(handle: (payload: T) => void) =>
      (payload: T) => {
        if (payload.sessionId === sessionId) handle(payload);
      };
    socket.on("connect", () => {
      dispatch({ type: "connected" });
      void join();
    });
    socket.on("disconnect", (reason) => {
      dispatch({ type: "disconnected" });
      // The server closed this socket on purpose: a sign-out (here or on every device) or the person's removal from
      // the family. Socket.IO does not reconnect by itself then, which left "reconnecting…" on screen for good. One
      // try tells which: a refused connection means signed out; a refused join says the room is out of reach.
      if (reason === "io server disconnect") socket.connect();
    });
    socket.on("connect_error", (error) =>
      dispatch(error.message === CONNECT_ERRORS.UNAUTHENTICATED ? { type: "signed-out" } : { type: "disconnected" }),
    );
    socket.on(
      "room:message",
      mine(({ message }) => dispatch({ type: "messages", messages: [message] })),
    );
    socket.on(
      "room:state",
      mine(({ state }) => dispatch({ type: "state", state })),
    );
    socket.on(
      "room:presence",
      mine(({ userIds }) => dispatch({ type: "presence", userIds })),
    );
    socket.on(
      "room:typing",
      mine(({ userId }) => dispatch({ type: "typing", userId, at: Date.now() })),
    );
    socket.on(
      "room:ended",
      mine(() => dispatch({ type: "ended" })),
    );
    socket.on(
      "room:summary-shared",
      mine(() => dispatch({ type: "summary-shared" })),
    );
    socket.on(
      "room:rules",
      mine(({ rules }) => dispatch({ type: "rules", rules })),
    );
    socket.on(
      "room:held",
      mine(({ held }) => dispatch({ type: "held", held })),
    );
    socket.on(
      "room:moderation",
      mine(({ entry }) => dispatch({ type: "moderation", entry, at: Date.now() })),
    );
    socket.on(
      "room:held-decided",
      mine((decision) => dispatch({ type: "held-decided", decision })),
    );
    socket.on(
      "room:safety-alert",
      mine(({ alert }) => dispatch({ type: "safety-alert", alert })),
    );
    socket.on(
      "room:held-withdrawn",
      mine(({ heldId }) => dispatch({ type: "withdrawn", heldId })),
    );

    // The browser knows the network is gone long before a ping times out (up to 45 s on a phone
    // that lost signal): drop the transport at once (Socket.IO then reconnects by itself, with
    // back-off, even if "online" never comes), and try again the moment the browser is back.
    const goneOffline = () => socket.io.engine?.close();
    const backOnline = () => {
      if (!socket.connected) socket.connect();
    };
    window.addEventListener("offline", goneOffline);
    window.addEventListener("online", backOnline);

    return () => {
      window.removeEventListener("offline", goneOffline);
      window.removeEventListener("online", backOnline);
      if (gapTimer.current) clearTimeout(gapTimer.current);
      gapTimer.current = null;
      socket.disconnect();
      socketRef.current = null;
    };
  }, [sessionId, transmit, dispatch]);

  const send = useCallback(
    (text: string, kind: "MESSAGE" | "PARAPHRASE" = "MESSAGE", sendAnyway = false) => {
      const p: Pending = { clientId: crypto.randomUUID(), text, kind, status: "sending", sendAnyway };
      dispatch({ type: "send-started", pending: p });
      return transmit(p);
    },
    [dispatch, transmit],
  );

  const retry = useCallback(
    (clientId: string) => {
      dispatch({ type: "retry", clientId });
      const again = modelRef.current.pending.find((x) => x.clientId === clientId);
      if (again) void transmit(again);
    },
    [dispatch, transmit],
  );

  const discard = useCallback((clientId: string) => dispatch({ type: "discard", clientId }), [dispatch]);

  const emit = useCallback(
    async <E extends CounselorEvent>(
      event: E,
      payload: Omit<ClientPayload<E>, "sessionId">,
    ): Promise<ErrorPayload | null> => {
      const socket = socketRef.current;
      if (!socket?.connected)
        return { code: "INTERNAL", message: "You are offline. Wait for the connection to come back." };
      // The payload is the event's own schema input with this room's id added.
      const full = { sessionId, ...payload } as ClientPayload<E>;
      const reply = await (
        socket.emitWithAck as (
          event: E,
          payload: ClientPayload<E>,
        ) => Promise<{ ok: true } | { ok: false; error: ErrorPayload }>
      )(event, full).catch(() => DROPPED);
      return reply.ok ? null : reply.error;
    },
    [sessionId],
  );

  const control = useCallback((action: FloorAction) => emit("room:control", { action }), [emit]);
  const typing = useCallback(() => socketRef.current?.emit("room:typing", { sessionId }), [sessionId]);

  const stats = useCallback(async () => {
    const reply = await socketRef.current?.emitWithAck("room:stats", { sessionId }).catch(() => null);
    return reply?.ok ? reply.data : null;
  }, [sessionId]);

  /** The sender takes back a message that waits for the counselor. */
  const withdraw = useCallback(
    async (heldId: string): Promise<ErrorPayload | null> => {
      const socket = socketRef.current;
      if (!socket?.connected)
        return { code: "INTERNAL", message: "You are offline. Try again when you are back online." };
      const reply = await socket.emitWithAck("room:withdraw", { sessionId, heldId }).catch(() => DROPPED);
      if (reply.ok) dispatch({ type: "withdrawn", heldId });
      return reply.ok ? null : reply.error;
    },
    [sessionId, dispatch],
  );

  /** A line only the counselor reads; it shows up in the sender's own stream once stored. */
  const sendPrivate = useCallback(
    async (text: string, isBreak = false): Promise<ErrorPayload | null> => {
      const socket = socketRef.current;
      if (!socket?.connected)
        return {
          code: "INTERNAL",
          message: "You are offline. Your words are kept here; send them when you are back online.",
        };
      const reply = await socket
        .emitWithAck("room:private", { sessionId, clientId: crypto.randomUUID(), text, isBreak })
        .catch(() => DROPPED);
      if (reply.ok && reply.data.safety) dispatch({ type: "safety-shown", safety: reply.data.safety });
      return reply.ok ? null : reply.error;
    },
    [sessionId, dispatch],
  );

  const closeSafety = useCallback(() => dispatch({ type: "safety-seen" }), [dispatch]);
  const dismissAlert = useCallback((heldId: string) => dispatch({ type: "alert-dismissed", heldId }), [dispatch]);

  return { view, send, retry, discard, control, emit, typing, stats, closeSafety, dismissAlert, withdraw, sendPrivate };
}
