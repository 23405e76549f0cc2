// The Socket.IO server: WebSocket only (no sticky sessions needed when scaled
// out), same-origin only, and only for signed-in people.
import { randomUUID } from "node:crypto";
import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { z } from "zod";
import { allowedOrigins, env } from "@/lib/config/env";
import { authenticateHandshake } from "./authenticate-handshake";
import { handleEvent } from "./handle-event";
import { registerRoomHandlers } from "./room-handlers";
import { subscribeToDomainEvents } from "./subscribe-domain-events";
import { attachPostgresAdapter } from "./postgres-adapter";
import { listenForRoomRows } from "./room-rows";
import { watchSignInSessions } from "./watch-sign-in-sessions";
import { SlidingWindowLimiter } from "./rate-limit";
import { eventBucket, eventLimit } from "./event-limits";
import { AppError, toErrorPayload } from "@/lib/errors";
import { warmHotSql } from "@/lib/db/sql";
import { warmUpModeration } from "@/lib/moderation/warm-up";
import {
  CONNECT_ERRORS,
  signInRoom,
  type ClientToServerEvents,
  type InterServerEvents,
  type ServerToClientEvents,
  type SocketData,
} from "./events";

const WhoAmIInput = z.union([z.undefined(), z.null(), z.object({}).strict()]);

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/**
 * With `databaseUrl`, broadcasts reach clients connected to every process sharing that database.
 * `sessionCheckMs` is how often open sockets are checked against their sign-in (SESSION_CHECK_SECONDS).
 */
export async function createRealtimeServer(
  httpServer: HttpServer,
  options: { databaseUrl?: string; sessionCheckMs?: number } = {},
): Promise<{ io: RealtimeServer; rooms: ReturnType<typeof registerRoomHandlers>; close: () => Promise<void> }> {
  const origins = new Set(allowedOrigins());
  const io: RealtimeServer = new Server(httpServer, {
    path: "/socket.io",
    transports: ["websocket"],
    serveClient: false,
    // Larger frames are dropped by the transport: a 2,000-character message is far below this.
    maxHttpBufferSize: 64 * 1024,
    // Other WebSocket upgrades on this port (Next's dev reload channel) are not ours to close.
    destroyUpgrade: false,
  });

  io.use(async (socket, next) => {
    const origin = socket.handshake.headers.origin;
    if (!origin || !origins.has(origin)) return next(new Error(CONNECT_ERRORS.FORBIDDEN_ORIGIN));
    try {
      const identity = await authenticateHandshake(socket.handshake.headers.cookie);
      if (!identity) return next(new Error(CONNECT_ERRORS.UNAUTHENTICATED));
      socket.data.user = identity.user;
      socket.data.authSessionId = identity.authSessionId;
      next();
    } catch (error) {
      console.error("Socket handshake failed", error);
      next(new Error(CONNECT_ERRORS.UNAUTHENTICATED));
    }
  });

  // One limiter per limited event and one shared by all others; each keeps only recent hits.
  const limiters = new Map<string, SlidingWindowLimiter>();
  const limiterFor = (event: string) => {
    const bucket = eventBucket(event);
    let limiter = limiters.get(bucket);
    if (!limiter) {
      const { limit, windowMs } = eventLimit(event);
      limiter = new SlidingWindowLimiter(limit, windowMs);
      limiters.set(bucket, limiter);
    }
    return limiter;
  };
  const sweeper = setInterval(() => limiters.forEach((l) => l.sweep()), 60_000).unref();

  io.on("connection", (socket) => {
    void socket.join(signInRoom(socket.data.authSessionId));
    // Every event a client can send is rate-limited per person (lib/realtime/event-limits.ts).
    socket.use(([event, ...args], next) => {
      if (limiterFor(event).take(`${socket.data.user.id}`)) return next();
      const ack = args.at(-1);
      if (typeof ack === "function")
        ack({
          ok: false,
          error: toErrorPayload(
            new AppError("RATE_LIMITED", "That is too many requests in a short time. Wait a moment and try again.", {
              reason: "RATE_LIMITED",
            }),
          ),
        });
    });
    socket.on(
      "whoami",
      handleEvent(async (payload) => {
        if (!WhoAmIInput.safeParse(payload).success) throw new AppError("INVALID", "That request was not understood.");
        const { id, role, name } = socket.data.user;
        return { userId: id, role, name };
      }),
    );
  });

  const closeAdapter = options.databaseUrl ? await attachPostgresAdapter(io, options.databaseUrl) : async () => {};
  // Scaled out, room messages travel as committed rows, not as adapter broadcasts (room-rows.ts).
  // This server's name on the rows it sends: it delivers them to its own sockets at commit.
  const origin = randomUUID();
  const closeRows = options.databaseUrl ? await listenForRoomRows(io, options.databaseUrl, origin) : async () => {};
  // The room's sends must not wait for connections to open under load (lib/db/sql.ts), nor the first
  // messages after a start for the engine's tables and V8's optimiser (lib/moderation/warm-up.ts).
  await warmHotSql();
  warmUpModeration();
  const rooms = registerRoomHandlers(io, origin);
  const unsubscribe = subscribeToDomainEvents(io, { scaledOut: !!options.databaseUrl });
  const sessions = watchSignInSessions(io, options.sessionCheckMs ?? env().SESSION_CHECK_SECONDS * 1000);
  return {
    io,
    rooms,
    close: async () => {
      sessions.stop();
      clearInterval(sweeper);
      rooms.close();
      unsubscribe();
      await closeRows();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await closeAdapter();
    },
  };
}
