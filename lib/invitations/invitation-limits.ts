// How many invitation emails may go out: per counselor (an account turned to
// spam or email bombing) and per recipient (one inbox flooded by several
// accounts). Pure; counted from InvitationSend rows by the use cases.

export const INVITATION_LIMITS = {
  perCounselorPerHour: 20,
  perCounselorPerDay: 60,
  perRecipientPerDay: 3,
} as const;

export type InvitationCounts = { counselorLastHour: number; counselorLastDay: number; recipientLastDay: number };

export type LimitCheck = { allowed: true } | { allowed: false; message: string };

export function checkInvitationLimits(counts: InvitationCounts): LimitCheck {
  if (counts.recipientLastDay >= INVITATION_LIMITS.perRecipientPerDay) {
    return {
      allowed: false,
      message:
        "This address has received several invitations today. Please wait until tomorrow before sending another.",
    };
  }
  if (counts.counselorLastHour >= INVITATION_LIMITS.perCounselorPerHour) {
    return {
      allowed: false,
      message: `You have sent ${INVITATION_LIMITS.perCounselorPerHour} invitations in the last hour. Please wait a while before sending more.`,
    };
  }
  if (counts.counselorLastDay >= INVITATION_LIMITS.perCounselorPerDay) {
    return {
      allowed: false,
      message: `You have sent ${INVITATION_LIMITS.perCounselorPerDay} invitations today. Please wait until tomorrow before sending more.`,
    };
  }
  return { allowed: true };
}
