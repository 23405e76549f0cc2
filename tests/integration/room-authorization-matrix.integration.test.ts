// Every live-room event, tried by every kind of person, through a real socket
// server. Outsiders (another family's member or counselor, a member removed
// from this family) get exactly what a made-up session id gets and change
// nothing; members get FORBIDDEN for the counselor's tools; a signed-out
// browser cannot even connect.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { removeMember } from "@/lib/families/remove-member";
import { createFamily, createUser } from "../support/factories";
import { connected, realtimeServerPerTest } from "../support/realtime";
import { liveFamily, roomClient } from "../support/room";

const realtime = realtimeServerPerTest();
const MADE_UP = "cl000000000000000000000000";

type World = Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld() {
  const live = await liveFamily();
  const removed = await createUser({ role: "TEEN", name: "Former Member" });
  await prisma.familyMember.create({ data: { familyId: live.family.id, userId: removed.id, role: "TEEN" } });
  await removeMember({ actor: live.counselor, familyId: live.family.id, userId: removed.id });
  const otherCounselor = await createUser({ role: "COUNSELOR" });
  const otherParent = await createUser({ role: "PARENT" });
  await createFamily({ counselorId: otherCounselor.id, members: [{ userId: otherParent.id, role: "PARENT" }] });
  // Something waiting for the counselor, so deciding it is a real target.
  const held = await prisma.heldMessage.create({
    data: {
      sessionId: live.sessionId,
      senderId: live.son.id,
      clientId: randomUUID(),
      kind: "MESSAGE",
      text: "I'll make you pay.",
      findings: {},
    },
  });
  return { ...live, removed, otherCounselor, otherParent, heldId: held.id };
}

// Each event with a payload aimed at a session (real or made up), and whether only the counselor may use it.
const EVENTS = {
  "room:join": { counselorOnly: false, payload: (w: World, sessionId: string) => ({ sessionId }) },
  "room:leave": { counselorOnly: false, payload: (w: World, sessionId: string) => ({ sessionId }) },
  "room:send": {
    counselorOnly: false,
    payload: (w: World, sessionId: string) => ({ sessionId, clientId: randomUUID(), text: "Hello from here." }),
  },
  "room:break": { counselorOnly: false, payload: (w: World, sessionId: string) => ({ sessionId }) },
  "room:control (raise hand)": {
    event: "room:control",
    counselorOnly: false,
    payload: (w: World, sessionId: string) => ({ sessionId, action: { type: "RAISE_HAND" } }),
  },
  "room:control (pause)": {
    event: "room:control",
    counselorOnly: true,
    payload: (w: World, sessionId: string) => ({ sessionId, action: { type: "PAUSE" } }),
  },
  "room:coach": {
    counselorOnly: true,
    payload: (w: World, sessionId: string) => ({
      sessionId,
      clientId: randomUUID(),
      userId: w.son.id,
      text: "Try an I-statement.",
    }),
  },
  "room:moderate": {
    counselorOnly: true,
    payload: (w: World, sessionId: string) => ({ sessionId, heldId: w.heldId, decision: "REJECT" }),
  },
  "room:rules": {
    counselorOnly: true,
    payload: (w: World, sessionId: string) => ({ sessionId, rules: { preset: "strict" } }),
  },
  "room:stats": { counselorOnly: true, payload: (w: World, sessionId: string) => ({ sessionId }) },
  "room:private": {
    counselorOnly: false,
    payload: (w: World, sessionId: string) => ({
      sessionId,
      clientId: randomUUID(),
      text: "I can't say this in front of Mom.",
    }),
  },
  // Only the sender of a held message may take it back; checked on its own below.
  "room:withdraw": {
    counselorOnly: false,
    ownOnly: true,
    payload: (w: World, sessionId: string) => ({ sessionId, heldId: w.heldId }),
  },
  "room:end": { counselorOnly: true, payload: (w: World, sessionId: string) => ({ sessionId }) },
} as const satisfies Record<
  string,
  { event?: string; counselorOnly: boolean; ownOnly?: boolean; payload: (w: World, sessionId: string) => object }
>;

type EventName = keyof typeof EVENTS;
const eventOf = (name: EventName) => ("event" in EVENTS[name] ? EVENTS[name].event : name) as string;

async function roomRows(sessionId: string) {
  const [messages, held, state] = await Promise.all([
    prisma.roomMessage.findMany({ where: { sessionId }, orderBy: { seq: "asc" } }),
    prisma.heldMessage.findMany({ where: { sessionId }, orderBy: { id: "asc" } }),
    prisma.roomState.findUnique({ where: { sessionId } }),
  ]);
  return { messages, held, state };
}

async function emitAs(user: { id: string; role: string }, name: EventName, payload: object) {
  const client = await roomClient(realtime.server(), user);
  return client.raw.emitWithAck(eventOf(name), payload);
}

describe("room authorization matrix", () => {
  let world: World;
  beforeEach(async () => {
    world = await buildWorld();
  });

  const outsiders = ["another counselor", "a member of another family", "a member removed from this family"] as const;
  const outsider = (who: (typeof outsiders)[number]) =>
    ({
      "another counselor": world.otherCounselor,
      "a member of another family": world.otherParent,
      "a member removed from this family": world.removed,
    })[who];

  for (const name of Object.keys(EVENTS) as EventName[]) {
    it(`${name}: every outsider gets what a made-up session gets, and nothing changes`, async () => {
      const before = await roomRows(world.sessionId);
      for (const who of outsiders) {
        const real = await emitAs(outsider(who), name, EVENTS[name].payload(world, world.sessionId));
        const made = await emitAs(outsider(who), name, EVENTS[name].payload(world, MADE_UP));
        expect(real, `${who} on ${name}`).toEqual({
          ok: false,
          error: { code: "NOT_FOUND", message: "We could not find that session." },
        });
        expect(made, `${who} on a made-up session`).toEqual(real);
      }
      expect(await roomRows(world.sessionId)).toEqual(before);
    });

    if ("ownOnly" in EVENTS[name]) continue;
    it(`${name}: ${EVENTS[name].counselorOnly ? "members are told it is not theirs; the counselor may" : "the counselor and both members may"}`, async () => {
      for (const member of [world.mom, world.son]) {
        const reply = await emitAs(member, name, EVENTS[name].payload(world, world.sessionId));
        if (EVENTS[name].counselorOnly)
          expect(reply, `${member.name} on ${name}`).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
        // Allowed means past access: the floor may still say "not now" (raising a hand in open mode).
        else expect(reply.ok ? "ok" : reply.error.code, `${member.name} on ${name}`).toMatch(/^(ok|CONFLICT)$/);
      }
      if (EVENTS[name].counselorOnly)
        expect(await emitAs(world.counselor, name, EVENTS[name].payload(world, world.sessionId))).toMatchObject({
          ok: true,
        });
    });
  }

  it("room:withdraw: only the sender takes back their held message; the counselor and the other member find nothing to take", async () => {
    const payload = EVENTS["room:withdraw"].payload(world, world.sessionId);
    for (const other of [world.mom, world.counselor]) {
      expect(await emitAs(other, "room:withdraw", payload)).toEqual({
        ok: false,
        error: { code: "NOT_FOUND", message: "That message is no longer waiting." },
      });
    }
    expect(await emitAs(world.son, "room:withdraw", payload)).toEqual({ ok: true, data: { heldId: world.heldId } });
    // Kept in the counselor's record, marked withdrawn, never deleted.
    expect(
      await prisma.heldMessage.findUnique({ where: { id: world.heldId }, select: { status: true, text: true } }),
    ).toEqual({ status: "WITHDRAWN", text: "I'll make you pay." });
    expect(await emitAs(world.son, "room:withdraw", payload)).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });

  it("a signed-out browser cannot open a socket at all", async () => {
    const client = realtime.server().connect();
    await expect(connected(client)).rejects.toThrow("UNAUTHENTICATED");
  });
});
