import { DateTime } from "luxon";
import { publicUrl } from "@/lib/config/env";
import type { EmailMessage } from "@/lib/mail/send-email";

export function invitationLink(token: string): string {
  return `${publicUrl()}/invitations/${token}`;
}

export function invitationEmail(input: { to: string; inviteeName: string; counselorName: string; familyName: string; token: string; expiresAt: Date }): EmailMessage {
  const expires = DateTime.fromJSDate(input.expiresAt, { zone: "UTC" }).toFormat("cccc d LLLL yyyy");
  return {
    to: input.to,
    kind: "invitation",
    subject: `${input.counselorName} invited you to Mend`,
    text: [
      `Hi ${input.inviteeName},`,
      "",
      `${input.counselorName} has invited you to join "${input.familyName}" on Mend, where your family's counseling sessions take place.`,
      "",
      `Accept the invitation: ${invitationLink(input.token)}`,
      "",
      `This link works once and expires on ${expires}. If you were not expecting it, you can ignore this email.`,
    ].join("\n"),
  };
}
