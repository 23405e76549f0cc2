"use client";

import { useEffect, useRef } from "react";
import type { FloorAction, FloorState } from "@/lib/room/floor";
import type { MessageView } from "@/lib/room/message-view";
import { firstName, type RoomPerson } from "@/lib/room/people";
import type { Pending } from "./use-room";

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
          {p.status === "failed" ? (
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
