// The requester's address for the audit trail: the same one sign-in throttling
// uses, which server.ts writes into a header from the TCP connection (or, with
// TRUST_PROXY, the proxy's X-Forwarded-For), replacing whatever a client sent.
import { headers } from "next/headers";
import { clientAddressOf } from "@/lib/auth/client-address";

export async function clientIp(): Promise<string | null> {
  const address = clientAddressOf(await headers());
  return address === "unknown" ? null : address;
}
