// Scaled out, the room's committed messages reach every process's sockets
// through one LISTEN per process instead of the adapter's NOTIFY per broadcast
// (docs/decisions/019-batched-room-sends.md). Right after a batch commits, its
// process announces the rows with one pg_notify statement per turn
// (send-batch.ts); every other process delivers them to its local sockets (the
// sender's process delivered them to its own at commit and skips its own
// announcements). A notification missed during a reconnect loses nothing:
// clients catch up by seq.
import postgres from "postgres";
import { z } from "zod";
import { RoomMessageKind } from "@/lib/db/generated/enums";
import type { Prisma } from "@/lib/db/generated/client";
import { hotSql } from "@/lib/db/sql";
import { reportUnlessShuttingDown } from "@/lib/process/shutdown";
import { announceCommittedRows, announcementPrefix, ROOM_ROWS_CHANNEL } from "@/lib/room/send-batch";
import type { StoredMessage } from "@/lib/room/room-store";
import type { RealtimeServer } from "./create-realtime-server";
import { deliverMessage } from "./room-delivery";

const Json = z.custom<Prisma.JsonValue>(() => true);
const Row = z.object({
  id: z.string(),
  sessionId: z.string(),
  seq: z.number().int(),
  kind: z.enum(RoomMessageKind),
  senderId: z.string().nullable(),
  clientId: z.string().nullable(),
  text: z.string(),
  recipientId: z.string().nullable(),
  data: Json.nullable(),
  moderation: Json.nullable(),
  createdAt: z.coerce.date(),
});
/**
 * The row itself, or (past PostgreSQL's payload limit) its id to read. `c`: the room's counselor, for the
 * audience; `p`: the announcing process.
 */
const Announcement = z.union([
  z.object({ p: z.string(), c: z.string(), m: Row }),
  z.object({ p: z.string(), c: z.string(), id: z.string() }),
]);

/** `origin`: this server's name in announcements (BatchedSend.origin); the rows it sent it delivered itself. */
export async function listenForRoomRows(
  io: RealtimeServer,
  databaseUrl: string,
  origin: string,
): Promise<() => Promise<void>> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const own = announcementPrefix(origin);
  const deliver = async (payload: string) => {
    // This server delivered its own rows to its sockets at commit (room-delivery.ts): no second decode.
    if (payload.startsWith(own)) return;
    const parsed = Announcement.safeParse(JSON.parse(payload));
    if (!parsed.success)
      return reportUnlessShuttingDown("[realtime] unreadable room row announcement", parsed.error.message);
    const announced = parsed.data;
    const message: StoredMessage | undefined = "m" in announced ? announced.m : await readRow(announced.id);
    if (message) deliverMessage(io.local, message, announced.c);
  };
  const { unlisten } = await sql.listen(
    ROOM_ROWS_CHANNEL,
    (payload) =>
      void deliver(payload).catch((error: unknown) =>
        reportUnlessShuttingDown("[realtime] delivering an announced row failed", error),
      ),
  );
  const stopAnnouncing = announceCommittedRows();
  return async () => {
    stopAnnouncing();
    await unlisten().catch(() => {});
    await sql.end({ timeout: 1 });
  };
}

async function readRow(id: string): Promise<StoredMessage | undefined> {
  const sql = hotSql();
  const [row] = await sql<StoredMessage[]>`
    SELECT "id", "sessionId", "seq", "kind"::text AS "kind", "senderId", "clientId", "text", "recipientId", "data", "moderation", "createdAt"
    FROM "RoomMessage" WHERE "id" = ${id}`;
  return row;
}
