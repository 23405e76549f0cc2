"use client";

// The member's message box, at the bottom of the room like a messenger's. It
// keeps an unsent draft across reloads (this browser only, per session and
// person; cleared once sent). A nudge sits right above it with a calmer
// version already in the box to edit; a message the counselor handed back (or
// the sender took back) returns to the box with the counselor's note above it.
import { useState } from "react";
import type { SenderFinding } from "@/lib/room/views";
import { MESSAGE_MAX } from "@/lib/room/protocol";
import { PARAPHRASE_STARTER, withStarterOnce } from "@/lib/room/paraphrase";

const STARTER = PARAPHRASE_STARTER;

export type SendOutcome = { error?: string; nudge?: { findings: SenderFinding[]; suggestion: string | null } } | null;

/** Words coming back to the box: returned by the counselor, or taken back by the sender. */
export type Refill = { text: string; title: string; note: string | null };

export const draftKey = (sessionId: string, userId: string) => `mend:draft:${sessionId}:${userId}`;

function readDraft(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage blocked (private mode): the draft simply is not kept
  }
}

function writeDraft(key: string, text: string | null): void {
  try {
    if (text) window.localStorage.setItem(key, text);
    else window.localStorage.removeItem(key);
  } catch {
    // as above
  }
}

export function Composer(props: {
  sessionId: string;
  userId: string;
  counselorName: string;
  /** Why this person cannot write at all right now (muted, not their turn, ended…). */
  disabledReason: string | null;
  /** Offline: they may keep writing; sending waits for the connection. */
  offline: boolean;
  paraphrase: boolean;
  onSend: (text: string, options: { sendAnyway: boolean }) => Promise<SendOutcome>;
  onTyping: () => void;
  refill: Refill | null;
  onRefillSeen: () => void;
  /** Whether the room's rules would hold a message with these findings if sent as it is. */
  wouldHold: (findings: SenderFinding[]) => boolean;
}) {
  const key = draftKey(props.sessionId, props.userId);
  const starter = props.paraphrase ? STARTER : "";
  const [text, setTextState] = useState(() => props.refill?.text ?? readDraft(key) ?? starter);
  const [error, setError] = useState<string | null>(null);
  const [nudge, setNudge] = useState<{
    original: string;
    findings: SenderFinding[];
    suggestion: string | null;
    holds: boolean;
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const disabled = props.disabledReason !== null;

  function setText(value: string) {
    setTextState(value);
    writeDraft(key, value.trim() && value !== starter ? value : null);
  }

  async function deliver(value: string, sendAnyway: boolean) {
    setBusy(true);
    setText(starter);
    setError(null);
    setNudge(null);
    props.onRefillSeen();
    let outcome: SendOutcome;
    try {
      outcome = await props.onSend(value, { sendAnyway });
    } catch {
      // Never leave the box stuck on "busy" with the words gone.
      outcome = { error: "That did not go through. Try again." };
    } finally {
      setBusy(false);
    }
    if (outcome?.nudge) {
      // The calmer version goes in the box, ready to edit; their own words stay one click away.
      setText(outcome.nudge.suggestion ?? value);
      setNudge({ original: value, ...outcome.nudge, holds: props.wouldHold(outcome.nudge.findings) });
    } else if (outcome?.error) {
      // Refused or blocked: the person keeps their words to rework them, and is told why once.
      setText(value);
      setError(outcome.error);
    }
  }

  const near = text.length > MESSAGE_MAX * 0.9;
  const over = text.length > MESSAGE_MAX;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (!value || disabled || props.offline || busy || over) return;
    await deliver(value, false);
  }

  return (
    <form className="dock-composer" onSubmit={submit} data-testid="composer">
      {props.refill ? (
        <div className="refill" role="status" data-testid="returned-note">
          <strong>{props.refill.title}</strong>
          {props.refill.note ? <q>{props.refill.note}</q> : null}
          <span className="hint">Your words are back in the box below — change what you need, then send.</span>
        </div>
      ) : null}
      {nudge ? (
        <section className="nudge" aria-labelledby="nudge-title" data-testid="nudge">
          <h2 id="nudge-title" className="nudge-title">
            Before you send this…
          </h2>
          <ul>
            {nudge.findings.map((f) => (
              <li key={f.category}>
                <strong>{f.label}:</strong> {f.explanation}
              </li>
            ))}
          </ul>
          {nudge.suggestion ? (
            <p className="hint">
              We put a calmer version in the box: <em data-testid="nudge-suggestion">{nudge.suggestion}</em> Change it
              as you like, then send.
            </p>
          ) : (
            <p className="hint">Try saying it another way in the box below.</p>
          )}
          <div className="actions">
            {nudge.suggestion ? (
              <button type="button" className="secondary small" onClick={() => setText(nudge.original)}>
                Back to my words
              </button>
            ) : null}
            <button type="button" className="link" onClick={() => void deliver(nudge.original, true)}>
              {nudge.holds ? `Send mine anyway (${props.counselorName} reads it first)` : "Send mine anyway"}
            </button>
          </div>
        </section>
      ) : null}
      {disabled ? (
        <p className="composer-reason" data-testid="composer-reason">
          {props.disabledReason}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" role="alert" data-testid="composer-error">
          {error}
        </p>
      ) : null}
      <div className="composer-row">
        <label htmlFor="composer-text" className="visually-hidden">
          {props.paraphrase ? "Your paraphrase" : "Your message"}
        </label>
        <textarea
          id="composer-text"
          value={text}
          rows={2}
          // No maxLength: a long paste used to be cut at 2,000 characters mid-word without a word.
          // The count shows near the limit and Send waits until it fits.
          aria-describedby={near ? "composer-count" : undefined}
          disabled={disabled}
          placeholder={
            props.paraphrase ? "Say back what you heard, in your own words." : "Say how you feel and what you need."
          }
          onFocus={(e) => {
            // Start typing after the paraphrase starter, not before it.
            const end = e.currentTarget.value.length;
            if (props.paraphrase && e.currentTarget.value === STARTER) e.currentTarget.setSelectionRange(end, end);
          }}
          onChange={(e) => {
            setText(props.paraphrase ? withStarterOnce(e.target.value) : e.target.value);
            props.onTyping();
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
        />
        <button type="submit" disabled={disabled || props.offline || busy || !text.trim() || over}>
          {props.paraphrase ? (
            <>
              Send<span className="wide-only"> paraphrase</span>
            </>
          ) : (
            "Send"
          )}
        </button>
      </div>
      {near && !disabled ? (
        <p
          className={over ? "field-error" : "hint"}
          id="composer-count"
          data-testid="composer-count"
          aria-live="polite"
        >
          {over
            ? `${(text.length - MESSAGE_MAX).toLocaleString("en-US")} characters too long — shorten it, or send it in two parts.`
            : `${text.length.toLocaleString("en-US")} of ${MESSAGE_MAX.toLocaleString("en-US")} characters`}
        </p>
      ) : null}
      {props.offline && !disabled ? (
        <p className="hint" data-testid="offline-hint">
          You&apos;re offline. Keep writing — you can send once you&apos;re back online.
        </p>
      ) : null}
    </form>
  );
}
