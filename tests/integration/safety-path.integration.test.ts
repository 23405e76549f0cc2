import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { setCrisisResources } from "@/lib/accounts/set-crisis-resources";
import { CARING_MESSAGE } from "@/lib/room/crisis-resources";
import type { SafetyAlert } from "@/lib/room/send-message";
import { realtimeServerPerTest } from "../support/realtime";
import { familyInRoom, liveFamily } from "../support/room";

const realtime = realtimeServerPerTest();

async function room() {
  const world = await familyInRoom(realtime.server());
  const alerts: SafetyAlert[] = [];
  world.maya.socket.on("room:safety-alert", ({ alert }) => alerts.push(alert));
  return { ...world, alerts };
}

describe("the self-harm safety path", () => {
  it("shows the sender a caring message with the default 988 lines, alerts the counselor, and reaches nobody else", async () => {
    const { sessionId, sam, laura, son, alerts } = await room();
    const reply = await sam.send(sessionId, "honestly i dont want to be here anymore");
    expect(reply).toMatchObject({
      ok: true,
      data: { outcome: "SAFETY", message: CARING_MESSAGE, resources: expect.stringContaining("988") },
    });
    const heldId = reply.ok && reply.data.outcome === "SAFETY" ? reply.data.heldId : "";
    await expect
      .poll(() => alerts)
      .toEqual([{ userId: son.id, heldId, text: "honestly i dont want to be here anymore" }]);
    expect(laura.received).toEqual([]);
    expect(await prisma.heldMessage.findUnique({ where: { id: heldId } })).toMatchObject({
      status: "PENDING",
      findings: expect.objectContaining({ safety: true }),
    });
  });

  it("shows the counselor's own crisis lines when they have set them", async () => {
    const { sessionId, sam, counselor } = await room();
    await setCrisisResources({
      actor: counselor,
      input: { crisisResources: "  Call the clinic on-call line: 555-0100.  " },
    });
    expect(await sam.send(sessionId, "I want to die")).toMatchObject({
      ok: true,
      data: { outcome: "SAFETY", resources: "Call the clinic on-call line: 555-0100." },
    });
    await setCrisisResources({ actor: counselor, input: { crisisResources: "" } });
    expect(await sam.send(sessionId, "I want to die")).toMatchObject({
      ok: true,
      data: { outcome: "SAFETY", resources: expect.stringContaining("988") },
    });
  });

  it("takes the safety path even when the room's rules would allow self-harm talk", async () => {
    const { sessionId, sam, maya, alerts } = await room();
    const rules = {
      PROFANITY: "NUDGE",
      SLUR: "BLOCK",
      INSULT: "NUDGE",
      CONTEMPT: "NUDGE",
      BLAME_ABSOLUTE: "NUDGE",
      BLAME: "NUDGE",
      SHOUTING: "NUDGE",
      THREAT: "HOLD",
      SELF_HARM: "ALLOW",
      STONEWALLING: "NUDGE",
    } as const;
    expect(
      await maya.socket.emitWithAck("room:rules", { sessionId, rules: { preset: "custom", rules } }),
    ).toMatchObject({ ok: true });
    expect(await sam.send(sessionId, "kms")).toMatchObject({ ok: true, data: { outcome: "SAFETY" } });
    await expect.poll(() => alerts.length).toBe(1);
  });

  it("keeps the message in the counselor's record after a rejection, and a retry of it never erases it", async () => {
    const { sessionId, sam, maya } = await room();
    const clientId = crypto.randomUUID();
    const reply = await sam.send(sessionId, "everyone would be better off without me", { clientId });
    const heldId = reply.ok && reply.data.outcome === "SAFETY" ? reply.data.heldId : "";
    expect(await maya.socket.emitWithAck("room:moderate", { sessionId, heldId, decision: "REJECT" })).toMatchObject({
      ok: true,
    });
    expect(await sam.send(sessionId, "everyone would be better off without me", { clientId })).toMatchObject({
      ok: true,
      data: { outcome: "SAFETY", heldId },
    });
    expect(await prisma.heldMessage.findUnique({ where: { id: heldId } })).toMatchObject({
      status: "REJECTED",
      text: "everyone would be better off without me",
    });
  });

  it("lets the counselor check in privately with one message only that member sees", async () => {
    const { sessionId, sam, laura, maya, son, alerts } = await room();
    await sam.send(sessionId, "I want to die");
    await expect.poll(() => alerts.length).toBe(1);
    expect(
      await maya.socket.emitWithAck("room:coach", {
        sessionId,
        clientId: crypto.randomUUID(),
        userId: alerts[0].userId,
        text: "I'm here. Can we talk?",
      }),
    ).toMatchObject({ ok: true });
    await expect
      .poll(() => sam.received)
      .toEqual([expect.objectContaining({ kind: "COACHING", text: "I'm here. Can we talk?", recipientId: son.id })]);
    await expect.poll(() => laura.received).toEqual([expect.objectContaining({ kind: "HIDDEN" })]);
  });

  it("holds a paraphrase that mentions self-harm as usual: it restates someone else's words", async () => {
    const { sessionId, laura, maya, sam, son, mom } = await room();
    expect(
      await maya.control(sessionId, { type: "SET_MODE", mode: "SPEAKER_LISTENER", speaker: son.id, listener: mom.id }),
    ).toMatchObject({ ok: true });
    expect(await sam.send(sessionId, "I feel really low lately.")).toMatchObject({
      ok: true,
      data: { outcome: "DELIVERED" },
    });
    expect(await laura.send(sessionId, "What I hear is that you want to die", { kind: "PARAPHRASE" })).toMatchObject({
      ok: true,
      data: { outcome: "NUDGE" },
    });
    const reply = await laura.send(sessionId, "What I hear is that you want to die", {
      kind: "PARAPHRASE",
      sendAnyway: true,
    });
    expect(reply).toMatchObject({ ok: true, data: { outcome: "HELD" } });
  });
});

describe("crisis resources setting", () => {
  it("is refused to parents and teens and to nobody signed in", async () => {
    const { mom, son } = await liveFamily({ open: false });
    await expect(setCrisisResources({ actor: mom, input: { crisisResources: "x" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(setCrisisResources({ actor: son, input: { crisisResources: "x" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(setCrisisResources({ actor: undefined, input: { crisisResources: "x" } })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: mom.id } })).toMatchObject({ crisisResources: null });
  });
});
