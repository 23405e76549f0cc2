// Time-based one-time codes (RFC 6238, what authenticator apps show) through
// otplib, and one-time recovery codes. A code is accepted once: the time step
// it belongs to is remembered (User.totpLastStep).
import { randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import { hashToken } from "./secret-token";

export const TOTP_ISSUER = "Mend";
export const RECOVERY_CODE_COUNT = 10;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/**
 * A code as an authenticator app shows it, or as it arrives pasted: "123 456",
 * "123-456" and a stray tab are the same six digits. Null if it is not six digits.
 */
export function compactTotpCode(code: string): string | null {
  const compact = code.replace(/[\s-]+/g, "");
  return /^\d{6}$/.test(compact) ? compact : null;
}

/** The time step of a valid, not yet used code, or null. One step of clock drift either way is allowed. */
export async function acceptTotpCode(options: {
  secret: string;
  code: string;
  lastStep: number | null;
  now: Date;
}): Promise<number | null> {
  if (!/^\d{6}$/.test(options.code)) return null;
  const result = await verify({
    secret: options.secret,
    token: options.code,
    epoch: Math.floor(options.now.getTime() / 1000),
    epochTolerance: 30,
    ...(options.lastStep !== null ? { afterTimeStep: options.lastStep } : {}),
  }).catch(() => ({ valid: false as const }));
  if (!result.valid) return null;
  // otplib's TOTP result carries the step it matched; its shared type (HOTP or TOTP) does not say so.
  return "timeStep" in result && typeof result.timeStep === "number" ? result.timeStep : null;
}

/** Codes like "k7mq2-x9d4r", easy to read out and type. */
export function newRecoveryCodes(): string[] {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function normaliseRecoveryCode(code: string): string {
  return code.trim().toLowerCase().replace(/\s+/g, "");
}

export function hashRecoveryCode(code: string): string {
  return hashToken(`recovery:${normaliseRecoveryCode(code)}`);
}
