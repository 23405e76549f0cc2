"use client";

// The parent's and the teen's room, made for a phone first: who is here and
// the floor in one line at the top, the conversation in the middle, the
// message box pinned at the bottom with the nudge and the counselor's notes
// right above it, and a private line to the counselor. At the end, a wrap-up.
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { checkSend } from "@/lib/room/floor";
import { describeRefusal } from "@/lib/room/describe";
import { floorLine } from "@/lib/room/floor-line";
import { firstName } from "@/lib/room/people";
import { effectiveRules } from "@/lib/room/room-rules";
import type { SenderFinding } from "@/lib/room/views";
import type { useRoom } from "./use-room";
import { initialsOf } from "@/lib/people/names";
import { MessageList } from "./message-list";
import { RoomClosed } from "./room-closed";
import { Composer, type Refill } from "./composer";
import { MemberActions } from "./member-actions";
import { PrivateLine } from "./private-line";
import { CrisisResources } from "./safety-notices";
import { WrapUp, type WrapUpView } from "./wrap-up";

type Room = ReturnType<typeof useRoom>;

export function MemberRoom(props: {
  room: Room;
  sessionId: string;
  title: string;
  userId: string;
  zone: string;
  now: number;
  wrapUp: WrapUpView;
}) {
  const { view, send, retry, discard, control, typing, closeSafety, withdraw, sendPrivate } = props.room;
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const [takenBack, setTakenBack] = useState<(Refill & { n: number; seen: boolean }) | null>(null);
  const [returnedSeen, setReturnedSeen] = useState(0);
  const { now, userId } = props;

  const state = view.state;
  const ended = view.status === "ENDED";
  const offline = view.connection !== "online";
  const counselor = view.people.find((p) => p.role === "COUNSELOR");
  const counselorName = counselor ? firstName(view.people, counselor.userId) : "your counselor";
  const others = view.people
    .filter((p) => p.role !== "COUNSELOR" && p.userId !== userId)
    .map((p) => firstName(view.people, p.userId));
  const othersNames = others.length ? others.join(" and ") : "The others";
  const isListener = !!state && state.mode === "SPEAKER_LISTENER" && state.listener === userId;
  const kind = isListener ? "PARAPHRASE" : "MESSAGE";
  const check = state && !ended ? checkSend(state, { userId, isCounselor: false }, kind, new Date(now)) : null;
  const disabledReason = !state
    ? "Joining the room…"
    : check && !check.ok
      ? describeRefusal(check.refusal, view.people, props.zone)
      : null;

  // When the room ends, fetch the wrap-up as it is now (the next session, a shared summary).
  const wasEnded = useRef(ended);
  useEffect(() => {
    if (ended && !wasEnded.current) router.refresh();
    wasEnded.current = ended;
  }, [ended, router]);

  const typingNames = Object.entries(view.typing)
    .filter(([id, at]) => id !== userId && now - at < 4000)
    .map(([id]) => firstName(view.people, id));

  const unseen = view.returned && view.returned.count > returnedSeen ? view.returned : null;
  // Returned words go back only into a box of their own kind: a message handed back after a role swap waits
  // until this person speaks again, rather than landing in the paraphrase box (and the reverse).
  const returned = unseen && unseen.kind === kind ? unseen : null;
  const returnedLater = unseen && unseen.kind !== kind ? unseen : null;
  const refill: Refill | null = returned
    ? { text: returned.text, title: `${counselorName} asked you to rephrase this`, note: returned.note }
    : takenBack && !takenBack.seen
      ? takenBack
      : null;
  // A new box only when words come back (not when their note is dismissed), so a send in flight keeps its answer.
  const returnedHere = view.returned && view.returned.kind === kind ? view.returned.count : 0;
  const composerKey = `${isListener ? "listener" : "speaker"}-r${returnedHere}-w${takenBack?.n ?? 0}`;
  const rules = view.rules ? effectiveRules(view.rules) : null;
  const wouldHold = (findings: SenderFinding[]) =>
    !!rules && findings.some((f) => rules[f.category as keyof typeof rules] === "HOLD");

  if (view.joinError)
    return (
      <RoomClosed title={props.title} message={view.joinError} signedOut={view.signedOut} sessionId={props.sessionId} />
    );

  return (
    <div className={`mroom${ended ? " ended" : ""}`} data-testid="member-room" data-connection={view.connection}>
      <header className="mroom-head">
        <div className="mroom-title">
          <h1>{props.title}</h1>
          {ended ? (
            <span className="status status-ended">Ended</span>
          ) : offline ? (
            <span className="status status-live" data-testid="connection">
              Offline
            </span>
          ) : (
            <span className="status">Live</span>
          )}
        </div>
        <ul className="mroom-people" aria-label="In the room">
          {view.people.map((p) => {
            const here = !ended && view.online.includes(p.userId);
            return (
              <li key={p.userId} data-testid={`presence-${p.userId}`} className={here ? "online" : "away"}>
                <span className="avatar" aria-hidden="true">
                  {initialsOf(p.name)}
                </span>
                <span className="visually-hidden">
                  {p.name}, {here ? "here" : "not here"}
                </span>
              </li>
            );
          })}
        </ul>
      </header>
      {state && !ended ? (
        <p className="mroom-floor" data-testid="floor-banner">
          {floorLine(state, view.people, userId, now)}
        </p>
      ) : null}
      {ended ? (
        <WrapUp
          wrapUp={
            // Shared after the page was loaded: the link appears without a reload.
            view.summaryShared && !props.wrapUp.summaryHref
              ? { ...props.wrapUp, summaryHref: `${props.wrapUp.sessionHref}#summary` }
              : props.wrapUp
          }
          name={firstName(view.people, userId)}
        />
      ) : null}
      {offline && !ended ? (
        <p className="mroom-offline" role="status" data-testid="offline-banner">
          You&apos;re offline — reconnecting…
        </p>
      ) : null}
      <MessageList
        messages={view.messages}
        pending={view.pending}
        people={view.people}
        me={userId}
        isCounselor={false}
        state={state}
        zone={props.zone}
        now={now}
        offline={offline}
        onRetry={retry}
        onDiscard={discard}
        onControl={(a) => void control(a).then((e) => setNotice(e?.message ?? null))}
        onWithdraw={(heldId) => {
          const mine = view.pending.find((p) => p.heldId === heldId);
          void withdraw(heldId).then((error) => {
            setNotice(error?.message ?? null);
            if (!error && mine)
              setTakenBack({
                text: mine.text,
                title: "You took your message back",
                note: null,
                n: (takenBack?.n ?? 0) + 1,
                seen: false,
              });
          });
        }}
      />
      {ended ? null : (
        <p className="mroom-typing" aria-live="polite">
          {typingNames.length ? `${typingNames.join(", ")} ${typingNames.length === 1 ? "is" : "are"} typing…` : ""}
        </p>
      )}
      {ended ? null : (
        <div className="mroom-dock">
          {view.safety ? (
            <CrisisResources message={view.safety.message} resources={view.safety.resources} onClose={closeSafety} />
          ) : null}
          {returnedLater ? (
            <div className="refill" role="status" data-testid="returned-later">
              <strong>
                {counselorName} asked you to rephrase your{" "}
                {returnedLater.kind === "PARAPHRASE" ? "paraphrase" : "message"}
              </strong>
              {returnedLater.note ? <q>{returnedLater.note}</q> : null}
              <span className="hint">
                {returnedLater.kind === "PARAPHRASE"
                  ? "Your words will be back in the box when you are the listener again."
                  : "Your words will be back in the box when you speak again."}
              </span>
            </div>
          ) : null}
          {notice ? (
            <p className="field-error" role="alert" data-testid="room-notice">
              {notice}
            </p>
          ) : null}
          {state ? (
            <Composer
              key={composerKey}
              sessionId={props.sessionId}
              userId={userId}
              counselorName={counselorName}
              disabledReason={disabledReason}
              offline={offline}
              paraphrase={isListener}
              onTyping={typing}
              refill={refill}
              onRefillSeen={() => {
                if (returned) setReturnedSeen(returned.count);
                setTakenBack((t) => (t ? { ...t, seen: true } : t));
              }}
              wouldHold={wouldHold}
              onSend={async (text, { sendAnyway }) => {
                const reply = await send(text, kind, sendAnyway);
                if (reply && !reply.ok) return { error: reply.error.message };
                setNotice(null);
                if (reply?.ok && reply.data.outcome === "NUDGE")
                  return { nudge: { findings: reply.data.findings, suggestion: reply.data.suggestion } };
                return null;
              }}
            />
          ) : (
            <p className="composer-reason">Joining the room…</p>
          )}
          <div className="dock-actions" data-testid="member-actions">
            {state ? (
              <MemberActions
                state={state}
                userId={userId}
                people={view.people}
                onControl={(a) => void control(a).then((e) => setNotice(e?.message ?? null))}
              />
            ) : null}
            <PrivateLine
              counselorName={counselorName}
              othersNames={othersNames}
              disabled={!state || offline}
              counselorHere={!!counselor && view.online.includes(counselor.userId)}
              onSend={sendPrivate}
            />
          </div>
        </div>
      )}
    </div>
  );
}
