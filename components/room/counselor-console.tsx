"use client";

// The counselor's console: a full-width workspace with the controls in tabs on
// the left, the conversation in the middle and what needs a decision (held
// messages, safety alerts, live findings) pinned on the right. On a phone the
// three become panes behind a switcher that shows the queue's count, and
// "End the session" stays in the header.
import { useCallback, useEffect, useRef, useState } from "react";
import { AlertDialog } from "radix-ui";
import Link from "next/link";
import { checkSend } from "@/lib/room/floor";
import { describeRefusal } from "@/lib/room/describe";
import { firstName } from "@/lib/room/people";
import { isTypingTarget, shortcutFor } from "@/lib/room/console-shortcuts";
import type { useRoom } from "./use-room";
import { MessageList } from "./message-list";
import { Composer } from "./composer";
import { CounselorPanel, type CoachFocus } from "./counselor-panel";
import { HeldQueue, isSafetyHold, LiveFindings, SessionFigures, type Decision } from "./moderation-panel";
import { SafetyAlerts } from "./safety-notices";
import { PrivateLineInbox } from "./private-line-inbox";
import { countdown } from "@/lib/room/floor-line";
import "./console.css";

type Pane = "conversation" | "watch" | "controls";

export function CounselorConsole(props: {
  room: ReturnType<typeof useRoom>;
  sessionId: string;
  title: string;
  userId: string;
  zone: string;
  now: number;
}) {
  const { view, send, retry, discard, control, emit, typing, stats, dismissAlert } = props.room;
  const now = props.now;
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [pane, setPane] = useState<Pane>("conversation");
  const [returning, setReturning] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [approving, setApproving] = useState<string | null>(null);
  const threadRef = useRef<HTMLDivElement>(null);
  const [coachFocus, setCoachFocus] = useState<CoachFocus | null>(null);

  const state = view.state;
  const ended = view.status === "ENDED";
  const queue = view.queue;
  const name = useCallback((id: string | null) => firstName(view.people, id), [view.people]);
  const report = useCallback((error: { message: string } | null) => setNotice(error ? error.message : null), []);

  // A new held message is announced once, with the keys that answer it.
  const announcedHeld = useRef<string | null>(null);
  useEffect(() => {
    const head = queue[0];
    if (!head || announcedHeld.current === head.id) return;
    announcedHeld.current = head.id;
    setAnnouncement(
      `${name(head.senderId)}'s message is waiting for you. Press A to approve, R to return it to rephrase, X to reject.`,
    );
  }, [queue, name]);

  const decide = useCallback(
    (d: Decision) => {
      const held = queue.find((h) => h.id === d.heldId);
      setReturning(null);
      setRejecting(null);
      setApproving(null);
      void emit("room:moderate", d).then((error) => {
        report(error);
        if (!error && held) {
          const who = name(held.senderId);
          setAnnouncement(
            d.decision === "APPROVE"
              ? `Approved ${who}'s message.`
              : d.decision === "RETURN"
                ? `Returned ${who}'s message to rephrase.`
                : `Rejected ${who}'s message.`,
          );
        }
      });
    },
    [queue, emit, report, name],
  );

  // A, R and X act on the first held message unless the counselor is typing or a dialog is open.
  useEffect(() => {
    if (ended) return;
    const onKey = (event: KeyboardEvent) => {
      const command = shortcutFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        typing: isTypingTarget(event.target as HTMLElement | null),
        hasHeld: queue.length > 0,
      });
      const head = queue[0];
      if (!command || !head) return;
      event.preventDefault();
      setPane("watch");
      // The safety path is never approved by one key: A opens the same confirmation as the button.
      if (command === "APPROVE") {
        if (isSafetyHold(head)) setApproving(head.id);
        else decide({ heldId: head.id, decision: "APPROVE" });
      } else if (command === "RETURN") setReturning(head.id);
      else setRejecting(head.id);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [ended, queue, decide]);

  const check =
    state && !ended ? checkSend(state, { userId: props.userId, isCounselor: true }, "MESSAGE", new Date(now)) : null;
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
    .filter(([id, at]) => id !== props.userId && now - at < 4000 && view.online.includes(id))
    .map(([id]) => name(id));
  const figuresKey = `${view.moderationLog[0]?.at ?? 0}-${queue.length}-${view.messages.length}-${ended}`;
  const alertCount = view.alerts.length;

  return (
    <div className="console" data-testid="console" data-pane={pane}>
      <header className="console-head">
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
        {!ended && state ? (
          <EndSession onEnd={() => void emit("room:end", {}).then(report)} waiting={view.queue.length} />
        ) : null}
      </header>

      <nav className="console-switch" aria-label="Console sections">
        <button type="button" aria-pressed={pane === "conversation"} onClick={() => setPane("conversation")}>
          Conversation
        </button>
        <button type="button" aria-pressed={pane === "watch"} onClick={() => setPane("watch")} data-testid="pane-watch">
          {ended ? "Figures" : "Waiting"}{" "}
          {!ended ? (
            <span className={queue.length + alertCount ? "count-badge" : "count-badge empty"}>
              {queue.length + alertCount}
              <span className="visually-hidden"> {queue.length + alertCount === 1 ? "needs" : "need"} you</span>
            </span>
          ) : null}
        </button>
        {!ended && state ? (
          <button type="button" aria-pressed={pane === "controls"} onClick={() => setPane("controls")}>
            Controls
          </button>
        ) : null}
      </nav>

      <p className="visually-hidden" role="status" aria-live="polite" data-testid="console-announcement">
        {announcement}
      </p>
      {notice ? (
        <p className="alert error console-notice" role="alert" data-testid="room-notice">
          {notice}
        </p>
      ) : null}

      <div className={ended || !state ? "console-grid no-controls" : "console-grid"}>
        {!ended && state ? (
          <section className="console-controls" aria-label="Controls">
            <CounselorPanel
              view={view}
              state={state}
              people={view.people}
              onControl={(a) => void control(a).then(report)}
              onEmit={(e, p) => void emit(e, p).then(report)}
              loadStats={stats}
              figuresKey={figuresKey}
              coachFocus={coachFocus}
            />
          </section>
        ) : null}

        <section className="console-conversation" aria-label="Conversation">
          <FloorLine view={view} now={now} name={name} />
          <div className="console-thread" ref={threadRef} tabIndex={0} role="region" aria-label="Messages">
            <MessageList
              messages={view.messages}
              pending={view.pending}
              people={view.people}
              me={props.userId}
              isCounselor
              zone={props.zone}
              now={now}
              state={state}
              onRetry={retry}
              onDiscard={discard}
              onControl={(a) => void control(a).then(report)}
            />
          </div>
          <p className="muted typing" aria-live="polite">
            {typingNames.length
              ? `${typingNames.join(", ")} ${typingNames.length === 1 ? "is" : "are"} typing…`
              : "\u00a0"}
          </p>
          {!ended ? (
            <Composer
              sessionId={props.sessionId}
              userId={props.userId}
              counselorName="you"
              disabledReason={disabledReason}
              offline={false}
              paraphrase={false}
              onTyping={typing}
              refill={null}
              onRefillSeen={() => {}}
              wouldHold={() => false}
              onSend={async (text, { sendAnyway }) => {
                const reply = await send(text, "MESSAGE", sendAnyway);
                if (reply && !reply.ok) return { error: reply.error.message };
                setNotice(null);
                if (reply?.ok && reply.data.outcome === "NUDGE")
                  return { nudge: { findings: reply.data.findings, suggestion: reply.data.suggestion } };
                return null;
              }}
            />
          ) : null}
        </section>

        {/* Focusable: on a desktop this column scrolls by itself, and a long private line may hold nothing else to tab to. */}
        <section className="console-watch" aria-label={ended ? "Figures" : "Needs you"} tabIndex={0}>
          <SafetyAlerts
            alerts={view.alerts}
            people={view.people}
            onDismiss={dismissAlert}
            onCheckIn={(alert, text) =>
              void emit("room:coach", { clientId: crypto.randomUUID(), userId: alert.userId, text }).then((error) => {
                report(error);
                if (error) return;
                dismissAlert(alert.heldId);
                // The check-in opens a private conversation: go on in the coaching box, cursor in it.
                if (!ended) {
                  setPane("controls");
                  setCoachFocus({ userId: alert.userId, at: Date.now() });
                }
              })
            }
          />
          {ended ? (
            <>
              {/* The ended room is not a dead end: the record's next steps are one click away. */}
              <section className="console-card" aria-labelledby="after-heading" data-testid="after-session">
                <h2 id="after-heading">After the session</h2>
                <ul className="plain after-links">
                  <li>
                    <Link href={`/sessions/${props.sessionId}/note`}>Write the session note</Link>
                  </li>
                  <li>
                    <Link href={`/sessions/${props.sessionId}#summary`}>Share a summary with the family</Link>
                  </li>
                  <li>
                    <Link href={`/sessions/${props.sessionId}/transcript`}>Read the transcript</Link>
                  </li>
                </ul>
              </section>
              <SessionFigures loadStats={stats} ended refreshKey={figuresKey} />
            </>
          ) : (
            <>
              <HeldQueue
                queue={queue}
                people={view.people}
                // A message withdrawn or decided elsewhere takes its open note or confirmation with it.
                returning={queue.some((h) => h.id === returning) ? returning : null}
                rejecting={queue.some((h) => h.id === rejecting) ? rejecting : null}
                approving={queue.some((h) => h.id === approving) ? approving : null}
                onReturning={setReturning}
                onRejecting={setRejecting}
                onApproving={setApproving}
                onDecide={decide}
              />
              <PrivateLineInbox
                messages={view.messages}
                people={view.people}
                zone={props.zone}
                // A reply to a private line is private to its writer: Coaching opens addressed to them, cursor in
                // the box (it was preset to the first member, often the parent, whoever had written).
                onReply={(userId) => {
                  setPane("controls");
                  setCoachFocus({ userId, at: Date.now() });
                }}
              />
              <LiveFindings view={view} people={view.people} zone={props.zone} />
            </>
          )}
          <section className="console-card" aria-labelledby="presence-heading">
            <h2 id="presence-heading">In the room</h2>
            <ul className="presence">
              {view.people.map((p) => (
                <li
                  key={p.userId}
                  data-testid={`presence-${p.userId}`}
                  className={view.online.includes(p.userId) ? "online" : "away"}
                >
                  {p.name} <span className="muted">{p.role === "COUNSELOR" ? "counselor" : p.role.toLowerCase()}</span>
                  {state?.muted.includes(p.userId) ? <span className="pill">muted</span> : null}
                  <span className="visually-hidden">{view.online.includes(p.userId) ? " (online)" : " (away)"}</span>
                </li>
              ))}
            </ul>
          </section>
        </section>
      </div>
    </div>
  );
}

function EndSession({ onEnd, waiting }: { onEnd: () => void; waiting: number }) {
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger className="danger end-session">End the session</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog" data-testid="end-dialog">
          <AlertDialog.Title>End the session for everyone?</AlertDialog.Title>
          {/* One description, so a screen reader reads the warning with it when the dialog opens. */}
          <AlertDialog.Description asChild>
            <div>
              <p>The room becomes a read-only transcript. Nobody can write in it again.</p>
              {waiting > 0 ? (
                <p className="alert warn" data-testid="end-waiting">
                  {waiting === 1
                    ? "1 held message is still waiting for you. If you end now it is never shared; its sender is told, and the transcript keeps it as never answered."
                    : `${waiting} held messages are still waiting for you. If you end now they are never shared; their senders are told, and the transcript keeps them as never answered.`}
                </p>
              ) : null}
            </div>
          </AlertDialog.Description>
          <div className="actions dialog-actions">
            <AlertDialog.Cancel className="secondary">
              {waiting > 0 ? "Go back to them" : "Keep talking"}
            </AlertDialog.Cancel>
            <AlertDialog.Action className="danger" onClick={onEnd}>
              End the session
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

/** Who may speak now, in one line, for the counselor. */
function FloorLine({
  view,
  now,
  name,
}: {
  view: ReturnType<typeof useRoom>["view"];
  now: number;
  name: (id: string | null) => string;
}) {
  const state = view.state;
  if (!state || view.status === "ENDED") return null;
  const parts: string[] = [];
  if (state.paused) parts.push("Paused by you.");
  if (state.coolDownAllUntil && new Date(state.coolDownAllUntil).getTime() > now)
    parts.push(`Cool-down for everyone: back in ${countdown(state.coolDownAllUntil, now)}.`);
  for (const [id, until] of Object.entries(state.coolDownUntil))
    if (new Date(until).getTime() > now) parts.push(`Cool-down for ${name(id)}: back in ${countdown(until, now)}.`);
  if (state.mode === "OPEN") parts.push("Open conversation: anyone may write.");
  if (state.mode === "HAND_RAISE")
    parts.push(state.holder ? `${name(state.holder)} has the floor.` : "Hand-raise: nobody has the floor.");
  if (state.mode === "ROUND_ROBIN")
    parts.push(
      `${name(state.holder)}'s turn${state.turnEndsAt ? ` (${countdown(state.turnEndsAt, now)} left)` : ""}. Order: ${state.order.map(name).join(" → ")}.`,
    );
  if (state.mode === "SPEAKER_LISTENER")
    parts.push(`${name(state.speaker)} speaks, ${name(state.listener)} listens and says back what they heard.`);
  return (
    <p className="floor-line" data-testid="floor-banner">
      {parts.join(" ")}
    </p>
  );
}
