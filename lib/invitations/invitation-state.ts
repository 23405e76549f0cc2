// Where an invitation stands, and what to tell someone who opens its link. Pure.
export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt <= now) return "expired";
  return "pending";
}

export const UNUSABLE_LINK_MESSAGE: Record<Exclude<InvitationState, "pending"> | "unknown", string> = {
  unknown:
    "This invitation link is not valid. Check that you opened the whole link from the email, or ask your counselor to send a new one.",
  expired: "This invitation has expired. Ask your counselor to send you a new one.",
  accepted: "This invitation has already been used. Each link works only once.",
  revoked: "This invitation was withdrawn by your counselor. Ask them for a new one if you still need it.",
};
