"use client";

import { useState } from "react";

const STARTER = "What I hear you saying is ";

export function Composer(props: { disabledReason: string | null; paraphrase: boolean; onSend: (text: string) => Promise<string | null>; onTyping: () => void }) {
  const [text, setText] = useState(props.paraphrase ? STARTER : "");
  const [error, setError] = useState<string | null>(null);
  const disabled = props.disabledReason !== null;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (!value || disabled) return;
    setText(props.paraphrase ? STARTER : "");
    const problem = await props.onSend(value);
    if (problem) {
      // Refused: the person keeps their words to rework them.
      setText(value);
      setError(problem);
    } else setError(null);
  }

  return (
    <form className="composer" onSubmit={submit} data-testid="composer">
      {disabled ? (
        <p className="composer-reason" data-testid="composer-reason">
          {props.disabledReason}
        </p>
      ) : null}
      {error ? <p className="field-error">{error}</p> : null}
      <label htmlFor="composer-text" className="visually-hidden">
        {props.paraphrase ? "Your paraphrase" : "Your message"}
      </label>
      <textarea
        id="composer-text"
        value={text}
        rows={2}
        maxLength={2000}
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
