"use client";

// A member's private line to the counselor: "I need a break", or words they
// cannot say in front of the others. Only the counselor reads it (the server
// decides who receives it: lib/room/audience.ts); the member sees it was received.
import { useState } from "react";
import { Dialog } from "radix-ui";
import { MESSAGE_MAX } from "@/lib/room/protocol";
import type { ErrorPayload } from "@/lib/errors";

/** How long "Sent privately…" stays up unless the member dismisses it first. */
const SENT_SHOWN_MS = 30_000;

export function PrivateLine(props: {
  counselorName: string;
  othersNames: string;
  disabled: boolean;
  /** The counselor has the room open now: if not, the member is told it waits for them. */
  counselorHere: boolean;
  onSend: (text: string, isBreak: boolean) => Promise<ErrorPayload | null>;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(value: string, isBreak: boolean) {
    setBusy(true);
    setError(null);
    const failure = await props.onSend(value, isBreak);
    setBusy(false);
    if (failure) {
      setError(failure.message);
      return;
    }
    setText("");
    setOpen(false);
    const message = isBreak
      ? `${props.counselorName} knows you need a break. Stay with us — ${props.counselorName} will pause the room or give you a moment.`
      : props.counselorHere
        ? `Sent privately. ${props.counselorName} has it; ${props.othersNames} can't see it.`
        : `Sent privately, but ${props.counselorName} isn't in the room right now: it waits for them here. ${props.othersNames} can't see it.`;
    setSent(message);
    // The confirmation has done its job after a while; left up, it reads as news every time the member looks.
    setTimeout(() => setSent((shown) => (shown === message ? null : shown)), SENT_SHOWN_MS);
  }

  return (
    <>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Trigger asChild>
          <button type="button" className="secondary small" disabled={props.disabled} data-testid="private-line-open">
            Talk to {props.counselorName} privately
          </button>
        </Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay className="sheet-overlay" />
          <Dialog.Content className="sheet" data-testid="private-line">
            <Dialog.Title className="sheet-title">Only {props.counselorName} sees this</Dialog.Title>
            <Dialog.Description className="hint">
              {props.othersNames} won&apos;t see it. Use it if you need a break, or for something you can&apos;t say in
              front of everyone.
            </Dialog.Description>
            {props.counselorHere ? null : (
              <p className="alert warn" data-testid="counselor-away">
                {props.counselorName} isn&apos;t in the room right now. They will see it when they are back.
              </p>
            )}
            <button type="button" className="full" disabled={busy} onClick={() => void send("I need a break.", true)}>
              I need a break
            </button>
            <form
              className="sheet-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (text.trim()) void send(text.trim(), false);
              }}
            >
              <label htmlFor="private-text">Or write to {props.counselorName}</label>
              <textarea
                id="private-text"
                rows={3}
                maxLength={MESSAGE_MAX}
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder="I can't say this in front of everyone, but…"
              />
              {error ? (
                <p className="field-error" role="alert">
                  {error}
                </p>
              ) : null}
              <div className="actions">
                <button type="submit" disabled={busy || !text.trim()}>
                  Send privately
                </button>
                <Dialog.Close asChild>
                  <button type="button" className="link">
                    Cancel
                  </button>
                </Dialog.Close>
              </div>
            </form>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      {sent ? (
        <p className="private-sent" role="status" data-testid="private-sent">
          <span>✓ {sent}</span>
          <button
            type="button"
            className="link small"
            onClick={() => setSent(null)}
            aria-label="OK, dismiss this confirmation"
          >
            OK
          </button>
        </p>
      ) : null}
    </>
  );
}
