"use client";

// Two-step sign-in for counselors: scan (or type) the secret, prove it with a
// code, then keep the recovery codes shown this once.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { ActionForm } from "./form/action-form";
import { TextField } from "./form/fields";
import type { ActionResult, DataActionResult } from "@/lib/http/action-result";

type Props = {
  enabled: boolean;
  recoveryCodesLeft: number;
  start: () => Promise<DataActionResult<{ secret: string; qrSvg: string }>>;
  confirm: (form: FormData) => Promise<DataActionResult<{ recoveryCodes: string[] }>>;
  disable: (form: FormData) => Promise<ActionResult>;
  regenerate: (form: FormData) => Promise<DataActionResult<{ recoveryCodes: string[] }>>;
};

export function TwoFactorSettings(props: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [enrolment, setEnrolment] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Turning it on and making new codes both end on the codes, shown this once.
  const showingCodes =
    (action: (form: FormData) => Promise<DataActionResult<{ recoveryCodes: string[] }>>) =>
    async (form: FormData): Promise<ActionResult> => {
      const result = await action(form);
      if (result.ok) setCodes(result.data.recoveryCodes);
      return result.ok ? { ok: true } : result;
    };

  if (codes) {
    return (
      <div data-testid="recovery-codes">
        <p className="alert info" role="status">
          Two-step sign-in is on. Keep these recovery codes somewhere safe: each one signs you in once if you lose your
          phone. They are not shown again{props.enabled ? ", and the earlier codes no longer work" : ""}.
        </p>
        <ul className="recovery-codes">
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setCodes(null);
            setEnrolment(null);
            router.refresh();
          }}
        >
          I have saved them
        </button>
      </div>
    );
  }

  if (props.enabled) {
    return (
      <>
        <p data-testid="two-factor-on">
          Two-step sign-in is on. You have {props.recoveryCodesLeft} unused recovery code
          {props.recoveryCodesLeft === 1 ? "" : "s"}.
        </p>
        <h3>New recovery codes</h3>
        <p className="muted">Used some, or not sure where they are? New codes replace all the old ones.</p>
        <ActionForm
          action={showingCodes(props.regenerate)}
          submitLabel="Make new recovery codes"
          submitClassName="secondary"
          testId="new-codes-form"
          onSuccess={() => {}}
        >
          <TextField
            id="new-codes-password"
            name="password"
            label="Your password"
            type="password"
            autoComplete="current-password"
          />
        </ActionForm>
        <h3>Turn it off</h3>
        <ActionForm action={props.disable} submitLabel="Turn off two-step sign-in" submitClassName="secondary">
          <TextField
            id="disable-two-factor-password"
            name="password"
            label="Your password"
            type="password"
            autoComplete="current-password"
          />
        </ActionForm>
      </>
    );
  }

  if (enrolment) {
    return (
      <>
        <p>
          Scan this code with an authenticator app (for example Google Authenticator, Microsoft Authenticator or
          1Password), or type the key.
        </p>
        {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG made on the server, not a file to optimise */}
        <img
          className="qr"
          alt="QR code for your authenticator app"
          width={180}
          height={180}
          src={`data:image/svg+xml;base64,${btoa(enrolment.qrSvg)}`}
        />
        <p>
          Key:{" "}
          <code data-testid="totp-secret" className="secret">
            {enrolment.secret}
          </code>
        </p>
        <ActionForm action={showingCodes(props.confirm)} submitLabel="Turn on two-step sign-in" onSuccess={() => {}}>
          <TextField
            name="code"
            label="6-digit code from the app"
            inputMode="numeric"
            autoComplete="one-time-code"
            // Room for a pasted "123 456": a limit of 6 would cut it to "123 45".
            maxLength={16}
          />
          <TextField name="password" label="Your password" type="password" autoComplete="current-password" />
        </ActionForm>
      </>
    );
  }

  return (
    <>
      <p className="muted">
        Ask for a code from your phone as well as your password when you sign in. Recommended: you hold families&apos;
        clinical records.
      </p>
      {error ? (
        <p className="alert error" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await props.start();
            if (result.ok) setEnrolment(result.data);
            else setError(result.message);
          })
        }
      >
        Set up two-step sign-in
      </button>
    </>
  );
}
