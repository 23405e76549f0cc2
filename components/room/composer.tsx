"use client";

import { useState } from "react";
import type { SenderFinding } from "@/lib/room/views";
import { MESSAGE_MAX } from "@/lib/room/protocol";

const STARTER = "What I hear you saying is ";

export type SendOutcome = { error?: string; nudge?: { findings: SenderFinding[]; suggestion: string | null } } | null;

export function Composer(props: {
  disabledReason: string | null;
  paraphrase: boolean;
  onSend: (text: string, options: { sendAnyway: boolean }) => Promise<SendOutcome>;
  onTyping: () => void;
  /** A held message the counselor handed back: it starts in the box to rephrase. */
  returned: { text: string; note: string | null } | null;
}) {
  const [text, setText] = useState(props.returned?.text ?? (props.paraphrase ? STARTER : ""));
  const [error, setError] = useState<string | null>(
    props.returned ? (props.returned.note ? `Your counselor asked you to rephrase this: ${props.returned.note}` : "Your counselor asked you to rephrase this before it is shared.") : null,
  );
  const [nudge, setNudge] = useState<{ text: string; findings: SenderFinding[]; suggestion: string | null } | null>(null);
  const disabled = props.disabledReason !== null;

  async function deliver(value: string, sendAnyway: boolean) {
    setText(props.paraphrase ? STARTER : "");
    const outcome = await props.onSend(value, { sendAnyway });
    if (outcome?.nudge) {
      setText(value);
      setNudge({ text: value, ...outcome.nudge });
      setError(null);
    } else if (outcome?.error) {
      // Refused or blocked: the person keeps their words to rework them.
      setText(value);
      setError(outcome.error);
    } else {
      setError(null);
      setNudge(null);
    }
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (!value || disabled) return;
    setNudge(null);
    await deliver(value, false);
  }

  return (
    <form className="composer" onSubmit={submit} data-testid="composer">
      {disabled ? (
        <p className="composer-reason" data-testid="composer-reason">
          {props.disabledReason}
        </p>
      ) : null}
      {nudge ? (
        <div className="nudge" role="alert" data-testid="nudge">
          <strong>Before you send this…</strong>
          <ul>
            {nudge.findings.map((f) => (
              <li key={f.category}>
                <span className="pill">{f.label}</span> {f.explanation}
              </li>
            ))}
          </ul>
          {nudge.suggestion ? (
            <p>
              Maybe: <em data-testid="nudge-suggestion">{nudge.suggestion}</em>
            </p>
          ) : null}
          <div className="actions">
            {nudge.suggestion ? (
              <button
                type="button"
                onClick={() => {
                  setText(nudge.suggestion!);
                  setNudge(null);
                }}
              >
                Use this
              </button>
            ) : null}
            <button type="button" className="secondary" onClick={() => setNudge(null)}>
              Edit my message
            </button>
            <button type="button" className="link" onClick={() => void deliver(nudge.text, true)}>
              Send anyway
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="field-error" data-testid="composer-error">
          {error}
        </p>
      ) : null}
      <label htmlFor="composer-text" className="visually-hidden">
        {props.paraphrase ? "Your paraphrase" : "Your message"}
      </label>
      <textarea
        id="composer-text"
        value={text}
        rows={2}
        maxLength={MESSAGE_MAX}
        disabled={disabled}
        placeholder={props.paraphrase ? "Say back what you heard, in your own words." : "Write calmly; say how you feel and what you need."}
        onFocus={(e) => {
          // Start typing after the paraphrase starter, not before it.
          const end = e.currentTarget.value.length;
          if (props.paraphrase && e.currentTarget.value === STARTER) e.currentTarget.setSelectionRange(end, end);
        }}
        onChange={(e) => {
          setText(e.target.value);
          props.onTyping();
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey) {
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          }
        }}
      />
      <button type="submit" disabled={disabled || !text.trim()}>
        {props.paraphrase ? "Send paraphrase" : "Send"}
      </button>
    </form>
  );
}
