// What the audit trail records, as dotted names. Client-safe (no I/O): the trail
// page labels them. Add an action here before recording it; the database checks
// only the shape of the name (AuditEvent_action_format).
export const AUDIT_ACTIONS = {
  "note.read": "Read a session note",
  "note.sign": "Signed a session note",
  "note.addendum": "Signed an addendum",
  "note.export": "Exported a session note",
  "transcript.read": "Read a transcript",
  "transcript.export": "Exported a transcript",
  "summary.share": "Shared a family summary",
  "exercise_answer.read": "Read an exercise answer",
  "moderation.approve": "Approved a held message",
  "moderation.reject": "Rejected a held message",
  "moderation.return": "Returned a held message",
  "room.open": "Opened the room",
  "room.coach": "Coached a member privately",
  "room.control": "Room control",
  "room.rules": "Changed the room's rules",
  "room.end": "Ended the session",
  "membership.remove": "Removed a member",
  "invitation.create": "Sent an invitation",
  "invitation.resend": "Resent an invitation",
  "invitation.revoke": "Revoked an invitation",
  "invitation.accept": "Accepted an invitation",
  "family.archive": "Archived the family",
  "session.archive": "Archived a session",
  "audit.export": "Exported the audit trail",
  "auth.sign_in": "Signed in",
  "auth.sign_out": "Signed out",
  "auth.sign_in_failed": "Failed sign-in",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function describeAuditAction(action: string): string {
  return action in AUDIT_ACTIONS ? AUDIT_ACTIONS[action as AuditAction] : action;
}
