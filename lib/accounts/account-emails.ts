// Fixed emails about a person's own account. The only variable parts are the
// person's own name and Mend's links (sealed in the outbox).
import { publicUrl } from "@/lib/config/env";
import type { EmailMessage } from "@/lib/mail/send-email";
import { LINK_PLACEHOLDER } from "@/lib/mail/sealed-link";

export function confirmSignUpEmail(to: string, token: string): EmailMessage {
  return {
    to,
    kind: "sign-up-confirm",
    subject: "Confirm your email to finish creating your Mend account",
    link: `${publicUrl()}/signup/confirm/${token}`,
    text: [
      "Hello,",
      "",
      "Someone (we hope you) asked to create a Mend counselor account with this email address.",
      "",
      `To finish, open: ${LINK_PLACEHOLDER}`,
      "",
      "The link works once, for 24 hours. If this was not you, ignore this email: no account is created unless the link is opened.",
    ].join("\n"),
  };
}

export function accountExistsEmail(to: string): EmailMessage {
  return {
    to,
    kind: "sign-up-existing",
    subject: "You already have a Mend account",
    text: [
      "Hello,",
      "",
      "Someone (we hope you) tried to create a Mend account with this email address, which already has one. Nothing was changed.",
      "",
      `To sign in: ${publicUrl()}/login`,
      `Forgotten your password? ${publicUrl()}/forgot-password`,
      "",
      "If this was not you, you can ignore this email.",
    ].join("\n"),
  };
}

export function passwordResetEmail(to: string, token: string): EmailMessage {
  return {
    to,
    kind: "password-reset",
    subject: "Reset your Mend password",
    link: `${publicUrl()}/reset-password/${token}`,
    text: [
      "Hello,",
      "",
      "Someone (we hope you) asked to reset the password of the Mend account for this email address.",
      "",
      `To choose a new password, open: ${LINK_PLACEHOLDER}`,
      "",
      "The link works once, for 1 hour. Choosing a new password signs you out on every device. If this was not you, ignore this email: your password stays as it is.",
    ].join("\n"),
  };
}

export function passwordChangedEmail(to: string): EmailMessage {
  return {
    to,
    kind: "password-changed",
    subject: "Your Mend password was changed",
    text: [
      "Hello,",
      "",
      "The password of your Mend account was just changed, and every device was signed out.",
      "",
      `If this was not you, reset your password at once: ${publicUrl()}/forgot-password`,
    ].join("\n"),
  };
}

/** Two-step sign-in turned on or off, or new recovery codes made: the owner hears of it, whoever did it. */
export function twoFactorChangedEmail(to: string, change: "on" | "off" | "new-codes"): EmailMessage {
  const what = {
    on: "Two-step sign-in was turned on for your Mend account.",
    off: "Two-step sign-in was turned off for your Mend account: signing in now needs only your password.",
    "new-codes": "New recovery codes were made for your Mend account; the old ones no longer work.",
  }[change];
  return {
    to,
    kind: "two-factor-changed",
    subject: change === "off" ? "Two-step sign-in was turned off" : "Your Mend sign-in settings changed",
    text: [
      "Hello,",
      "",
      what,
      "",
      `If this was not you, reset your password at once (${publicUrl()}/forgot-password) and tell your clinic.`,
    ].join("\n"),
  };
}

/** A recovery code was used to sign in: the owner may have lost their phone, or someone has their codes. */
export function recoveryCodeUsedEmail(to: string, left: number): EmailMessage {
  return {
    to,
    kind: "recovery-code-used",
    subject: "A recovery code was used to sign in to Mend",
    text: [
      "Hello,",
      "",
      `A recovery code was just used to sign in to your Mend account. ${left === 1 ? "1 unused code is" : `${left} unused codes are`} left.`,
      `You can make new codes in Settings: ${publicUrl()}/settings`,
      "",
      `If this was not you, reset your password at once (${publicUrl()}/forgot-password) and tell your clinic.`,
    ].join("\n"),
  };
}
