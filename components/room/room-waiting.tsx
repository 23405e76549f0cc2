"use client";

// Before the counselor opens the room: a calm waiting card that turns into the
// room by itself. It asks the server again every few seconds (a refresh of the
// server component, not a reload); the page then renders the live room.
import "./room.css";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";

const CHECK_EVERY_MS = 4000;

export function RoomWaiting({
  title,
  counselorName,
  when,
  sessionHref,
}: {
  title: string;
  counselorName: string;
  when: string;
  sessionHref: string;
}) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [router]);
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
