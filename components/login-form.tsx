"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { forgetActivity } from "./idle-sign-out";

const WRONG_CREDENTIALS = "That email and password do not match an account. Check them and try again.";

/** next-auth hands back the error text; a reason code (e.g. TOTP_REQUIRED) may lead it as "CODE:message". */
function parseError(error: string): { reason: string | null; message: string } {
  const match = error.match(/^([A-Z_]+):(.*)$/s);
  return match ? { reason: match[1], message: match[2] } : { reason: null, message: error };
}

export function LoginForm({ notice, next }: { notice: string | null; next: string }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [askCode, setAskCode] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  // Whatever the notice said, it is said once.
  useEffect(() => {
    forgetActivity();
  }, []);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!email.trim() || !password) {
      setError("Enter your email and password.");
      return;
    }
    if (askCode && !code.trim()) {
      setError("Enter the code from your authenticator app.");
      return;
    }
    setPending(true);
    const result = await signIn("credentials", { email, password, ...(askCode ? { code } : {}), redirect: false });
    setPending(false);
    if (!result || result.error) {
      const { reason, message } = parseError(
        !result || result.error === "CredentialsSignin" ? WRONG_CREDENTIALS : result.error!,
      );
      if (reason === "TOTP_REQUIRED") {
        setAskCode(true);
        return;
      }
      setError(message);
      return;
    }
    router.replace(next);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {notice && !askCode ? (
        <p className="alert info" role="status">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p className="alert error" role="alert" data-testid="form-error">
          {error}
        </p>
      ) : null}
      {askCode ? null : (
        <>
          <div className="field">
            <label htmlFor="email">Email</label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="password">Password</label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
        </>
      )}
      {askCode ? (
        <div className="field">
          <label htmlFor="code">Code from your authenticator app</label>
          <input
            id="code"
            name="code"
            autoComplete="one-time-code"
            inputMode="text"
            autoFocus
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <p className="hint">The 6-digit code your app shows now, or one of your recovery codes.</p>
        </div>
      ) : null}
      <button type="submit" className="full" disabled={pending}>
        {pending ? "Signing in…" : askCode ? "Continue" : "Sign in"}
      </button>
    </form>
  );
}
