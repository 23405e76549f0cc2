"use client";

// The live room: one socket and one model (useRoom), shown as the member's
// phone-first room or as the counselor's console.
import { RoomClosed } from "./room-closed";
import "./room.css";
import { useEffect, useState } from "react";
import { useRoom } from "./use-room";
import { MemberRoom } from "./member-room";
import { CounselorConsole } from "./counselor-console";
import type { WrapUpView } from "./wrap-up";

export function LiveRoom(props: {
  sessionId: string;
  title: string;
  userId: string;
  isCounselor: boolean;
  zone: string;
  wrapUp: WrapUpView;
}) {
  const room = useRoom(props.sessionId);
  const [now, setNow] = useState(() => Date.now());

  // Countdowns (cool-downs, timed turns) and the composer's reason follow the clock.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  if (!props.isCounselor)
    return (
      <MemberRoom
        room={room}
        sessionId={props.sessionId}
        title={props.title}
        userId={props.userId}
        zone={props.zone}
        now={now}
        wrapUp={props.wrapUp}
      />
    );
  if (room.view.joinError)
    return (
      <RoomClosed
        title={props.title}
        message={room.view.joinError}
        signedOut={room.view.signedOut}
        sessionId={props.sessionId}
      />
    );
  return (
    <CounselorConsole
      room={room}
      sessionId={props.sessionId}
      title={props.title}
      userId={props.userId}
      zone={props.zone}
      now={now}
    />
  );
}
