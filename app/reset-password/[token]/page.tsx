import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { TextField } from "@/components/form/fields";
import { resetLinkUsable, UNUSABLE_RESET_LINK } from "@/lib/accounts/reset-password";
import { resetPasswordAction } from "../../forgot-password/actions";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false } };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = await resetLinkUsable(token);
  return (
    <div className="narrow">
      <div className="card">
        <h1>Choose a new password</h1>
        {usable ? (
          <ActionForm
            action={resetPasswordAction.bind(null, token)}
            submitLabel="Save my new password"
            pendingLabel="Saving…"
            submitClassName="full"
          >
            <TextField
              name="password"
              label="New password"
              type="password"
              autoComplete="new-password"
              hint="At least 10 characters. A few unrelated words together work well. This signs you out on every device."
            />
          </ActionForm>
        ) : (
          <>
            <p className="alert error" data-testid="reset-unusable">
              {UNUSABLE_RESET_LINK}
            </p>
            <p>
              <Link href="/forgot-password">Ask for a new link</Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
