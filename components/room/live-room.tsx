"use client";

import { useEffect, useState } from "react";
import { checkSend } from "@/lib/room/floor";
import { describeRefusal } from "@/lib/room/describe";
import { firstName } from "@/lib/room/people";
import { useRoom } from "./use-room";
import { MessageList } from "./message-list";
import { Composer } from "./composer";
import { CounselorConsole } from "./counselor-console";
import { MemberActions } from "./member-actions";
import { CrisisResources } from "./safety-notices";

export function LiveRoom(props: { sessionId: string; title: string; userId: string; isCounselor: boolean; zone: string }) {
  const room = useRoom(props.sessionId);
  const { view, send, retry, discard, control, emit, typing, closeSafety } = room;
  const [now, setNow] = useState(() => Date.now());
  const [notice, setNotice] = useState<string | null>(null);

  // Countdowns (cool-downs, timed turns) and the composer's reason follow the clock.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const me = { userId: props.userId, isCounselor: props.isCounselor };
  const state = view.state;
  const ended = view.status === "ENDED";
  const isListener = !!state && state.mode === "SPEAKER_LISTENER" && state.listener === props.userId;
  const kind = isListener ? "PARAPHRASE" : "MESSAGE";
  const check = state && !ended ? checkSend(state, me, kind, new Date(now)) : null;
  const disabledReason = ended
    ? "This session has ended. The transcript is read-only."
    : view.connection !== "online"
      ? "Reconnecting… your messages will be sent when the connection is back."
      : !state
        ? "Joining the room…"
        : check && !check.ok
          ? describeRefusal(check.refusal, view.people, props.zone)
          : null;

  const typingNames = Object.entries(view.typing)
    .filter(([id, at]) => id !== props.userId && now - at < 4000)
    .map(([id]) => firstName(view.people, id));

  const report = (error: { message: string } | null) => setNotice(error ? error.message : null);

  if (view.joinError) {
    return (
      <div className="card">
        <p className="alert error" data-testid="join-error">
          {view.joinError}
        </p>
      </div>
    );
  }

  // The counselor works in a console of their own (components/room/counselor-console.tsx).
  if (props.isCounselor) return <CounselorConsole room={room} sessionId={props.sessionId} title={props.title} userId={props.userId} zone={props.zone} />;

  return (
    <div className="room">
      <div className="room-main">
        <div className="room-head">
          <h1>{props.title}</h1>
          {view.connection !== "online" ? (
            <span className="status status-live" role="status" data-testid="connection">
              Reconnecting…
            </span>
          ) : ended ? (
            <span className="status status-ended">Ended</span>
          ) : (
            <span className="status">Live</span>
          )}
        </div>
        <FloorBanner view={view} now={now} />
        <MessageList messages={view.messages} pending={view.pending} people={view.people} me={props.userId} isCounselor={props.isCounselor} onRetry={retry} onDiscard={discard} state={state} onControl={(a) => control(a).then(report)} />
        <p className="muted typing" aria-live="polite">
          {typingNames.length ? `${typingNames.join(", ")} ${typingNames.length === 1 ? "is" : "are"} typing…` : "\u00a0"}
        </p>
        {notice ? (
          <p className="alert error" role="alert" data-testid="room-notice">
            {notice}
          </p>
        ) : null}
        {view.safety ? <CrisisResources message={view.safety.message} resources={view.safety.resources} onClose={closeSafety} /> : null}
        {!ended ? (
          <Composer
            key={`${isListener ? "listener" : "speaker"}-${view.returned?.count ?? 0}`}
            disabledReason={disabledReason}
            paraphrase={isListener}
            onTyping={typing}
            returned={view.returned}
            onSend={async (text, { sendAnyway }) => {
              const reply = await send(text, kind, sendAnyway);
              if (reply && !reply.ok) return { error: reply.error.message };
              setNotice(null);
              if (reply?.ok && reply.data.outcome === "NUDGE") return { nudge: { findings: reply.data.findings, suggestion: reply.data.suggestion } };
              return null;
            }}
          />
        ) : null}
      </div>
      <aside className="room-side">
        <section className="card">
          <h2>In the room</h2>
          <ul className="presence">
            {view.people.map((p) => (
              <li key={p.userId} data-testid={`presence-${p.userId}`} className={view.online.includes(p.userId) ? "online" : "away"}>
                {p.name} <span className="muted">{p.role === "COUNSELOR" ? "counselor" : p.role.toLowerCase()}</span>
                {state?.muted.includes(p.userId) ? <span className="pill">muted</span> : null}
              </li>
            ))}
          </ul>
        </section>
        {!ended && state ? <MemberActions state={state} userId={props.userId} people={view.people} onControl={(a) => control(a).then(report)} onBreak={() => emit("room:break", {}).then(report)} /> : null}
      </aside>
    </div>
  );
}

function FloorBanner({ view, now }: { view: ReturnType<typeof useRoom>["view"]; now: number }) {
  const state = view.state;
  if (!state || view.status === "ENDED") return null;
  const name = (id: string | null) => firstName(view.people, id);
  const parts: string[] = [];
  if (state.paused) parts.push("Paused by the counselor.");
  if (state.coolDownAllUntil && new Date(state.coolDownAllUntil).getTime() > now) parts.push(`Cool-down for everyone: back in ${countdown(state.coolDownAllUntil, now)}.`);
  for (const [id, until] of Object.entries(state.coolDownUntil)) if (new Date(until).getTime() > now) parts.push(`Cool-down for ${name(id)}: back in ${countdown(until, now)}.`);
  if (state.mode === "OPEN") parts.push("Open conversation: anyone may write.");
  if (state.mode === "HAND_RAISE") parts.push(state.holder ? `${name(state.holder)} has the floor.` : "Raise your hand to speak.");
  if (state.mode === "ROUND_ROBIN") parts.push(`${name(state.holder)}'s turn${state.turnEndsAt ? ` (${countdown(state.turnEndsAt, now)} left)` : ""}. Order: ${state.order.map(name).join(" → ")}.`);
  if (state.mode === "SPEAKER_LISTENER") parts.push(`${name(state.speaker)} speaks, ${name(state.listener)} listens and says back what they heard.`);
  return (
    <p className="alert info" data-testid="floor-banner">
      {parts.join(" ")}
    </p>
  );
}

function countdown(until: string, now: number): string {
  const seconds = Math.max(0, Math.round((new Date(until).getTime() - now) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
