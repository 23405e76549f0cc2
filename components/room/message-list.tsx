"use client";

// The conversation as a messenger shows it: your own messages on the right,
// everyone else's on the left with their initials, a time on each message and
// a line for each new day. The scroll region is focusable and named, so a
// keyboard user can scroll it (axe: scrollable-region-focusable).
import { useEffect, useRef } from "react";
import type { FloorAction, FloorState } from "@/lib/room/floor";
import type { MessageView } from "@/lib/room/message-view";
import { firstName, type RoomPerson } from "@/lib/room/people";
import type { Pending } from "./use-room";
import { CATEGORY_LABEL, type Category } from "@/lib/moderation/categories";
import { initialsOf } from "@/lib/people/names";

type Moderation = {
  findings?: { category: Category; antidote: string }[];
  positives?: string[];
  sentAnyway?: boolean;
  held?: boolean;
};
type Shown = Extract<MessageView, { id: string }>;

/** For the counselor: what the rules found in a delivered message, with the antidote. */
function Findings({ moderation }: { moderation: unknown }) {
  const m = moderation as Moderation;
  if (!m.findings?.length && !m.sentAnyway && !m.held) return null;
  return (
    <div className="findings" data-testid="findings">
      {m.findings?.map((f) => (
        <span key={f.category} className="pill" title={f.antidote}>
          {CATEGORY_LABEL[f.category]}
        </span>
      ))}
      {m.sentAnyway ? <span className="hint"> sent anyway</span> : null}
      {m.held ? <span className="hint"> approved by you</span> : null}
      {m.findings?.[0] ? <div className="hint">{m.findings[0].antidote}</div> : null}
    </div>
  );
}

function dayKey(iso: string, zone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(iso),
  );
}

function dayLabel(iso: string, zone: string, now: number): string {
  const key = dayKey(iso, zone);
  if (key === dayKey(new Date(now).toISOString(), zone)) return "Today";
  if (key === dayKey(new Date(now - 86_400_000).toISOString(), zone)) return "Yesterday";
  return new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "long", day: "numeric", month: "long" }).format(
    new Date(iso),
  );
}

function clock(iso: string, zone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

function labelOf(m: Shown, props: { people: RoomPerson[]; isCounselor: boolean; me: string }): string | null {
  const counselor = props.people.find((p) => p.role === "COUNSELOR");
  switch (m.kind) {
    case "COACHING":
      return props.isCounselor ? `Private to ${firstName(props.people, m.recipientId)}` : "Private from your counselor";
    case "PRIVATE":
      if (m.senderId === props.me)
        return `Private to ${counselor ? firstName(props.people, counselor.userId) : "your counselor"}`;
      return m.data?.type === "BREAK_REQUEST" ? "Private · asks for a break" : "Private to you";
    case "PARAPHRASE":
      return "Paraphrase";
    default:
      return null;
  }
}

export function MessageList(props: {
  messages: MessageView[];
  pending: Pending[];
  people: RoomPerson[];
  me: string;
  isCounselor: boolean;
  state: FloorState | null;
  zone: string;
  /** The room's clock, for "Today" and "Yesterday". */
  now: number;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
  onControl: (action: FloorAction) => void;
  /** No connection: a message in flight goes out when it is back (useRoom resends it). */
  offline?: boolean;
  /** Members: take back a message that waits for the counselor. */
  onWithdraw?: (heldId: string) => void;
}) {
  const log = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Follow the conversation, inside the log only (the page itself does not jump).
    if (log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [props.messages.length, props.pending]);
  const waiting =
    props.state?.mode === "SPEAKER_LISTENER" && props.state.speaker === props.me
      ? props.state.pendingParaphraseSeq
      : null;
  const counselor = props.people.find((p) => p.role === "COUNSELOR");
  const counselorName = counselor ? firstName(props.people, counselor.userId) : "your counselor";
  const now = props.now;

  const rows: React.ReactNode[] = [];
  let lastDay: string | null = null;
  let lastSender: string | null = null;
  for (const m of props.messages) {
    if (m.kind === "HIDDEN") continue;
    const day = dayKey(m.createdAt, props.zone);
    if (day !== lastDay) {
      rows.push(
        <p key={`day-${m.seq}`} className="chat-day" data-testid="day-separator">
          <span>{dayLabel(m.createdAt, props.zone, now)}</span>
        </p>,
      );
      lastDay = day;
      lastSender = null;
    }
    if (m.kind === "EVENT") {
      rows.push(
        <p key={m.seq} className="chat-event" data-testid="event">
          {m.text} <time dateTime={m.createdAt}>{clock(m.createdAt, props.zone)}</time>
        </p>,
      );
      lastSender = null;
      continue;
    }
    const mine = m.senderId === props.me;
    const person = props.people.find((p) => p.userId === m.senderId);
    const label = labelOf(m, props);
    const privateKind = m.kind === "COACHING" || m.kind === "PRIVATE";
    // A public message right after a private one from the same person starts a new group (name and avatar):
    // run together, it read as part of the private line.
    const group = `${m.senderId}|${privateKind ? "private" : "public"}`;
    const first = group !== lastSender;
    lastSender = group;
    rows.push(
      <div
        key={m.seq}
        className={`chat-row${mine ? " mine" : ""}${first ? " first" : ""}`}
        data-testid="message"
        data-kind={m.kind}
      >
        {!mine ? (
          <span className={`avatar${first ? "" : " spacer"}`} aria-hidden="true">
            {first ? initialsOf(person?.name ?? "?") : ""}
          </span>
        ) : null}
        <div className={`chat-bubble${privateKind ? " private" : ""}${m.kind === "PARAPHRASE" ? " paraphrase" : ""}`}>
          {first || label ? (
            <div className="chat-head">
              {first ? (
                <strong className={mine ? "visually-hidden" : "chat-name"}>
                  {mine ? "You" : firstName(props.people, m.senderId)}
                </strong>
              ) : null}
              {label ? <span className="chat-label">{label}</span> : null}
            </div>
          ) : null}
          <p className="chat-text">{m.text}</p>
          <span className="chat-meta">
            <time dateTime={m.createdAt}>{clock(m.createdAt, props.zone)}</time>
            {mine && m.kind === "PRIVATE" ? (
              <span data-testid="private-received"> · ✓ {counselorName} has it</span>
            ) : null}
          </span>
          {props.isCounselor && m.moderation ? <Findings moderation={m.moderation} /> : null}
          {waiting === m.seq ? (
            <div className="actions" data-testid="confirm-paraphrase">
              <button type="button" onClick={() => props.onControl({ type: "CONFIRM_PARAPHRASE", seq: m.seq })}>
                Yes, that&apos;s it
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => props.onControl({ type: "CORRECT_PARAPHRASE", seq: m.seq })}
              >
                Not quite
              </button>
            </div>
          ) : null}
        </div>
      </div>,
    );
  }

  return (
    <div className="chat-log" data-testid="messages" role="log" aria-label="Conversation" tabIndex={0} ref={log}>
      {rows.length === 0 && props.pending.length === 0 ? (
        <p className="chat-empty">No messages yet. When someone writes, it shows up here.</p>
      ) : (
        rows
      )}
      {props.pending.map((p) => (
        <div key={p.clientId} className="chat-row mine first" data-testid="pending">
          <div className={`chat-bubble pending ${p.status}`}>
            <p className="chat-text">{p.text}</p>
            {p.status === "held" ? (
              <div className="held-box" data-testid="held-notice">
                <strong>Waiting for {counselorName} to read it</strong>
                <span className="held-reason" data-testid="held-reason">
                  {p.reason ?? `${counselorName} reads this one before the others see it.`}
                </span>
                {p.heldId && !p.safety && props.onWithdraw ? (
                  <button type="button" className="secondary small" onClick={() => props.onWithdraw!(p.heldId!)}>
                    Take it back
                  </button>
                ) : null}
              </div>
            ) : p.status === "rejected" ? (
              <div className="held-box" data-testid="rejected-notice">
                <strong>Not shared</strong>
                <span>
                  {counselorName} chose not to pass this on. Only you and {counselorName} have seen it.
                </span>
                <button type="button" className="link" onClick={() => props.onDiscard(p.clientId)}>
                  Dismiss
                </button>
              </div>
            ) : p.status === "unanswered" ? (
              <div className="held-box" data-testid="unanswered-notice">
                <strong>Not shared</strong>
                <span>
                  {p.safety
                    ? `The session ended before ${counselorName} could answer in the room. ${counselorName} has it and will check in with you.`
                    : `The session ended before ${counselorName} read it, so nobody else saw it. ${counselorName} can still see it in the session's record.`}
                </span>
                <button type="button" className="link" onClick={() => props.onDiscard(p.clientId)}>
                  Dismiss
                </button>
              </div>
            ) : p.status === "unsent" ? (
              <div className="held-box" data-testid="unsent-notice">
                <strong>Not sent</strong>
                <span>The session ended before this went out.</span>
                <button type="button" className="link" onClick={() => props.onDiscard(p.clientId)}>
                  Dismiss
                </button>
              </div>
            ) : p.status === "failed" ? (
              <div className="held-box" data-testid="failed-notice">
                <span className="field-error">{p.error}</span>
                <span className="actions">
                  <button type="button" className="link" onClick={() => props.onRetry(p.clientId)}>
                    Try again
                  </button>
                  <button type="button" className="link" onClick={() => props.onDiscard(p.clientId)}>
                    Discard
                  </button>
                </span>
              </div>
            ) : (
              <span className="chat-meta">
                {props.offline ? "Not sent yet — it goes out when you're back online" : "Sending…"}
              </span>
            )}
          </div>
        </div>
      ))}
    </div>
  );
}
