import type { Metadata } from "next";
import { ActionForm } from "@/components/form/action-form";
import { confirmSignUpAction } from "../../actions";

export const metadata: Metadata = { title: "Confirm your email", robots: { index: false } };

// A button, not an automatic confirmation: mail scanners that open links must not use them up.
export default async function ConfirmSignUpPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <div className="narrow">
      <div className="card">
        <h1>Confirm your email</h1>
        <p>One step left: confirm that this address is yours, and your counselor account is ready.</p>
        <ActionForm
          action={confirmSignUpAction.bind(null, token)}
          submitLabel="Confirm and create my account"
          pendingLabel="Confirming…"
          submitClassName="full"
        >
          {null}
        </ActionForm>
      </div>
    </div>
  );
}
