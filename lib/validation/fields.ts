// Field schemas shared by forms, route handlers and domain functions, so a
// field means the same thing everywhere.
import { z } from "zod";

export const EmailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

// Control characters, bidirectional overrides, zero-width and other invisible
// formatting characters can reorder or hide what a name or title shows (and
// forge lines in emails and calendar files): refused wherever a name is typed.
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
// Names appear in emails Mend sends; a link there could pass for Mend's own.
const LINK_LIKE = /(:\/\/|\bwww\.|\b[a-z0-9-]+\.(com|org|net|io|co|info|app|link|xyz)\b)/i;

export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN_CHARACTERS.test(text);
}

/** A one-line name or title as people type it: no invisible characters; optionally no links. */
export function plainLine(options: { required: string; max: number; tooLong: string; allowLinks?: boolean }) {
  return z
    .string({ error: options.required })
    .trim()
    .min(1, options.required)
    .max(options.max, options.tooLong)
    .refine((v) => !hasHiddenCharacters(v), "Remove the invisible or control characters from this text.")
    .refine((v) => options.allowLinks || !LINK_LIKE.test(v), "Leave web addresses out of names.");
}

// In free text (room messages, notes) line breaks and tabs are fine, and so are
// emoji joiners; control characters and bidirectional overrides are not: they
// can hide or reorder what the transcript shows (and PostgreSQL refuses U+0000).
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

export function hasUnsafeTextCharacters(text: string): boolean {
  return UNSAFE_IN_TEXT.test(text);
}

/** Optional free text: trimmed, at most `max` characters, empty becomes null. */
export function optionalText(max: number, message: string) {
  return z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null);
}

/** An HTML checkbox sends "on" when ticked and nothing otherwise. */
export const CheckboxField = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const PersonNameSchema = plainLine({
  required: "Enter your name.",
  max: 100,
  tooLong: "Use at most 100 characters for your name.",
});

/** The name a counselor types for someone they invite: the message speaks of them, not of the counselor. */
export const InviteeNameSchema = plainLine({
  required: "Enter the name of the person you are inviting.",
  max: 100,
  tooLong: "Use at most 100 characters for their name.",
});

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z
  .string({ error: "Choose a time zone." })
  .trim()
  .refine(isValidTimeZone, "Choose a time zone from the list, like Europe/London.");

// The password entered at sign-in is only checked for presence: its rules are
// enforced when it is chosen (lib/auth/password-strength.ts).
export const SignInPasswordSchema = z
  .string({ error: "Enter your password." })
  .min(1, "Enter your password.")
  .max(200, "That password is too long.");
