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

export const PersonNameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters for your name.");

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
export const SignInPasswordSchema = z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200, "That password is too long.");
