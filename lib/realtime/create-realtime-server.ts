// The Socket.IO server: WebSocket only (no sticky sessions needed when scaled
// out), same-origin only, and only for signed-in people.
import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { allowedOrigins } from "@/lib/config/env";
import { authenticateHandshake } from "./authenticate-handshake";
import { handleEvent } from "./handle-event";
import { registerRoomHandlers } from "./room-handlers";
import { subscribeToDomainEvents } from "./subscribe-domain-events";
import { attachPostgresAdapter } from "./postgres-adapter";
import { CONNECT_ERRORS, type ClientToServerEvents, type InterServerEvents, type ServerToClientEvents, type SocketData } from "./events";

const WhoAmIInput = z.union([z.undefined(), z.null(), z.object({}).strict()]);

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** With `databaseUrl`, broadcasts reach clients connected to every process sharing that database. */
export async function createRealtimeServer(httpServer: HttpServer, options: { databaseUrl?: string } = {}): Promise<{ io: RealtimeServer; rooms: ReturnType<typeof registerRoomHandlers>; close: () => Promise<void> }> {
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
      const user = await authenticateHandshake(socket.handshake.headers.cookie);
      if (!user) return next(new Error(CONNECT_ERRORS.UNAUTHENTICATED));
      socket.data.user = user;
      next();
    } catch (error) {
      console.error("Socket handshake failed", error);
      next(new Error(CONNECT_ERRORS.UNAUTHENTICATED));
    }
  });

  io.on("connection", (socket) => {
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
  const rooms = registerRoomHandlers(io);
  const unsubscribe = subscribeToDomainEvents(io, { scaledOut: !!options.databaseUrl });
  return {
    io,
    rooms,
    close: async () => {
      rooms.close();
      unsubscribe();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await closeAdapter();
    },
  };
}
