import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SignUpForm } from "@/components/sign-up-form";
import { timeZoneOptions } from "@/lib/validation/time-zones";

export const metadata: Metadata = { title: "Create a counselor account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <div className="narrow">
      <div className="card">
        <h1>Create your counselor account</h1>
        <p className="muted">Set up Mend for your practice. You will invite the families you work with afterwards.</p>
        <SignUpForm timeZones={timeZoneOptions()} />
      </div>
      <p className="muted">
        Already have an account? <Link href="/login">Sign in</Link>.
      </p>
    </div>
  );
}
