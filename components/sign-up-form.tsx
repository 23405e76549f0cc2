"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { signUpAction } from "@/app/signup/actions";
import { ActionForm } from "./form/action-form";
import { TextField } from "./form/fields";

export function SignUpForm() {
  const router = useRouter();
  return (
    <ActionForm
      action={(form) => {
        form.set("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone);
        return signUpAction(form);
      }}
      submitLabel="Create account"
      pendingLabel="Creating your account…"
      submitClassName="full"
      onSuccess={async (form) => {
        const signedIn = await signIn("credentials", { email: String(form.get("email")), password: String(form.get("password")), redirect: false });
        router.replace(signedIn && !signedIn.error ? "/" : "/login");
        router.refresh();
      }}
    >
      <TextField name="name" label="Your name" autoComplete="name" />
      <TextField name="email" label="Work email" type="email" autoComplete="email" />
      <TextField name="password" label="Password" type="password" autoComplete="new-password" hint="At least 10 characters. A few unrelated words together work well." />
    </ActionForm>
  );
}
