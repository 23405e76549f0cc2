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
import type { HeldView, SafetyAlert } from "@/lib/room/send-message";
import type { RoomRules } from "@/lib/room/room-rules";

type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type Pending = {
  clientId: string;
  text: string;
  kind: "MESSAGE" | "PARAPHRASE";
  status: "sending" | "failed" | "held" | "rejected";
  error?: string;
  heldId?: string;
  sendAnyway?: boolean;
};

export type HeldItem = HeldView;
export type ModerationEntry = { userId: string; outcome: string; categories: string[]; at: number };

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
  rules: RoomRules | null;
  /** Counselor: messages waiting for a decision. */
  queue: HeldItem[];
  /** Counselor: what the rules did, newest first. */
  moderationLog: ModerationEntry[];
  /** Sender: a held message the counselor handed back to rephrase. */
  returned: { text: string; note: string | null; count: number } | null;
  /** Sender: they wrote about self-harm; a caring message and crisis lines to show at once. */
  safety: { message: string; resources: string } | null;
  /** Counselor: members who need a private check-in now. */
  alerts: SafetyAlert[];
};

/** A held message the safety path stored (its findings carry `safety: true`). */
function isSafetyHeld(held: HeldView): boolean {
  const findings = held.findings;
  return typeof findings === "object" && findings !== null && "safety" in findings && findings.safety === true;
}

const GAP_WAIT_MS = 1500;

function mergeAlerts(current: SafetyAlert[], incoming: SafetyAlert[]): SafetyAlert[] {
  return [...current, ...incoming.filter((a) => !current.some((c) => c.heldId === a.heldId))];
}

export function useRoom(sessionId: string) {
  const socketRef = useRef<RoomSocket | null>(null);
  const lastSeq = useRef(0);
  const early = useRef(new Map<number, MessageView>());
  const gapTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pendingRef = useRef<Pending[]>([]);
  const [view, setView] = useState<RoomView>({ connection: "connecting", status: null, state: null, people: [], messages: [], pending: [], online: [], typing: {}, joinError: null, rules: null, queue: [], moderationLog: [], returned: null, safety: null, alerts: [] });

  const setPending = useCallback((update: (p: Pending[]) => Pending[]) => {
    pendingRef.current = update(pendingRef.current);
    setView((v) => ({ ...v, pending: pendingRef.current }));
  }, []);

  const transmit = useCallback(
    async (p: Pending) => {
      const socket = socketRef.current;
      if (!socket?.connected) return; // resent on reconnect
      const reply = await socket.emitWithAck("room:send", { sessionId, clientId: p.clientId, text: p.text, kind: p.kind, sendAnyway: p.sendAnyway ?? false });
      if (reply.ok && (reply.data.outcome === "HELD" || reply.data.outcome === "SAFETY")) {
        const heldId = reply.data.heldId;
        setPending((list) => list.map((x) => (x.clientId === p.clientId ? { ...x, status: "held", heldId } : x)));
        if (reply.data.outcome === "SAFETY") {
          const { message, resources } = reply.data;
          setView((v) => ({ ...v, safety: { message, resources } }));
        }
      } else if (reply.ok) {
        // Delivered: the message itself arrives (or arrived) through room:message. Nudged: back to the composer.
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
      const mine = snap.held.filter((h) => h.senderId === snap.you.userId && !pendingRef.current.some((p) => p.heldId === h.id));
      if (mine.length) setPending((list) => [...list, ...mine.map((h) => ({ clientId: h.id, text: h.text, kind: "MESSAGE" as const, status: "held" as const, heldId: h.id }))]);
      setView((v) => ({ ...v, joinError: null, status: snap.status, state: snap.state, people: snap.people, rules: snap.rules, queue: snap.you.isCounselor ? snap.held : [],
        alerts: snap.you.isCounselor ? mergeAlerts(v.alerts, snap.held.filter(isSafetyHeld).map((h) => ({ userId: h.senderId, heldId: h.id, text: h.text }))) : [],
      }));
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
    socket.on("room:rules", ({ sessionId: id, rules }) => id === sessionId && setView((v) => ({ ...v, rules })));
    socket.on("room:held", ({ sessionId: id, held }) => id === sessionId && setView((v) => ({ ...v, queue: [...v.queue.filter((h) => h.id !== held.id), held] })));
    socket.on("room:safety-alert", ({ sessionId: id, alert }) => id === sessionId && setView((v) => ({ ...v, alerts: mergeAlerts(v.alerts, [alert]) })));
    socket.on("room:moderation", ({ sessionId: id, entry }) => id === sessionId && setView((v) => ({ ...v, moderationLog: [{ ...entry, at: Date.now() }, ...v.moderationLog].slice(0, 50) })));
    socket.on("room:held-decided", ({ sessionId: id, heldId, decision, text, note }) => {
      if (id !== sessionId) return;
      setView((v) => ({ ...v, queue: v.queue.filter((h) => h.id !== heldId), returned: decision === "RETURN" && pendingRef.current.some((p) => p.heldId === heldId) ? { text, note, count: (v.returned?.count ?? 0) + 1 } : v.returned }));
      setPending((list) =>
        decision === "REJECT"
          ? list.map((p) => (p.heldId === heldId ? { ...p, status: "rejected" as const, error: note ?? "Your counselor did not pass this message on." } : p))
          : list.filter((p) => p.heldId !== heldId),
      );
    });

    return () => {
      if (gapTimer.current) clearTimeout(gapTimer.current);
      socket.disconnect();
      socketRef.current = null;
    };
  }, [sessionId, transmit, setPending]);

  const send = useCallback(
    (text: string, kind: "MESSAGE" | "PARAPHRASE" = "MESSAGE", sendAnyway = false) => {
      const p: Pending = { clientId: crypto.randomUUID(), text, kind, status: "sending", sendAnyway };
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
    async (event: "room:control" | "room:break" | "room:end" | "room:coach" | "room:moderate" | "room:rules", payload: Record<string, unknown>): Promise<ErrorPayload | null> => {
      const socket = socketRef.current;
      if (!socket?.connected) return { code: "INTERNAL", message: "You are offline. Wait for the connection to come back." };
      const reply = await socket.emitWithAck(event, { sessionId, ...payload });
      return reply.ok ? null : reply.error;
    },
    [sessionId],
  );

  const control = useCallback((action: FloorAction) => emit("room:control", { action }), [emit]);
  const typing = useCallback(() => socketRef.current?.emit("room:typing", { sessionId }), [sessionId]);

  const stats = useCallback(async () => {
    const reply = await socketRef.current?.emitWithAck("room:stats", { sessionId });
    return reply?.ok ? reply.data : null;
  }, [sessionId]);

  const closeSafety = useCallback(() => setView((v) => ({ ...v, safety: null })), []);
  const dismissAlert = useCallback((heldId: string) => setView((v) => ({ ...v, alerts: v.alerts.filter((a) => a.heldId !== heldId) })), []);

  return { view, send, retry, discard, control, emit, typing, stats, closeSafety, dismissAlert };
}
