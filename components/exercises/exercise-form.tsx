"use client";

// The member's form for one exercise, built from its prompts. Answers are
// saved as a draft while they type (so they are there on another device) and
// checked with the same rules as the server before sending.
import { DateTime } from "luxon";
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { Answer, Answers, Prompt } from "@/lib/exercises/definition";
import { validateAnswers, type AnswerErrors } from "@/lib/exercises/validate-answers";
import { saveDraftAction, submitAnswersAction } from "@/app/exercises/actions";

const AUTOSAVE_DELAY_MS = 800;

type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string }
  /** Saved elsewhere since this tab loaded: saving stops, the text stays here to copy, a reload shows the other. */
  | { kind: "stale"; message: string };

export function ExerciseForm(props: {
  assignmentId: string;
  prompts: Prompt[];
  initial: Answers;
  savedAt: string | null;
  submitLabel: string;
  /** The person's zone: "Draft saved 14:02" in the same clock as the rest of their pages. */
  zone: string;
}) {
  const router = useRouter();
  const [answers, setAnswers] = useState<Answers>(props.initial);
  const [errors, setErrors] = useState<AnswerErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>(
    props.savedAt ? { kind: "saved", at: new Date(props.savedAt) } : { kind: "idle" },
  );
  const [submitting, startSubmit] = useTransition();
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The draft the server has from this tab (its draftSavedAt): every save names it, so a save from a stale
  // tab is refused instead of replacing answers written in another one (lib/exercises/save-draft.ts).
  const basedOn = useRef<string | null>(props.savedAt);
  // One save at a time: a second started before the first returned would name the draft the first replaced.
  const saving = useRef(false);
  const latest = useRef<Answers>(props.initial);
  const again = useRef(false);
  const stale = useRef(false);

  async function saveNow() {
    if (stale.current) return;
    if (saving.current) {
      again.current = true;
      return;
    }
    saving.current = true;
    setSave({ kind: "saving" });
    const result = await saveDraftAction(props.assignmentId, latest.current, basedOn.current);
    saving.current = false;
    if (result.ok) {
      basedOn.current = result.data.savedAt;
      setSave({ kind: "saved", at: new Date(result.data.savedAt) });
    } else if (result.reason === "STALE") {
      stale.current = true;
      setSave({ kind: "stale", message: result.message });
      return;
    } else setSave({ kind: "error", message: result.message });
    if (again.current) {
      again.current = false;
      void saveNow();
    }
  }

  useEffect(() => {
    if (!dirty.current) return;
    latest.current = answers;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
    // saveNow reads refs only; the save follows the answers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answers, props.assignmentId]);

  function set(id: string, value: Answer) {
    dirty.current = true;
    setAnswers((current) => ({ ...current, [id]: value }));
    setErrors((current) => {
      if (!current[id]) return current;
      const rest = { ...current };
      delete rest[id];
      return rest;
    });
  }

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setFormError(null);
    const checked = validateAnswers(props.prompts, answers);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError("A few answers need another look before you send this in.");
      return;
    }
    if (timer.current) clearTimeout(timer.current);
    startSubmit(async () => {
      const result = await submitAnswersAction(props.assignmentId, answers);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setFormError(result.message);
        return;
      }
      dirty.current = false;
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="exercise-form" data-testid="exercise-form">
      {formError ? (
        <p className="alert error" role="alert" data-testid="form-error">
          {formError}
        </p>
      ) : null}
      {save.kind === "stale" ? (
        <div className="alert warn" role="alert" data-testid="draft-stale">
          <p>{save.message}</p>
          <button type="button" className="secondary small" onClick={() => window.location.reload()}>
            Reload the newest answers
          </button>
        </div>
      ) : null}
      {props.prompts.map((prompt) => (
        <PromptField
          key={prompt.id}
          prompt={prompt}
          value={answers[prompt.id]}
          errors={errors[prompt.id]}
          onChange={(v) => set(prompt.id, v)}
        />
      ))}
      <div className="actions">
        <button type="submit" disabled={submitting}>
          {submitting ? "Sending…" : props.submitLabel}
        </button>
        <span className="muted" role="status" data-testid="draft-status">
          {save.kind === "saving"
            ? "Saving…"
            : save.kind === "saved"
              ? `Draft saved ${DateTime.fromJSDate(save.at, { zone: props.zone }).toFormat("HH:mm")}`
              : save.kind === "error"
                ? save.message
                : save.kind === "stale"
                  ? "Not saved: see above."
                  : "Your answers are saved as you type."}
        </span>
      </div>
    </form>
  );
}

function PromptField({
  prompt,
  value,
  errors,
  onChange,
}: {
  prompt: Prompt;
  value: Answer | undefined;
  errors?: string[];
  onChange: (value: Answer) => void;
}) {
  const id = `answer-${prompt.id}`;
  const errorId = `${id}-error`;
  const a11y = { "aria-invalid": errors ? true : undefined, "aria-describedby": errors ? errorId : undefined };
  const optional = prompt.required ? null : <span className="muted"> (optional)</span>;
  const help = prompt.help ? <p className="hint">{prompt.help}</p> : null;
  const error = errors ? (
    <p className="field-error" id={errorId} data-testid={`${prompt.id}-error`}>
      {errors.join(" ")}
    </p>
  ) : null;
  const text = typeof value === "string" ? value : "";
  const list = Array.isArray(value) ? value : [];

  switch (prompt.type) {
    case "SHORT_TEXT":
    case "LONG_TEXT":
      return (
        <div className="field">
          <label htmlFor={id}>
            {prompt.label}
            {optional}
          </label>
          {help}
          {prompt.type === "SHORT_TEXT" ? (
            <input id={id} value={text} onChange={(e) => onChange(e.target.value)} {...a11y} />
          ) : (
            <textarea id={id} rows={5} value={text} onChange={(e) => onChange(e.target.value)} {...a11y} />
          )}
          <p className="hint counter">
            {text.trim().length} / {prompt.maxLength}
          </p>
          {error}
        </div>
      );
    case "SCALE":
      return (
        <fieldset className="field scale" {...a11y}>
          <legend>
            {prompt.label}
            {optional}
          </legend>
          {help}
          <div className="scale-options">
            {Array.from({ length: prompt.max - prompt.min + 1 }, (_, i) => prompt.min + i).map((n) => (
              <label key={n} className={value === n ? "chosen" : undefined}>
                <input type="radio" name={id} value={n} checked={value === n} onChange={() => onChange(n)} />
                <span>{n}</span>
              </label>
            ))}
          </div>
          {prompt.minLabel || prompt.maxLabel ? (
            <div className="scale-ends hint">
              <span>
                {prompt.min} = {prompt.minLabel}
              </span>
              <span>
                {prompt.max} = {prompt.maxLabel}
              </span>
            </div>
          ) : null}
          {error}
        </fieldset>
      );
    case "CHECKLIST":
      return (
        <fieldset className="field checklist" {...a11y}>
          <legend>
            {prompt.label}
            {optional}
          </legend>
          {help}
          {prompt.options.map((option) => (
            <label key={option} className="check">
              <input
                type="checkbox"
                checked={list.includes(option)}
                onChange={(e) => onChange(e.target.checked ? [...list, option] : list.filter((o) => o !== option))}
              />
              {option}
            </label>
          ))}
          {error}
        </fieldset>
      );
    case "LIST":
      return (
        <fieldset className="field list-prompt" {...a11y}>
          <legend>
            {prompt.label}
            {optional}
          </legend>
          {help}
          {Array.from({ length: prompt.maxItems }, (_, i) => (
            <div key={i} className="list-item">
              <span aria-hidden="true">{i + 1}.</span>
              <input
                aria-label={`${i + 1} of ${prompt.maxItems}`}
                value={list[i] ?? ""}
                onChange={(e) => {
                  const next = Array.from({ length: prompt.maxItems }, (_, j) => list[j] ?? "");
                  next[i] = e.target.value;
                  onChange(next);
                }}
              />
            </div>
          ))}
          {error}
        </fieldset>
      );
  }
}
