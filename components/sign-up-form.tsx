"use client";

import { useState } from "react";
import { signUpAction } from "@/app/signup/actions";
import { ActionForm } from "./form/action-form";
import { TextField } from "./form/fields";

export function SignUpForm() {
  const [sent, setSent] = useState<string | null>(null);
  if (sent) {
    return (
      <p className="alert info" role="status" data-testid="sign-up-sent">
        {sent}
      </p>
    );
  }
  return (
    <ActionForm
      action={(form) => {
        form.set("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone);
        return signUpAction(form);
      }}
      submitLabel="Create account"
      pendingLabel="Creating your account…"
      submitClassName="full"
      onSuccess={(_form, result) => setSent(result.ok && result.message ? result.message : "Check your email to finish creating your account.")}
    >
      <TextField name="name" label="Your name" autoComplete="name" />
      <TextField name="email" label="Work email" type="email" autoComplete="email" />
      <TextField name="password" label="Password" type="password" autoComplete="new-password" hint="At least 10 characters. A few unrelated words together work well." />
    </ActionForm>
  );
}
