"use client";

import { useFieldErrors } from "./action-form";

type Common = { name: string; label: string; hint?: string; id?: string };

function FieldShell({
  name,
  label,
  hint,
  id,
  children,
}: Common & {
  children: (props: { id: string; "aria-invalid"?: boolean; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const errors = useFieldErrors(name);
  const inputId = id ?? name;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  // The hint is read with the field, as the error is when there is one instead.
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {children({
        id: inputId,
        "aria-invalid": errors ? true : undefined,
        "aria-describedby": errors ? errorId : hint ? hintId : undefined,
      })}
      {hint && !errors ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {errors ? (
        <p className="field-error" id={errorId} data-testid={`${name}-error`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(props: Common & React.InputHTMLAttributes<HTMLInputElement>) {
  const { label, hint, id, ...input } = props;
  return (
    <FieldShell name={props.name} label={label} hint={hint} id={id}>
      {(a11y) => <input {...input} {...a11y} />}
    </FieldShell>
  );
}

export function TextAreaField(props: Common & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { label, hint, id, ...input } = props;
  return (
    <FieldShell name={props.name} label={label} hint={hint} id={id}>
      {(a11y) => <textarea rows={3} {...input} {...a11y} />}
    </FieldShell>
  );
}

export function SelectField(
  props: Common & React.SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] },
) {
  const { label, hint, id, options, ...select } = props;
  return (
    <FieldShell name={props.name} label={label} hint={hint} id={id}>
      {(a11y) => (
        <select {...select} {...a11y}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
