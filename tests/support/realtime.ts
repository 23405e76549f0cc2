// A real Socket.IO server on a real port, and real clients that present a
// next-auth session cookie the way a browser does.
import { createServer } from "node:http";
import { afterEach, beforeEach } from "vitest";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { createRealtimeServer } from "@/lib/realtime/create-realtime-server";
import { sessionCookieName } from "@/lib/auth/auth-options";
import { startAuthSession } from "@/lib/auth/auth-sessions";
import { publicUrl } from "@/lib/config/env";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export async function startRealtimeServer(options: { databaseUrl?: string; sessionCheckMs?: number } = {}) {
  const http = createServer();
  const realtime = await createRealtimeServer(http, options);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const clients: TestClient[] = [];
  return {
    url,
    connect(options: { cookie?: string; origin?: string } = {}): TestClient {
      const headers: Record<string, string> = { origin: options.origin ?? new URL(publicUrl()).origin };
      if (options.cookie) headers.cookie = options.cookie;
      const client: TestClient = connect(url, {
        transports: ["websocket"],
        extraHeaders: headers,
        reconnection: false,
        forceNew: true,
      });
      clients.push(client);
      return client;
    },
    memory: () => realtime.rooms.memory(),
    sweep: (now?: number) => realtime.rooms.sweep(now),
    async close() {
      clients.forEach((c) => c.disconnect());
      await realtime.close();
    },
  };
}

/** A cookie as the browser holds it after signing in: a JWT naming a new server-side session. */
export async function sessionCookie(
  user: { id: string; role: string; name?: string },
  options: { maxAge?: number; secret?: string } = {},
) {
  return (await signedInCookie(user, options)).cookie;
}

/** The cookie and the secret of its session (to end it, or to find its row: hashToken(sid)). */
export async function signedInCookie(
  user: { id: string; role: string; name?: string },
  options: { maxAge?: number; secret?: string } = {},
) {
  const sid = await startAuthSession(user.id);
  const token = await encode({
    token: { sub: user.id, role: user.role as "COUNSELOR", name: user.name, sid },
    secret: options.secret ?? process.env.NEXTAUTH_SECRET!,
    maxAge: options.maxAge ?? 60,
  });
  return { cookie: `${sessionCookieName()}=${token}`, sid };
}

/** Resolves when the client connects; rejects with the server's refusal reason. */
export function connected(client: TestClient): Promise<void> {
  return new Promise((resolve, reject) => {
    client.once("connect", () => resolve());
    client.once("connect_error", (error) => reject(error));
  });
}

/** A fresh realtime server for each test of the calling file; `server()` is the current one. */
export function realtimeServerPerTest(options: { databaseUrl?: string; sessionCheckMs?: number } = {}) {
  let current: Awaited<ReturnType<typeof startRealtimeServer>> | undefined;
  beforeEach(async () => {
    current = await startRealtimeServer(options);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    server: () => current!,
    /** Replaces the current server (a restart). */
    restart: async () => {
      await current?.close();
      current = await startRealtimeServer(options);
      return current;
    },
  };
}
