// A member's private line to the counselor and taking back a held message,
// through a real Socket.IO server with one client per person.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { endRoom } from "@/lib/room/end-room";
import { getTranscript } from "@/lib/transcript/get-transcript";
import { realtimeServerPerTest } from "../support/realtime";
import { familyInRoom } from "../support/room";

const realtime = realtimeServerPerTest();

/** Resolves once the client has received the room message with this seq. */
async function until<T>(read: () => T | undefined): Promise<T> {
  for (;;) {
    const found = read();
    if (found !== undefined) return found;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe("the private line to the counselor", () => {
  it("reaches the counselor in full; the other member gets only a stub in the sequence; the sender sees it was received", async () => {
    const { sessionId, counselor, son, maya, laura, sam } = await familyInRoom(realtime.server());
    const reply = await sam.socket.emitWithAck("room:private", {
      sessionId,
      clientId: randomUUID(),
      text: "I can't say this in front of Mom.",
    });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const seq = reply.data.seq;

    const toCounselor = await until(() => maya.received.find((m) => m.seq === seq));
    expect(toCounselor).toMatchObject({
      kind: "PRIVATE",
      senderId: son.id,
      recipientId: counselor.id,
      text: "I can't say this in front of Mom.",
    });
    expect(await until(() => sam.received.find((m) => m.seq === seq))).toMatchObject({
      kind: "PRIVATE",
      text: "I can't say this in front of Mom.",
    });
    expect(await until(() => laura.received.find((m) => m.seq === seq))).toEqual({ seq, kind: "HIDDEN" });
    expect(JSON.stringify(laura.received)).not.toContain("in front of Mom");

    // After a reload the mother still gets only the stub; the line is kept in the record.
    const rejoin = await laura.join(sessionId);
    expect(rejoin.ok && rejoin.data.messages.find((m) => m.seq === seq)).toEqual({ seq, kind: "HIDDEN" });
    expect(
      await prisma.roomMessage.findFirst({ where: { sessionId, seq }, select: { kind: true, recipientId: true } }),
    ).toEqual({ kind: "PRIVATE", recipientId: counselor.id });
  });

  it("words about self-harm on the private line take the safety path: crisis lines for the sender, an urgent alert for the counselor, nothing for the parent", async () => {
    const { sessionId, son, maya, laura, sam } = await familyInRoom(realtime.server());
    const alerts: unknown[] = [];
    const parentAlerts: unknown[] = [];
    maya.socket.on("room:safety-alert", (payload) => alerts.push(payload));
    laura.socket.on("room:safety-alert", (payload) => parentAlerts.push(payload));
    const line = { sessionId, clientId: randomUUID(), text: "i dont want to be alive anymore, please dont tell mom" };
    const reply = await sam.socket.emitWithAck("room:private", line);
    expect(reply).toMatchObject({ ok: true, data: { safety: { resources: expect.stringContaining("988") } } });
    if (!reply.ok) return;
    await expect
      .poll(() => alerts)
      .toEqual([{ sessionId, alert: { userId: son.id, heldId: reply.data.id, text: line.text } }]);
    expect(await until(() => laura.received.find((m) => m.seq === reply.data.seq))).toEqual({
      seq: reply.data.seq,
      kind: "HIDDEN",
    });
    expect(parentAlerts).toEqual([]);
    // Kept for the record as a safety-path line; a resend answers the same, with no second alert.
    const stored = await prisma.roomMessage.findUniqueOrThrow({ where: { id: reply.data.id } });
    expect(stored.moderation).toMatchObject({
      safety: true,
      findings: [expect.objectContaining({ category: "SELF_HARM" })],
    });
    expect(await sam.socket.emitWithAck("room:private", line)).toMatchObject({ ok: true, data: { safety: {} } });
    // An ordinary private line carries no crisis lines.
    const calm = await sam.socket.emitWithAck("room:private", {
      sessionId,
      clientId: randomUUID(),
      text: "Can we stop soon?",
    });
    expect(calm.ok && "safety" in calm.data).toBe(false);
    expect(alerts).toHaveLength(1);
  });

  it("stays out of the other member's transcript and exports, and in the counselor's", async () => {
    const { sessionId, counselor, mom, son, sam } = await familyInRoom(realtime.server());
    const reply = await sam.socket.emitWithAck("room:private", {
      sessionId,
      clientId: randomUUID(),
      text: "Mom reads my texts, I can't say it here.",
    });
    expect(reply.ok).toBe(true);
    const text = (items: unknown) => JSON.stringify(items);
    expect(text((await getTranscript({ actor: counselor, sessionId })).items)).toContain("Mom reads my texts");
    expect(text((await getTranscript({ actor: son, sessionId })).items)).toContain("Mom reads my texts");
    const mothers = await getTranscript({ actor: mom, sessionId, audit: "transcript.export" });
    expect(text(mothers)).not.toContain("Mom reads my texts");
  });

  it("carries “I need a break” as a break request only the counselor sees", async () => {
    const { sessionId, mom, maya, laura, sam } = await familyInRoom(realtime.server());
    const reply = await laura.socket.emitWithAck("room:private", {
      sessionId,
      clientId: randomUUID(),
      text: "I need a break.",
      isBreak: true,
    });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(await until(() => maya.received.find((m) => m.seq === reply.data.seq))).toMatchObject({
      kind: "PRIVATE",
      data: { type: "BREAK_REQUEST", userId: mom.id },
    });
    expect(await until(() => sam.received.find((m) => m.seq === reply.data.seq))).toEqual({
      seq: reply.data.seq,
      kind: "HIDDEN",
    });
  });

  it("is the same message when the same client id is sent again, and is refused once the room has ended", async () => {
    const { sessionId, counselor, sam } = await familyInRoom(realtime.server());
    const line = { sessionId, clientId: randomUUID(), text: "Can we slow down?" };
    const first = await sam.socket.emitWithAck("room:private", line);
    const again = await sam.socket.emitWithAck("room:private", line);
    expect(again).toEqual(first);
    await endRoom({ actor: counselor, sessionId });
    expect(await sam.socket.emitWithAck("room:private", { ...line, clientId: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT" },
    });
  });

  it("is for members: the counselor is pointed to private coaching", async () => {
    const { sessionId, maya } = await familyInRoom(realtime.server());
    expect(
      await maya.socket.emitWithAck("room:private", { sessionId, clientId: randomUUID(), text: "Hello" }),
    ).toMatchObject({ ok: false, error: { code: "INVALID" } });
  });
});

describe("taking back a held message", () => {
  it("is nudged first, held only when sent anyway, and once withdrawn leaves the counselor's queue but stays in the record", async () => {
    const { sessionId, maya, sam } = await familyInRoom(realtime.server());
    const withdrawn: string[] = [];
    maya.socket.on("room:held-withdrawn", ({ heldId }) => withdrawn.push(heldId));
    const message = { sessionId, clientId: randomUUID(), text: "I'll kill you if you touch my phone." };
    expect(await sam.socket.emitWithAck("room:send", message)).toMatchObject({ ok: true, data: { outcome: "NUDGE" } });
    const held = await sam.socket.emitWithAck("room:send", { ...message, sendAnyway: true });
    expect(held).toMatchObject({
      ok: true,
      data: { outcome: "HELD", reason: expect.stringContaining("it may sound like a threat") },
    });
    if (!held.ok || held.data.outcome !== "HELD") return;
    const heldId = held.data.heldId;

    expect(await sam.socket.emitWithAck("room:withdraw", { sessionId, heldId })).toEqual({
      ok: true,
      data: { heldId },
    });
    await until(() => (withdrawn.includes(heldId) ? true : undefined));
    const rejoin = await maya.join(sessionId);
    expect(rejoin.ok && rejoin.data.held).toEqual([]);
    expect(
      await prisma.heldMessage.findUnique({ where: { id: heldId }, select: { status: true, text: true } }),
    ).toEqual({ status: "WITHDRAWN", text: message.text });
    expect(await prisma.moderationLog.count({ where: { sessionId, outcome: "WITHDRAWN" } })).toBe(1);
  });

  it("cannot take back a message on the safety path: the counselor must still check in", async () => {
    const { sessionId, sam } = await familyInRoom(realtime.server());
    const reply = await sam.socket.emitWithAck("room:send", {
      sessionId,
      clientId: randomUUID(),
      text: "honestly i dont want to be here anymore",
    });
    expect(reply).toMatchObject({ ok: true, data: { outcome: "SAFETY" } });
    if (!reply.ok || reply.data.outcome !== "SAFETY") return;
    expect(await sam.socket.emitWithAck("room:withdraw", { sessionId, heldId: reply.data.heldId })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", reason: "SAFETY_KEPT" },
    });
  });
});
