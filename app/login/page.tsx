import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/config/env";
import { idleSeconds } from "@/lib/auth/auth-options";
import { LoginForm } from "@/components/login-form";
import { safeNextPath } from "@/lib/http/safe-next-path";
import { expiredWhileAway, LAST_ACTIVITY_COOKIE } from "@/lib/auth/last-activity";

export const metadata: Metadata = { title: "Sign in" };

function idleNotice(): string {
  const minutes = env().SESSION_IDLE_MINUTES;
  const span = minutes >= 1 ? `${Math.round(minutes)} minute${Math.round(minutes) === 1 ? "" : "s"}` : "a short while";
  return `You were signed out after ${span} without activity, to keep your family's information private. Sign in again to continue.`;
}

const NOTICES = {
  "signed-out": "You have signed out.",
  "signed-out-everywhere": "You have signed out on every device.",
  confirmed: "Your email is confirmed and your account is ready. Sign in to start.",
  "password-reset": "Your password has been changed and every device was signed out. Sign in with your new password.",
  "password-changed": "Your password has been changed and every device was signed out. Sign in with your new password.",
} as const;

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { reason, next } = await searchParams;
  const target = safeNextPath(next);
  if (await getCurrentUser()) redirect(target);
  const lastActivity = (await cookies()).get(LAST_ACTIVITY_COOKIE)?.value;
  const idle = reason === "idle" || (reason === undefined && expiredWhileAway(lastActivity, idleSeconds()));
  const notice = idle
    ? idleNotice()
    : typeof reason === "string" && reason in NOTICES
      ? NOTICES[reason as keyof typeof NOTICES]
      : null;
  return (
    <div className="narrow">
      <div className="card">
        <h1>Sign in to Mend</h1>
        <LoginForm notice={notice} next={target} />
      </div>
      <p className="muted">
        <Link href="/forgot-password">Forgotten your password?</Link> New counselor?{" "}
        <Link href="/signup">Create your account</Link>. Parents and teens join through the invitation their counselor
        sends.
      </p>
    </div>
  );
}
