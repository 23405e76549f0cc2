// The requester's IP for the audit trail. server.ts writes it into this header
// from the TCP socket on every request (overwriting anything a client sent), so
// pages, actions and route handlers read it the same way.
import { headers } from "next/headers";
import { CLIENT_IP_HEADER } from "./client-ip-header";

export async function clientIp(): Promise<string | null> {
  return (await headers()).get(CLIENT_IP_HEADER) || null;
}
