"use client";

// The counselor assigns an exercise from the library to members of one family.
import { ActionForm, useFieldErrors } from "@/components/form/action-form";
import { TextAreaField, TextField } from "@/components/form/fields";
import { STRATEGIES, STRATEGY_LABEL, type Strategy } from "@/lib/exercises/definition";
import type { ActionResult } from "@/lib/http/action-result";

export type AssignableExercise = { id: string; title: string; strategy: Strategy; minutes: number; builtIn: boolean };

export function AssignExerciseForm(props: {
  action: (form: FormData) => Promise<ActionResult>;
  exercises: AssignableExercise[];
  members: { userId: string; name: string }[];
  today: string;
  defaultExerciseId?: string;
}) {
  return (
    <ActionForm
      action={props.action}
      submitLabel="Assign"
      pendingLabel="Assigning…"
      resetOnSuccess
      testId="assign-form"
    >
      <div className="field">
        <label htmlFor="exerciseId">Exercise</label>
        <select id="exerciseId" name="exerciseId" defaultValue={props.defaultExerciseId}>
          {STRATEGIES.map((strategy) => {
            const group = props.exercises.filter((e) => e.strategy === strategy);
            return group.length ? (
              <optgroup key={strategy} label={STRATEGY_LABEL[strategy]}>
                {group.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.title} ({e.minutes} min{e.builtIn ? "" : ", yours"})
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </select>
        <FieldError name="exerciseId" />
      </div>
      <fieldset className="field">
        <legend>For</legend>
        <div className="actions">
          {props.members.map((m) => (
            <label key={m.userId} className="check">
              <input type="checkbox" name="assigneeIds" value={m.userId} /> {m.name}
            </label>
          ))}
        </div>
        <FieldError name="assigneeIds" />
      </fieldset>
      <div className="row">
        <TextField
          name="dueDate"
          label="Due date"
          type="date"
          min={props.today}
          hint="The end of this day in each member's own time zone."
        />
        <TextField name="repeatUntil" label="Repeat weekly until (optional)" type="date" min={props.today} />
      </div>
      <TextAreaField name="note" label="A personal note (optional)" />
      <label className="check">
        <input type="checkbox" name="shared" /> Shared with the family: the other members can read the answers once they
        are sent in
      </label>
    </ActionForm>
  );
}

function FieldError({ name }: { name: string }) {
  const errors = useFieldErrors(name);
  return errors ? (
    <p className="field-error" data-testid={`${name}-error`}>
      {errors.join(" ")}
    </p>
  ) : null;
}
