import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { TextField } from "@/components/form/fields";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "Forgotten password" };

export default function ForgotPasswordPage() {
  return (
    <div className="narrow">
      <div className="card">
        <h1>Forgotten your password?</h1>
        <p className="muted">Enter the email you sign in with. We will send a link to choose a new password.</p>
        <ActionForm
          action={requestPasswordResetAction}
          submitLabel="Email me a link"
          pendingLabel="Sending…"
          submitClassName="full"
          resetOnSuccess
        >
          <TextField name="email" label="Email" type="email" autoComplete="email" />
        </ActionForm>
      </div>
      <p className="muted">
        Remembered it? <Link href="/login">Sign in</Link>.
      </p>
    </div>
  );
}
