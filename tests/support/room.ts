// A family with a live session, and socket clients for each person in it.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { openRoom } from "@/lib/room/open-room";
import type { Socket } from "socket.io-client";
import type { MessageView } from "@/lib/room/message-view";
import type { ClientPayload } from "@/lib/room/protocol";
import { createFamily, createUser } from "./factories";
import { connected, sessionCookie, type TestClient } from "./realtime";

export async function liveFamily(options: { open?: boolean } = {}) {
  const counselor = await createUser({ role: "COUNSELOR", name: "Maya Reyes" });
  const mom = await createUser({ role: "PARENT", name: "Laura Bennett" });
  const son = await createUser({ role: "TEEN", name: "Sam Bennett" });
  const family = await createFamily({
    counselorId: counselor.id,
    members: [
      { userId: mom.id, role: "PARENT" },
      { userId: son.id, role: "TEEN" },
    ],
  });
  const start = new Date(Date.now() + 5 * 60_000);
  const session = await prisma.session.create({
    data: {
      familyId: family.id,
      counselorId: counselor.id,
      title: "Family session",
      startsAt: start,
      endsAt: new Date(start.getTime() + 50 * 60_000),
      timeZone: "UTC",
    },
  });
  if (options.open !== false) await openRoom({ actor: counselor, sessionId: session.id });
  return { counselor, mom, son, family, sessionId: session.id };
}

type Server = { connect: (options?: { cookie?: string; origin?: string }) => TestClient };

/** A connected client that records every room:message it receives. */
export async function roomClient(server: Server, user: { id: string; role: string; name?: string }) {
  const socket = server.connect({ cookie: await sessionCookie(user) });
  const received: MessageView[] = [];
  socket.on("room:message", ({ message }) => received.push(message));
  await connected(socket);
  return {
    socket,
    received,
    /** The same connection without the typed contract, for sending what a hostile client would. */
    raw: socket as Socket,
    join: (sessionId: string, afterSeq = 0) => socket.emitWithAck("room:join", { sessionId, afterSeq }),
    send: (sessionId: string, text: string, extra: Record<string, unknown> = {}) =>
      socket.emitWithAck("room:send", { sessionId, clientId: randomUUID(), text, ...extra }),
    control: (sessionId: string, action: ClientPayload<"room:control">["action"]) =>
      socket.emitWithAck("room:control", { sessionId, action }),
  };
}

/** A live family with the counselor (Maya), the mother (Laura) and the son (Sam) each connected and joined. */
export async function familyInRoom(server: Server) {
  const world = await liveFamily();
  const maya = await roomClient(server, world.counselor);
  const laura = await roomClient(server, world.mom);
  const sam = await roomClient(server, world.son);
  await Promise.all([maya, laura, sam].map((c) => c.join(world.sessionId)));
  return { ...world, maya, laura, sam };
}
