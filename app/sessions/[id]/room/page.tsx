import type { Metadata } from "next";
import Link from "next/link";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { requireRoomAccess } from "@/lib/room/room-access";
import { roomWrapUp } from "@/lib/room/room-wrap-up";
import { orNotFound } from "@/lib/http/page-guard";
import { formatSessionTime } from "@/lib/scheduling/local-time";
import { LiveRoom } from "@/components/room/live-room";
import { RoomWaiting } from "@/components/room/room-waiting";
import { shortName } from "@/lib/people/names";

export const metadata: Metadata = { title: "Live session" };

export default async function RoomPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCurrentUser();
  const { id } = await params;
  const access = await orNotFound(requireRoomAccess(user, id));
  const sessionHref = `/sessions/${access.sessionId}`;
  if (access.status === "CANCELLED") {
    return (
      <div className="narrow">
        <div className="card">
          <h1>{access.title}</h1>
          <p data-testid="room-closed">This session was cancelled.</p>
          <Link href={sessionHref}>Back to the session</Link>
        </div>
      </div>
    );
  }
  const wrapUp = await roomWrapUp({ actor: user, sessionId: access.sessionId });
  if (access.status === "SCHEDULED") {
    return (
      <RoomWaiting
        sessionId={access.sessionId}
        title={access.title}
        counselorName={shortName(wrapUp.counselorName)}
        when={formatSessionTime(access.startsAt, access.endsAt, user.timeZone)}
        sessionHref={sessionHref}
      />
    );
  }
  const next = wrapUp.nextSession;
  return (
    <LiveRoom
      sessionId={access.sessionId}
      title={access.title}
      userId={user.id}
      isCounselor={access.isCounselor}
      zone={user.timeZone}
      wrapUp={{
        counselorName: shortName(wrapUp.counselorName),
        next: next
          ? {
              title: next.title,
              when: formatSessionTime(next.startsAt, next.endsAt, user.timeZone),
              href: `/sessions/${next.id}`,
            }
          : null,
        summaryHref: wrapUp.summaryShared ? `${sessionHref}#summary` : null,
        sessionHref,
      }}
    />
  );
}
