// Secret links in the outbox (invitations, sign-up confirmations, password
// resets) are never stored in the clear: the body holds LINK_PLACEHOLDER and
// the link itself is sealed (lib/config/seal.ts) only until it has been sent
// (docs/decisions/014-email-delivery-and-links-at-rest.md).
import { seal, unseal } from "@/lib/config/seal";

export const LINK_PLACEHOLDER = "{{secret-link}}";
const GONE = "[this link is no longer available]";

export function sealLink(link: string): string {
  return seal("mail-link", link);
}

export function unsealLink(sealed: string | null): string | null {
  return unseal("mail-link", sealed);
}

/** The body as the recipient reads it. */
export function renderEmailText(email: { text: string; sealedLink: string | null }): string {
  return email.text.replaceAll(LINK_PLACEHOLDER, unsealLink(email.sealedLink) ?? GONE);
}
