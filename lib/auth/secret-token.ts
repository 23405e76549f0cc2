// Secrets that travel in URLs (invitation links, calendar feeds). Only their
// SHA-256 is stored: a database leak does not hand out working links.
import { createHash, randomBytes } from "node:crypto";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}
