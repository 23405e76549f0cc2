import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { realtimeServerPerTest } from "../support/realtime";
import { familyInRoom, roomClient } from "../support/room";

const realtime = realtimeServerPerTest();

const room = () => familyInRoom(realtime.server());

const texts = (received: { kind: string }[]) =>
  received.map((m) => ("text" in m ? (m as { text: string }).text : m.kind));

describe("calm-communication rules in the room", () => {
  it("nudges a shouting message back to its sender with a suggestion, delivering nothing", async () => {
    const { sessionId, sam, laura, maya, son } = await room();
    const log: unknown[] = [];
    maya.socket.on("room:moderation", ({ entry }) => log.push(entry));
    const reply = await sam.send(sessionId, "YOU NEVER LISTEN TO ME!!!");
    expect(reply).toMatchObject({
      ok: true,
      data: { outcome: "NUDGE", suggestion: "I feel hurt when you don't listen to me. Can we talk about it?" },
    });
    expect(reply.ok && reply.data.outcome === "NUDGE" && reply.data.findings.map((f) => f.category).sort()).toEqual([
      "BLAME_ABSOLUTE",
      "SHOUTING",
    ]);
    await expect
      .poll(() => log)
      .toEqual([{ userId: son.id, outcome: "NUDGED", categories: expect.arrayContaining(["SHOUTING"]) }]);
    expect(laura.received).toEqual([]);
    expect(await prisma.roomMessage.count({ where: { sessionId, kind: "MESSAGE" } })).toBe(0);
  });

  it("delivers a sent-anyway message to everyone, with the findings only in the counselor's copy", async () => {
    const { sessionId, sam, laura, maya } = await room();
    const reply = await sam.send(sessionId, "You never listen.", { sendAnyway: true });
    expect(reply).toMatchObject({ ok: true, data: { outcome: "DELIVERED" } });
    await expect.poll(() => laura.received.length).toBe(1);
    await expect.poll(() => maya.received.length).toBe(1);
    expect(laura.received[0]).not.toHaveProperty("moderation");
    expect(maya.received[0]).toMatchObject({
      text: "You never listen.",
      moderation: {
        sentAnyway: true,
        findings: [
          expect.objectContaining({ category: "BLAME_ABSOLUTE", antidote: expect.stringContaining("gentle start-up") }),
        ],
      },
    });
  });

  it("holds contempt for the counselor, and on approval delivers it in order at that point, never before", async () => {
    const { sessionId, laura, sam, maya } = await room();
    const queue: { id: string; text: string }[] = [];
    maya.socket.on("room:held", ({ held }) => queue.push(held));
    const held = await laura.send(sessionId, "What is wrong with you?", { sendAnyway: true });
    expect(held).toMatchObject({ ok: true, data: { outcome: "HELD" } });
    await expect.poll(() => queue.map((h) => h.text)).toEqual(["What is wrong with you?"]);
    await laura.send(sessionId, "I am trying to stay calm.");
    await expect.poll(() => texts(sam.received)).toEqual(["I am trying to stay calm."]);
    const decided = new Promise((resolve) => laura.socket.once("room:held-decided", resolve));
    expect(
      await maya.socket.emitWithAck("room:moderate", { sessionId, heldId: queue[0].id, decision: "APPROVE" }),
    ).toMatchObject({ ok: true });
    await expect.poll(() => texts(sam.received)).toEqual(["I am trying to stay calm.", "What is wrong with you?"]);
    expect(sam.received.map((m) => m.seq)).toEqual([2, 3]);
    await expect(decided).resolves.toMatchObject({ decision: "APPROVE" });
  });

  it("tells the sender when the counselor rejects a held message, with a private note only they see", async () => {
    const { sessionId, laura, sam, maya } = await room();
    const reply = await laura.send(sessionId, "Grow up.", { sendAnyway: true });
    const heldId = reply.ok && reply.data.outcome === "HELD" ? reply.data.heldId : "";
    const decided = new Promise((resolve) => laura.socket.once("room:held-decided", resolve));
    await maya.socket.emitWithAck("room:moderate", {
      sessionId,
      heldId,
      decision: "REJECT",
      note: "Try telling Sam what you need instead.",
    });
    await expect(decided).resolves.toMatchObject({
      decision: "REJECT",
      note: "Try telling Sam what you need instead.",
    });
    await expect
      .poll(() => laura.received)
      .toEqual([expect.objectContaining({ kind: "COACHING", text: "Try telling Sam what you need instead." })]);
    await expect.poll(() => sam.received).toEqual([{ seq: 2, kind: "HIDDEN" }]);
    expect(await prisma.roomMessage.count({ where: { sessionId, text: "Grow up." } })).toBe(0);
    expect(await maya.socket.emitWithAck("room:moderate", { sessionId, heldId, decision: "APPROVE" })).toMatchObject({
      ok: false,
      error: { reason: "ALREADY_DECIDED" },
    });
  });

  it("returns a held message to its sender to rephrase", async () => {
    const { sessionId, laura, maya } = await room();
    const reply = await laura.send(sessionId, "ok boomer", { sendAnyway: true });
    const heldId = reply.ok && reply.data.outcome === "HELD" ? reply.data.heldId : "";
    const decided = new Promise((resolve) => laura.socket.once("room:held-decided", resolve));
    await maya.socket.emitWithAck("room:moderate", { sessionId, heldId, decision: "RETURN" });
    await expect(decided).resolves.toMatchObject({ decision: "RETURN", text: "ok boomer" });
  });

  it("blocks a slur: refused with the reason, and it never reaches the others", async () => {
    const { sessionId, sam, laura } = await room();
    const reply = await sam.send(sessionId, "you retard");
    expect(reply).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", reason: "BLOCKED", message: expect.stringContaining("slur") },
    });
    expect(await prisma.roomMessage.count({ where: { sessionId, kind: "MESSAGE" } })).toBe(0);
    expect(laura.received).toEqual([]);
  });

  it("applies a rule change from the next message and records it", async () => {
    const { sessionId, sam, maya, laura } = await room();
    expect(await sam.send(sessionId, "whatever")).toMatchObject({ ok: true, data: { outcome: "NUDGE" } });
    expect(await maya.socket.emitWithAck("room:rules", { sessionId, rules: { preset: "strict" } })).toMatchObject({
      ok: true,
    });
    await expect.poll(() => texts(laura.received)).toEqual(["Maya switched the room to the “strict” rules."]);
    // Nudged first under the strict rules too; held for the counselor once sent anyway.
    expect(await sam.send(sessionId, "whatever")).toMatchObject({ ok: true, data: { outcome: "NUDGE" } });
    expect(await sam.send(sessionId, "whatever", { sendAnyway: true })).toMatchObject({
      ok: true,
      data: { outcome: "HELD" },
    });
    await maya.socket.emitWithAck("room:rules", {
      sessionId,
      rules: {
        preset: "custom",
        rules: {
          PROFANITY: "NUDGE",
          SLUR: "BLOCK",
          INSULT: "NUDGE",
          CONTEMPT: "NUDGE",
          BLAME_ABSOLUTE: "NUDGE",
          BLAME: "NUDGE",
          SHOUTING: "NUDGE",
          THREAT: "HOLD",
          SELF_HARM: "HOLD",
          STONEWALLING: "ALLOW",
        },
      },
    });
    expect(await sam.send(sessionId, "whatever")).toMatchObject({ ok: true, data: { outcome: "DELIVERED" } });
    expect(await sam.socket.emitWithAck("room:rules", { sessionId, rules: { preset: "gentle" } })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
  });

  it("counts, per member, findings by category, nudges reworded vs sent anyway, holds, and the positive-to-negative ratio", async () => {
    const { sessionId, sam, laura, maya, son, mom } = await room();
    await sam.send(sessionId, "whatever"); // nudged, then reworded
    await sam.send(sessionId, "I need a break, can we come back in ten minutes?");
    await sam.send(sessionId, "You never listen.");
    await sam.send(sessionId, "You never listen.", { sendAnyway: true });
    await laura.send(sessionId, "Thank you for telling me, I hear you.");
    const held = await laura.send(sessionId, "What is wrong with you?", { sendAnyway: true });
    await maya.socket.emitWithAck("room:moderate", {
      sessionId,
      heldId: held.ok && held.data.outcome === "HELD" ? held.data.heldId : "",
      decision: "REJECT",
    });
    const stats = await maya.socket.emitWithAck("room:stats", { sessionId });
    expect(stats.ok).toBe(true);
    if (!stats.ok) return;
    const bySam = stats.data.find((s) => s.userId === son.id)!;
    const byLaura = stats.data.find((s) => s.userId === mom.id)!;
    expect(bySam).toMatchObject({
      byCategory: { STONEWALLING: 1, BLAME_ABSOLUTE: 1 },
      nudges: { shown: 2, sentAnyway: 1, reworded: 1 },
      negatives: 2,
    });
    expect(bySam.positives).toBeGreaterThanOrEqual(2);
    expect(byLaura).toMatchObject({
      byCategory: { CONTEMPT: 1 },
      holds: { held: 1, rejected: 1, approved: 0 },
      negatives: 1,
    });
    // The ratio divides the same two numbers the figures say in words: one kind message, one harsh moment.
    expect(byLaura).toMatchObject({ kindMessages: 1, ratio: 1 });

    // Nudged, then sent anyway and held: one harsh moment, and the nudge was not reworded.
    await laura.send(sessionId, "Oh grow up, Sam.");
    const insisted = await laura.send(sessionId, "Oh grow up, Sam.", { sendAnyway: true });
    expect(insisted).toMatchObject({ ok: true, data: { outcome: "HELD" } });
    const after = await maya.socket.emitWithAck("room:stats", { sessionId });
    const lauraAfter = after.ok ? after.data.find((s) => s.userId === mom.id)! : null;
    expect(lauraAfter).toMatchObject({
      nudges: { shown: 1, sentAnyway: 2, reworded: 0 },
      holds: { held: 2 },
      negatives: 2,
    });
    // "Kind messages" counts messages, not moments: each sent one kind message with two or more kind moments in it.
    expect(bySam.kindMessages).toBe(1);
    expect(byLaura.kindMessages).toBe(1);

    // Words about self-harm are a call for help, not a harsh moment: named, not counted as harsh.
    expect(await sam.send(sessionId, "i dont want to be here anymore")).toMatchObject({
      ok: true,
      data: { outcome: "SAFETY" },
    });
    const withSafety = await maya.socket.emitWithAck("room:stats", { sessionId });
    const samAfter = withSafety.ok ? withSafety.data.find((s) => s.userId === son.id)! : null;
    expect(samAfter).toMatchObject({ negatives: 2, byCategory: { SELF_HARM: 1 } });
    expect(await sam.socket.emitWithAck("room:stats", { sessionId })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
  });

  it("a held message survives a reload: the sender sees it waiting, the counselor sees it queued", async () => {
    const { sessionId, laura, counselor, mom } = await room();
    await laura.send(sessionId, "Real mature.", { clientId: randomUUID(), sendAnyway: true });
    const again = await (await roomClient(realtime.server(), mom)).join(sessionId);
    expect(again.ok && again.data.held).toEqual([expect.objectContaining({ text: "Real mature.", findings: null })]);
    const counselorView = await (await roomClient(realtime.server(), counselor)).join(sessionId);
    expect(counselorView.ok && counselorView.data.held).toEqual([
      expect.objectContaining({
        text: "Real mature.",
        findings: expect.objectContaining({ findings: expect.any(Array) }),
      }),
    ]);
    // The counselor's live findings come back with the reload; the member's join carries none.
    const log = counselorView.ok ? counselorView.data.moderationLog : [];
    expect(log.map((l) => [l.userId, l.outcome]).sort()).toEqual([
      [mom.id, "HELD"],
      [mom.id, "SENT_ANYWAY"],
    ]);
    expect(log[0].categories).toContain("CONTEMPT");
    expect(again.ok && again.data.moderationLog).toEqual([]);
  });
});
