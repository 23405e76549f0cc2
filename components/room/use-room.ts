"use client";

// The browser side of the delivery contract: join with the last seq we have,
// apply messages strictly in sequence (buffering any that arrive early and
// re-syncing if a gap does not fill), keep unsent messages with their client
// id and resend them after a reconnect, so the server's idempotency makes the
// retry safe.
import { useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import type { FloorAction, FloorState } from "@/lib/room/floor";
import type { MessageView } from "@/lib/room/message-view";
import type { RoomPerson } from "@/lib/room/people";
import type { ErrorPayload } from "@/lib/errors";

type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type Pending = { clientId: string; text: string; kind: "MESSAGE" | "PARAPHRASE"; status: "sending" | "failed"; error?: string };

export type RoomView = {
  connection: "connecting" | "online" | "offline";
  status: "LIVE" | "ENDED" | null;
  state: FloorState | null;
  people: RoomPerson[];
  messages: MessageView[];
  pending: Pending[];
  online: string[];
  typing: Record<string, number>;
  joinError: string | null;
};

const GAP_WAIT_MS = 1500;

export function useRoom(sessionId: string) {
  const socketRef = useRef<RoomSocket | null>(null);
  const lastSeq = useRef(0);
  const early = useRef(new Map<number, MessageView>());
  const gapTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pendingRef = useRef<Pending[]>([]);
  const [view, setView] = useState<RoomView>({ connection: "connecting", status: null, state: null, people: [], messages: [], pending: [], online: [], typing: {}, joinError: null });

  const setPending = useCallback((update: (p: Pending[]) => Pending[]) => {
    pendingRef.current = update(pendingRef.current);
    setView((v) => ({ ...v, pending: pendingRef.current }));
  }, []);

  const transmit = useCallback(
    async (p: Pending) => {
      const socket = socketRef.current;
      if (!socket?.connected) return; // resent on reconnect
      const reply = await socket.emitWithAck("room:send", { sessionId, clientId: p.clientId, text: p.text, kind: p.kind });
      if (reply.ok) {
        // Delivered: the message itself arrives (or arrived) through room:message.
        setPending((list) => list.filter((x) => x.clientId !== p.clientId));
      } else {
        setPending((list) => list.map((x) => (x.clientId === p.clientId ? { ...x, status: "failed", error: reply.error.message } : x)));
      }
      return reply;
    },
    [sessionId, setPending],
  );

  useEffect(() => {
    const socket: RoomSocket = io({ transports: ["websocket"], reconnectionDelayMax: 5000 });
    socketRef.current = socket;

    const apply = (incoming: MessageView[]) => {
      const fresh: MessageView[] = [];
      for (const m of incoming) if (m.seq > lastSeq.current) early.current.set(m.seq, m);
      while (early.current.has(lastSeq.current + 1)) {
        const next = early.current.get(lastSeq.current + 1)!;
        early.current.delete(next.seq);
        lastSeq.current = next.seq;
        fresh.push(next);
      }
      if (fresh.length) setView((v) => ({ ...v, messages: [...v.messages, ...fresh] }));
      if (early.current.size && !gapTimer.current) {
        // A later message arrived first: give the missing one a moment, then ask the server.
        gapTimer.current = setTimeout(() => {
          gapTimer.current = null;
          if (early.current.size) void join();
        }, GAP_WAIT_MS);
      }
    };

    const join = async () => {
      const reply = await socket.emitWithAck("room:join", { sessionId, afterSeq: lastSeq.current });
      if (!reply.ok) {
        setView((v) => ({ ...v, joinError: reply.error.message }));
        return;
      }
      const snap = reply.data;
      setView((v) => ({ ...v, joinError: null, status: snap.status, state: snap.state, people: snap.people }));
      apply(snap.messages);
      if (snap.hasMore) await join();
      for (const p of pendingRef.current) if (p.status === "sending") void transmit(p);
    };

    socket.on("connect", () => {
      setView((v) => ({ ...v, connection: "online" }));
      void join();
    });
    socket.on("disconnect", () => setView((v) => ({ ...v, connection: "offline" })));
    socket.on("connect_error", () => setView((v) => ({ ...v, connection: "offline" })));
    socket.on("room:message", ({ sessionId: id, message }) => id === sessionId && apply([message]));
    socket.on("room:state", ({ sessionId: id, state }) => id === sessionId && setView((v) => ({ ...v, state })));
    socket.on("room:presence", ({ sessionId: id, userIds }) => id === sessionId && setView((v) => ({ ...v, online: userIds })));
    socket.on("room:typing", ({ sessionId: id, userId }) => id === sessionId && setView((v) => ({ ...v, typing: { ...v.typing, [userId]: Date.now() } })));
    socket.on("room:ended", ({ sessionId: id }) => id === sessionId && setView((v) => ({ ...v, status: "ENDED" })));

    return () => {
      if (gapTimer.current) clearTimeout(gapTimer.current);
      socket.disconnect();
      socketRef.current = null;
    };
  }, [sessionId, transmit]);

  const send = useCallback(
    (text: string, kind: "MESSAGE" | "PARAPHRASE" = "MESSAGE") => {
      const p: Pending = { clientId: crypto.randomUUID(), text, kind, status: "sending" };
      setPending((list) => [...list, p]);
      return transmit(p);
    },
    [setPending, transmit],
  );

  const retry = useCallback(
    (clientId: string) => {
      const p = pendingRef.current.find((x) => x.clientId === clientId);
      if (!p) return;
      const again = { ...p, status: "sending" as const, error: undefined };
      setPending((list) => list.map((x) => (x.clientId === clientId ? again : x)));
      void transmit(again);
    },
    [setPending, transmit],
  );

  const discard = useCallback((clientId: string) => setPending((list) => list.filter((x) => x.clientId !== clientId)), [setPending]);

  const emit = useCallback(
    async (event: "room:control" | "room:break" | "room:end" | "room:coach", payload: Record<string, unknown>): Promise<ErrorPayload | null> => {
      const socket = socketRef.current;
      if (!socket?.connected) return { code: "INTERNAL", message: "You are offline. Wait for the connection to come back." };
      const reply = await socket.emitWithAck(event, { sessionId, ...payload });
      return reply.ok ? null : reply.error;
    },
    [sessionId],
  );

  const control = useCallback((action: FloorAction) => emit("room:control", { action }), [emit]);
  const typing = useCallback(() => socketRef.current?.emit("room:typing", { sessionId }), [sessionId]);

  return { view, send, retry, discard, control, emit, typing };
}
