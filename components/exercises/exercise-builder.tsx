"use client";

// The counselor's form builder: an exercise's title, strategy, instructions,
// time and typed prompts with their limits. Checked with the same schema the
// server uses before sending.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import {
  ExerciseContentSchema,
  LIMITS,
  PROMPT_TYPE_LABEL,
  PROMPT_TYPES,
  STRATEGIES,
  STRATEGY_LABEL,
  type ExerciseContent,
  type Prompt,
  type PromptType,
} from "@/lib/exercises/definition";
import type { ActionResult } from "@/lib/http/action-result";

type Draft = Omit<ExerciseContent, "minutes"> & { minutes: number | string };

function blankPrompt(type: PromptType, id: string): Prompt {
  const common = { id, label: "", required: true };
  switch (type) {
    case "SHORT_TEXT":
      return { type, ...common, maxLength: 200 };
    case "LONG_TEXT":
      return { type, ...common, minLength: 0, maxLength: 2000 };
    case "SCALE":
      return { type, ...common, min: 1, max: 10, minLabel: "", maxLabel: "" };
    case "CHECKLIST":
      return { type, ...common, options: ["", ""], minChecked: 1 };
    case "LIST":
      return { type, ...common, minItems: 3, maxItems: 3, itemMaxLength: 200 };
  }
}

function nextId(prompts: Prompt[]): string {
  let n = prompts.length + 1;
  while (prompts.some((p) => p.id === `q${n}`)) n++;
  return `q${n}`;
}

export function ExerciseBuilder(props: {
  initial?: ExerciseContent;
  action: (content: unknown) => Promise<ActionResult>;
  submitLabel: string;
}) {
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(
    props.initial ?? {
      title: "",
      strategy: "POSITIVE",
      instructions: "",
      minutes: 10,
      prompts: [blankPrompt("SHORT_TEXT", "q1")],
    },
  );
  const [problems, setProblems] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const setPrompt = (index: number, prompt: Prompt) =>
    setDraft((d) => ({ ...d, prompts: d.prompts.map((p, i) => (i === index ? prompt : p)) }));
  const move = (index: number, by: number) =>
    setDraft((d) => {
      const prompts = [...d.prompts];
      const [taken] = prompts.splice(index, 1);
      prompts.splice(index + by, 0, taken);
      return { ...d, prompts };
    });

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setNotice(null);
    // Blank lines in a checklist's options are just spacing.
    const prompts = draft.prompts.map((p) =>
      p.type === "CHECKLIST" ? { ...p, options: p.options.map((o) => o.trim()).filter(Boolean) } : p,
    );
    const parsed = ExerciseContentSchema.safeParse({ ...draft, prompts });
    if (!parsed.success) {
      setProblems(
        parsed.error.issues.map((i) =>
          i.path[0] === "prompts" && typeof i.path[1] === "number"
            ? `Prompt ${i.path[1] + 1}: ${i.message}`
            : i.message,
        ),
      );
      return;
    }
    setProblems([]);
    startTransition(async () => {
      const result = await props.action(parsed.data);
      if (!result.ok) {
        setProblems(
          Object.values(result.fieldErrors ?? {})
            .flat()
            .concat(result.fieldErrors ? [] : [result.message]),
        );
        return;
      }
      if (result.redirectTo) router.push(result.redirectTo);
      else {
        setNotice(result.message ?? "Saved.");
        router.refresh();
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="exercise-builder">
      {problems.length ? (
        <div className="alert error" role="alert">
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {notice ? (
        <p className="alert info" role="status">
          {notice}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="title">Title</label>
        <input id="title" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor="strategy">Strategy</label>
          <select
            id="strategy"
            value={draft.strategy}
            onChange={(e) =>
              setDraft({ ...draft, strategy: STRATEGIES.find((s) => s === e.target.value) ?? draft.strategy })
            }
          >
            {STRATEGIES.map((s) => (
              <option key={s} value={s}>
                {STRATEGY_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="minutes">Estimated minutes</label>
          <input
            id="minutes"
            type="number"
            min={1}
            max={240}
            value={draft.minutes}
            onChange={(e) => setDraft({ ...draft, minutes: e.target.value })}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor="instructions">Instructions</label>
        <textarea
          id="instructions"
          rows={4}
          value={draft.instructions}
          onChange={(e) => setDraft({ ...draft, instructions: e.target.value })}
        />
      </div>

      <h2>Prompts</h2>
      {draft.prompts.map((prompt, index) => (
        <fieldset key={prompt.id} className="prompt-editor" data-testid="prompt-editor">
          <legend>Prompt {index + 1}</legend>
          <div className="row">
            <div className="field">
              <label htmlFor={`${prompt.id}-type`}>Type</label>
              <select
                id={`${prompt.id}-type`}
                value={prompt.type}
                onChange={(e) => {
                  const type = PROMPT_TYPES.find((t) => t === e.target.value) ?? prompt.type;
                  setPrompt(index, { ...blankPrompt(type, prompt.id), label: prompt.label, required: prompt.required });
                }}
              >
                {PROMPT_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {PROMPT_TYPE_LABEL[t]}
                  </option>
                ))}
              </select>
            </div>
            <label className="check">
              <input
                type="checkbox"
                checked={prompt.required}
                onChange={(e) => setPrompt(index, { ...prompt, required: e.target.checked })}
              />{" "}
              Required
            </label>
          </div>
          <div className="field">
            <label htmlFor={`${prompt.id}-label`}>Question</label>
            <input
              id={`${prompt.id}-label`}
              value={prompt.label}
              onChange={(e) => setPrompt(index, { ...prompt, label: e.target.value })}
            />
          </div>
          <PromptLimits prompt={prompt} onChange={(p) => setPrompt(index, p)} />
          <div className="actions">
            <button type="button" className="secondary" disabled={index === 0} onClick={() => move(index, -1)}>
              Move up
            </button>
            <button
              type="button"
              className="secondary"
              disabled={index === draft.prompts.length - 1}
              onClick={() => move(index, 1)}
            >
              Move down
            </button>
            <button
              type="button"
              className="secondary"
              disabled={draft.prompts.length === 1}
              onClick={() => setDraft({ ...draft, prompts: draft.prompts.filter((_, i) => i !== index) })}
            >
              Remove
            </button>
          </div>
        </fieldset>
      ))}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={draft.prompts.length >= LIMITS.prompts}
          onClick={() =>
            setDraft({ ...draft, prompts: [...draft.prompts, blankPrompt("SHORT_TEXT", nextId(draft.prompts))] })
          }
        >
          Add a prompt
        </button>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : props.submitLabel}
        </button>
      </div>
    </form>
  );
}

function NumberField({
  id,
  label,
  value,
  onChange,
  min,
  max,
}: {
  id: string;
  label: string;
  value: number;
  onChange: (n: number) => void;
  min: number;
  max: number;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        value={Number.isFinite(value) ? value : ""}
        onChange={(e) => onChange(e.target.valueAsNumber)}
      />
    </div>
  );
}

function PromptLimits({ prompt, onChange }: { prompt: Prompt; onChange: (p: Prompt) => void }) {
  const id = prompt.id;
  switch (prompt.type) {
    case "SHORT_TEXT":
      return (
        <NumberField
          id={`${id}-max`}
          label="Maximum characters"
          value={prompt.maxLength}
          min={1}
          max={LIMITS.shortText}
          onChange={(n) => onChange({ ...prompt, maxLength: n })}
        />
      );
    case "LONG_TEXT":
      return (
        <div className="row">
          <NumberField
            id={`${id}-min`}
            label="Minimum characters"
            value={prompt.minLength}
            min={0}
            max={LIMITS.longText}
            onChange={(n) => onChange({ ...prompt, minLength: n })}
          />
          <NumberField
            id={`${id}-max`}
            label="Maximum characters"
            value={prompt.maxLength}
            min={1}
            max={LIMITS.longText}
            onChange={(n) => onChange({ ...prompt, maxLength: n })}
          />
        </div>
      );
    case "SCALE":
      return (
        <div className="row">
          <NumberField
            id={`${id}-min`}
            label="From"
            value={prompt.min}
            min={0}
            max={10}
            onChange={(n) => onChange({ ...prompt, min: n })}
          />
          <NumberField
            id={`${id}-max`}
            label="To"
            value={prompt.max}
            min={1}
            max={10}
            onChange={(n) => onChange({ ...prompt, max: n })}
          />
          <div className="field">
            <label htmlFor={`${id}-minlabel`}>Low end means</label>
            <input
              id={`${id}-minlabel`}
              value={prompt.minLabel ?? ""}
              onChange={(e) => onChange({ ...prompt, minLabel: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-maxlabel`}>High end means</label>
            <input
              id={`${id}-maxlabel`}
              value={prompt.maxLabel ?? ""}
              onChange={(e) => onChange({ ...prompt, maxLabel: e.target.value })}
            />
          </div>
        </div>
      );
    case "CHECKLIST":
      return (
        <>
          <div className="field">
            <label htmlFor={`${id}-options`}>Options, one a line</label>
            <textarea
              id={`${id}-options`}
              rows={4}
              value={prompt.options.join("\n")}
              onChange={(e) => onChange({ ...prompt, options: e.target.value.split("\n") })}
            />
          </div>
          <NumberField
            id={`${id}-minchecked`}
            label="At least this many ticked"
            value={prompt.minChecked}
            min={0}
            max={LIMITS.checklistOptions}
            onChange={(n) => onChange({ ...prompt, minChecked: n })}
          />
        </>
      );
    case "LIST":
      return (
        <div className="row">
          <NumberField
            id={`${id}-minitems`}
            label="Items required"
            value={prompt.minItems}
            min={1}
            max={LIMITS.listItems}
            onChange={(n) => onChange({ ...prompt, minItems: n })}
          />
          <NumberField
            id={`${id}-maxitems`}
            label="Item boxes shown"
            value={prompt.maxItems}
            min={1}
            max={LIMITS.listItems}
            onChange={(n) => onChange({ ...prompt, maxItems: n })}
          />
          <NumberField
            id={`${id}-itemmax`}
            label="Characters per item"
            value={prompt.itemMaxLength}
            min={1}
            max={LIMITS.shortText}
            onChange={(n) => onChange({ ...prompt, itemMaxLength: n })}
          />
        </div>
      );
  }
}
