import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findInvitation } from "@/lib/invitations/find-invitation";
import { timeZoneOptions } from "@/lib/validation/time-zones";
import { ActionForm } from "@/components/form/action-form";
import { AcceptInvitationForm } from "@/components/accept-invitation-form";
import { acceptAsNewUserAction, acceptAsUserAction } from "../actions";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };

const ROLE = { PARENT: "a parent", TEEN: "a teen" } as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitation({ token });
  const user = await getCurrentUser();
  if (!invitation.usable) {
    return (
      <div className="narrow">
        <div className="card">
          <h1>Invitation</h1>
          <p className="alert error" data-testid="invitation-unusable">
            {invitation.message}
          </p>
          {/* A used link is often an old email opened to get back to Mend: the way in is signing in, or, already
              signed in, the home page (nothing here says whose link it was). */}
          {user ? (
            <p data-testid="invitation-signed-in">
              You are signed in as {user.name}. <Link href="/">Go to your home page</Link>.
            </p>
          ) : (
            <p>
              Already have an account? <Link href="/login">Sign in to Mend</Link>.
            </p>
          )}
        </div>
      </div>
    );
  }
  const signedInAsInvitee = user?.email === invitation.email;
  return (
    <div className="narrow">
      <div className="card">
        <h1>Join {invitation.familyName}</h1>
        <p>
          {invitation.counselorName} invited you to Mend as {ROLE[invitation.role]} in{" "}
          <strong>{invitation.familyName}</strong>.
        </p>
        {invitation.hasAccount ? (
          signedInAsInvitee ? (
            <ActionForm
              action={acceptAsUserAction.bind(null, token)}
              submitLabel={`Join ${invitation.familyName}`}
              className="full"
            >
              {null}
            </ActionForm>
          ) : (
            <p>
              You already have an account for {invitation.email}.{" "}
              <Link href={`/login?next=${encodeURIComponent(`/invitations/${token}`)}`}>
                Sign in{user ? " with that account" : ""} to accept
              </Link>
              .
            </p>
          )
        ) : (
          <>
            <p className="muted">Create your own account for {invitation.email}. Only you will know its password.</p>
            <AcceptInvitationForm
              action={acceptAsNewUserAction.bind(null, token)}
              email={invitation.email}
              defaultName={invitation.name}
              timeZones={timeZoneOptions()}
            />
          </>
        )}
      </div>
    </div>
  );
}
