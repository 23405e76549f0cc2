// Secret links in the outbox (invitations, sign-up confirmations, password
// resets) are never stored in the clear: the body holds LINK_PLACEHOLDER and
// the link itself is sealed with AES-256-GCM under a key derived from
// NEXTAUTH_SECRET, only until it has been sent (docs/decisions/011-*).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { env } from "@/lib/config/env";

export const LINK_PLACEHOLDER = "{{secret-link}}";
const GONE = "[this link is no longer available]";

function key(): Buffer {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is needed to seal email links");
  return createHash("sha256").update(`mend-mail-link:${secret}`).digest();
}

export function sealLink(link: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(link, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** The link, or null when it cannot be opened (scrubbed, or sealed under another secret). */
export function unsealLink(sealed: string | null): string | null {
  if (!sealed) return null;
  try {
    const raw = Buffer.from(sealed, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", key(), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** The body as the recipient reads it. */
export function renderEmailText(email: { text: string; sealedLink: string | null }): string {
  return email.text.replaceAll(LINK_PLACEHOLDER, unsealLink(email.sealedLink) ?? GONE);
}
