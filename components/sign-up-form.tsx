"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { signUpAction } from "@/app/signup/actions";
import type { FieldErrors } from "@/lib/errors";

type Values = { name: string; email: string; password: string };

export function SignUpForm() {
  const router = useRouter();
  const [values, setValues] = useState<Values>({ name: "", email: "", password: "" });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const set = (key: keyof Values) => (event: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [key]: event.target.value }));

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setFormError(null);
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const result = await signUpAction({ ...values, timeZone });
    if (!result.ok) {
      setPending(false);
      setFieldErrors(result.error.fieldErrors ?? {});
      if (!result.error.fieldErrors) setFormError(result.error.message);
      return;
    }
    setFieldErrors({});
    const signedIn = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
    if (!signedIn || signedIn.error) {
      router.replace("/login");
      return;
    }
    router.replace("/");
    router.refresh();
  }

  const field = (key: keyof Values, label: string, input: React.InputHTMLAttributes<HTMLInputElement>, hint?: string) => {
    const errors = fieldErrors[key];
    const errorId = `${key}-error`;
    return (
      <div className="field">
        <label htmlFor={key}>{label}</label>
        <input id={key} name={key} value={values[key]} onChange={set(key)} aria-invalid={errors ? true : undefined} aria-describedby={errors ? errorId : undefined} {...input} />
        {hint && !errors ? <p className="hint">{hint}</p> : null}
        {errors ? (
          <p className="field-error" id={errorId} data-testid={errorId}>
            {errors.join(" ")}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      {formError ? (
        <p className="alert error" role="alert" data-testid="form-error">
          {formError}
        </p>
      ) : null}
      {field("name", "Your name", { autoComplete: "name" })}
      {field("email", "Work email", { type: "email", autoComplete: "email" })}
      {field("password", "Password", { type: "password", autoComplete: "new-password" }, "At least 10 characters. A few unrelated words together work well.")}
      <button type="submit" className="full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
