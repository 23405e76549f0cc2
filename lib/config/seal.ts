// Small secrets that must be readable again later (an email link until it is
// sent, a TOTP secret) are stored sealed: AES-256-GCM under a key derived from
// NEXTAUTH_SECRET and the purpose, so a database dump alone opens nothing.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { env } from "./env";

export type SealPurpose = "mail-link" | "totp-secret";

function key(purpose: SealPurpose): Buffer {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is needed to seal secrets");
  return createHash("sha256").update(`mend-${purpose}:${secret}`).digest();
}

export function seal(purpose: SealPurpose, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** The text, or null when it cannot be opened (scrubbed, tampered with, or sealed under another secret). */
export function unseal(purpose: SealPurpose, sealed: string | null): string | null {
  if (!sealed) return null;
  try {
    const raw = Buffer.from(sealed, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", key(purpose), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
