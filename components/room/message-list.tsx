"use client";

import { useEffect, useRef } from "react";
import type { FloorAction, FloorState } from "@/lib/room/floor";
import type { MessageView } from "@/lib/room/message-view";
import { firstName, type RoomPerson } from "@/lib/room/people";
import type { Pending } from "./use-room";
import { CATEGORY_LABEL, type Category } from "@/lib/moderation/categories";

type Moderation = { findings?: { category: Category; antidote: string }[]; positives?: string[]; sentAnyway?: boolean; held?: boolean };

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

export function MessageList(props: {
  messages: MessageView[];
  pending: Pending[];
  people: RoomPerson[];
  me: string;
  isCounselor: boolean;
  state: FloorState | null;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
  onControl: (action: FloorAction) => void;
}) {
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView({ block: "end" });
  }, [props.messages.length, props.pending.length]);
  const waiting = props.state?.mode === "SPEAKER_LISTENER" && props.state.speaker === props.me ? props.state.pendingParaphraseSeq : null;

  return (
    <div className="messages" data-testid="messages" aria-live="polite">
      {props.messages.map((m) => {
        if (m.kind === "HIDDEN") return null;
        if (m.kind === "EVENT") {
          return (
            <p key={m.seq} className="event" data-testid="event">
              {m.text}
            </p>
          );
        }
        const mine = m.senderId === props.me;
        const label = m.kind === "COACHING" ? (props.isCounselor ? `Private to ${firstName(props.people, m.recipientId)}` : "Private from your counselor") : m.kind === "PARAPHRASE" ? "Paraphrase" : null;
        return (
          <div key={m.seq} className={`bubble${mine ? " mine" : ""}${m.kind === "COACHING" ? " coaching" : ""}${m.kind === "PARAPHRASE" ? " paraphrase" : ""}`} data-testid="message" data-kind={m.kind}>
            <div className="bubble-head">
              <strong>{mine ? "You" : firstName(props.people, m.senderId)}</strong>
              {label ? <span className="pill">{label}</span> : null}
            </div>
            <div className="bubble-text">{m.text}</div>
            {props.isCounselor && m.moderation ? <Findings moderation={m.moderation} /> : null}
            {waiting === m.seq ? (
              <div className="actions" data-testid="confirm-paraphrase">
                <button type="button" onClick={() => props.onControl({ type: "CONFIRM_PARAPHRASE", seq: m.seq })}>
                  Yes, that&apos;s it
                </button>
                <button type="button" className="secondary" onClick={() => props.onControl({ type: "CORRECT_PARAPHRASE", seq: m.seq })}>
                  Not quite
                </button>
              </div>
            ) : null}
          </div>
        );
      })}
      {props.pending.map((p) => (
        <div key={p.clientId} className="bubble mine pending" data-testid="pending">
          <div className="bubble-text">{p.text}</div>
          {p.status === "held" ? (
            <span className="muted" data-testid="held-notice">
              Waiting for the counselor…
            </span>
          ) : p.status === "rejected" ? (
            <div className="actions">
              <span className="field-error">Not shared by your counselor. {p.error}</span>
              <button type="button" className="link" onClick={() => props.onDiscard(p.clientId)}>
                Dismiss
              </button>
            </div>
          ) : p.status === "failed" ? (
            <div className="actions">
              <span className="field-error">{p.error}</span>
              <button type="button" className="link" onClick={() => props.onRetry(p.clientId)}>
                Retry
              </button>
              <button type="button" className="link" onClick={() => props.onDiscard(p.clientId)}>
                Discard
              </button>
            </div>
          ) : (
            <span className="muted">Sending…</span>
          )}
        </div>
      ))}
      <div ref={end} />
    </div>
  );
}
