"use client";

// Before the counselor opens the room: a calm waiting card that turns into the
// room by itself. The server tells the family's members the moment the room
// opens ("room:opened" on their own sockets); the page then asks the server
// again (a refresh of the server component, not a reload) and renders the live
// room. It also asks on every (re)connect, in case the room opened while the
// socket was not there, and every 30 s as a last resort.
import "./room.css";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";

const FALLBACK_CHECK_MS = 30_000;

export function RoomWaiting({
  sessionId,
  title,
  counselorName,
  when,
  sessionHref,
}: {
  sessionId: string;
  title: string;
  counselorName: string;
  when: string;
  sessionHref: string;
}) {
  const router = useRouter();
  useEffect(() => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
      transports: ["websocket"],
      reconnectionDelayMax: 5000,
    });
    socket.on("connect", () => router.refresh());
    socket.on("room:opened", ({ sessionId: opened }) => {
      if (opened === sessionId) router.refresh();
    });
    const timer = setInterval(() => router.refresh(), FALLBACK_CHECK_MS);
    return () => {
      clearInterval(timer);
      socket.close();
    };
  }, [router, sessionId]);
  return (
    <div className="narrow">
      <section className="card waiting" aria-labelledby="waiting-heading">
        <h1 id="waiting-heading">{title}</h1>
        <p className="waiting-pulse" role="status" data-testid="room-closed">
          Waiting for {counselorName} to open the room. This page opens it by itself — no need to reload.
        </p>
        <p className="hint">Scheduled: {when}</p>
        <p className="hint">While you wait: a slow breath in for four, out for six.</p>
        <Link href={sessionHref}>Back to the session</Link>
      </section>
    </div>
  );
}
