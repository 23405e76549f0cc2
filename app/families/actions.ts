"use server";

import { requireSessionActor } from "@/lib/auth/session-actor";
import { formValues, runAction, type ActionResult } from "@/lib/http/action-result";
import { createFamily } from "@/lib/families/create-family";
import { removeMember } from "@/lib/families/remove-member";
import { inviteMember } from "@/lib/invitations/invite-member";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";

export async function createFamilyAction(form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const { id } = await createFamily({ actor: await requireSessionActor(), input: formValues(form) });
    return { redirectTo: `/families/${id}` };
  });
}

export async function inviteMemberAction(familyId: string, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const values = formValues(form);
    await inviteMember({ actor: await requireSessionActor(), familyId, input: values });
    return { message: `Invitation sent to ${values.email?.trim()}.` };
  });
}

export async function resendInvitationAction(invitationId: string): Promise<ActionResult> {
  return runAction(async () => {
    await resendInvitation({ actor: await requireSessionActor(), invitationId });
    return { message: "A new link was sent; the old one no longer works." };
  });
}

export async function revokeInvitationAction(invitationId: string): Promise<ActionResult> {
  return runAction(async () => {
    await revokeInvitation({ actor: await requireSessionActor(), invitationId });
  });
}

export async function removeMemberAction(familyId: string, userId: string): Promise<ActionResult> {
  return runAction(async () => {
    await removeMember({ actor: await requireSessionActor(), familyId, userId });
  });
}
