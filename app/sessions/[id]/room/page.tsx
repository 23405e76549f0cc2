import type { Metadata } from "next";
import Link from "next/link";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { requireRoomAccess } from "@/lib/room/room-access";
import { orNotFound } from "@/lib/http/page-guard";
import { LiveRoom } from "@/components/room/live-room";

export const metadata: Metadata = { title: "Live session" };

export default async function RoomPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCurrentUser();
  const { id } = await params;
  const access = await orNotFound(requireRoomAccess(user, id));
  if (access.status === "SCHEDULED" || access.status === "CANCELLED") {
    return (
      <div className="narrow">
        <div className="card">
          <h1>{access.title}</h1>
          <p data-testid="room-closed">{access.status === "CANCELLED" ? "This session was cancelled." : "The room opens when your counselor starts the session. This page will not update by itself: come back, or reload, at the start time."}</p>
          <Link href={`/sessions/${access.sessionId}`}>Back to the session</Link>
        </div>
      </div>
    );
  }
  return <LiveRoom sessionId={access.sessionId} title={access.title} userId={user.id} isCounselor={access.isCounselor} zone={user.timeZone} />;
}
