// The network address a request came from, for throttling. server.ts writes it
// into CLIENT_ADDRESS_HEADER from the TCP connection (or, with TRUST_PROXY, from
// the proxy's X-Forwarded-For), replacing whatever the client sent.
export const CLIENT_ADDRESS_HEADER = "x-mend-client-address";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

export function clientAddressOf(headers: HeaderBag): string {
  const raw = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.trim() || "unknown";
}

/** The address to record for a raw Node request. */
export function resolveClientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy) {
    // The proxy appends the address it saw: the last entry is the one it vouches for.
    const list = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const last = list.at(-1);
    if (last) return last;
  }
  return (remoteAddress ?? "unknown").replace(/^::ffff:/, "");
}
