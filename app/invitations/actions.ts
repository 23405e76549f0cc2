"use server";

import { requireSessionActor } from "@/lib/auth/session-actor";
import { formValues, runAction, type ActionResult } from "@/lib/http/action-result";
import { acceptInvitationAsNewUser, acceptInvitationAsUser } from "@/lib/invitations/accept-invitation";

export async function acceptAsNewUserAction(token: string, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await acceptInvitationAsNewUser({ token, input: formValues(form) });
  });
}

export async function acceptAsUserAction(token: string): Promise<ActionResult> {
  return runAction(async () => {
    await acceptInvitationAsUser({ actor: await requireSessionActor(), token });
    return { redirectTo: "/" };
  });
}
