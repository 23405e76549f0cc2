// The invitation email: a fixed template. What the counselor typed (their own
// name, the family's, the invitee's) appears only as labelled one-line values
// (names refuse links and control characters, lib/validation/fields.ts), never
// in the subject and never as a sentence of Mend's, so it cannot read as a
// message from the system.
import { DateTime } from "luxon";
import { publicUrl } from "@/lib/config/env";
import type { EmailMessage } from "@/lib/mail/send-email";
import { LINK_PLACEHOLDER } from "@/lib/mail/sealed-link";

export function invitationLink(token: string): string {
  return `${publicUrl()}/invitations/${token}`;
}

export const INVITATION_SUBJECT = "Your invitation to join your family on Mend";

export function invitationEmail(input: {
  to: string;
  inviteeName: string;
  counselorName: string;
  familyName: string;
  role: "PARENT" | "TEEN";
  token: string;
  expiresAt: Date;
}): EmailMessage {
  const expires = DateTime.fromJSDate(input.expiresAt, { zone: "UTC" }).toFormat("cccc d LLLL yyyy");
  return {
    to: input.to,
    kind: "invitation",
    subject: INVITATION_SUBJECT,
    link: invitationLink(input.token),
    text: [
      "Hello,",
      "",
      "A counselor has invited you to Mend, where your family's counseling sessions take place.",
      "",
      "Details entered by the counselor:",
      `  Invitation for: ${input.inviteeName}`,
      `  Counselor:      ${input.counselorName}`,
      `  Family case:    ${input.familyName}`,
      `  Joining as:     ${input.role === "PARENT" ? "parent" : "teen"}`,
      "",
      `To accept, open: ${LINK_PLACEHOLDER}`,
      "",
      `The link works once and expires on ${expires}. If you were not expecting this email, ignore it: nothing happens unless the link is opened.`,
      "Mend never asks for your password, payment or any verification by email.",
    ].join("\n"),
  };
}
