import { describe, expect, it } from "vitest";
import { initialFloorState } from "@/lib/room/floor";
import type { MessageView } from "@/lib/room/message-view";
import {
  hasGap,
  initialRoomModel,
  roomReducer,
  SIGNED_OUT,
  type RoomAction,
  type RoomModel,
} from "@/lib/room/room-reducer";
import type { HeldView, RoomSnapshot } from "@/lib/room/views";

const ME = "son";
const msg = (seq: number, extra: Partial<Extract<MessageView, { id: string }>> = {}): MessageView => ({
  seq,
  id: `m${seq}`,
  kind: "MESSAGE",
  senderId: "mom",
  clientId: `c${seq}`,
  text: `message ${seq}`,
  recipientId: null,
  data: null,
  createdAt: "2027-03-01T17:00:00.000Z",
  ...extra,
});

function snapshot(overrides: Partial<RoomSnapshot> = {}): RoomSnapshot {
  return {
    sessionId: "s1",
    title: "Family session",
    status: "LIVE",
    you: { userId: ME, isCounselor: false },
    people: [],
    state: initialFloorState(),
    lastSeq: 0,
    messages: [],
    hasMore: false,
    rules: { preset: "standard" },
    held: [],
    summaryShared: false,
    moderationLog: [],
    ...overrides,
  };
}

const run = (...actions: RoomAction[]) => actions.reduce<RoomModel>(roomReducer, initialRoomModel());
const seqs = (model: RoomModel) => model.messages.map((m) => m.seq);

describe("messages in sequence", () => {
  it("applies messages in seq order and remembers the last seq", () => {
    const model = run(
      { type: "joined", snapshot: snapshot({ messages: [msg(1), msg(2)] }) },
      { type: "messages", messages: [msg(3)] },
    );
    expect(seqs(model)).toEqual([1, 2, 3]);
    expect(model.lastSeq).toBe(3);
    expect(hasGap(model)).toBe(false);
  });

  it("holds back a message that arrives ahead of a missing one, then applies both when the gap fills", () => {
    const waiting = run({ type: "messages", messages: [msg(1)] }, { type: "messages", messages: [msg(3)] });
    expect(seqs(waiting)).toEqual([1]);
    expect(hasGap(waiting)).toBe(true);
    const filled = roomReducer(waiting, { type: "messages", messages: [msg(2)] });
    expect(seqs(filled)).toEqual([1, 2, 3]);
    expect(hasGap(filled)).toBe(false);
  });

  it("drops a message it already has, whether it comes again live or in a re-join backlog", () => {
    const model = run(
      { type: "messages", messages: [msg(1), msg(2)] },
      { type: "messages", messages: [msg(2)] },
      { type: "joined", snapshot: snapshot({ messages: [msg(1), msg(2), msg(3)] }) },
      { type: "messages", messages: [msg(3)] },
    );
    expect(seqs(model)).toEqual([1, 2, 3]);
  });

  it("keeps a hidden stub in sequence so later messages are not held back", () => {
    const model = run({ type: "messages", messages: [msg(1), { seq: 2, kind: "HIDDEN" }, msg(3)] });
    expect(seqs(model)).toEqual([1, 2, 3]);
  });

  it("returns the same model when nothing new arrived", () => {
    const model = run({ type: "messages", messages: [msg(1)] });
    expect(roomReducer(model, { type: "messages", messages: [msg(1)] })).toBe(model);
  });
});

describe("my own messages", () => {
  const sending = { clientId: "c9", text: "I feel left out.", kind: "MESSAGE" as const, status: "sending" as const };

  it("shows a message while it is being sent and removes it once delivered", () => {
    const started = run({ type: "send-started", pending: sending });
    expect(started.pending).toEqual([sending]);
    expect(
      roomReducer(started, { type: "send-acked", clientId: "c9", ack: { outcome: "DELIVERED", id: "m9", seq: 9 } })
        .pending,
    ).toEqual([]);
  });

  it("stops showing it as in flight when the broadcast arrives before the ack", () => {
    const model = run(
      { type: "send-started", pending: sending },
      { type: "messages", messages: [msg(1, { senderId: ME, clientId: "c9" })] },
    );
    expect(model.pending).toEqual([]);
  });

  it("marks a failed send with the reason, and a retry sends it again under the same client id", () => {
    const failed = run(
      { type: "send-started", pending: sending },
      { type: "send-failed", clientId: "c9", error: { code: "INTERNAL", message: "Try again." } },
    );
    expect(failed.pending[0]).toMatchObject({ status: "failed", error: "Try again." });
    const retried = roomReducer(failed, { type: "retry", clientId: "c9" });
    expect(retried.pending[0]).toMatchObject({ clientId: "c9", status: "sending", attempts: 1 });
    expect(retried.pending[0].error).toBeUndefined();
  });

  it("keeps a held message as waiting, with its held id", () => {
    const model = run(
      { type: "send-started", pending: sending },
      { type: "send-acked", clientId: "c9", ack: { outcome: "HELD", heldId: "h1" } },
    );
    expect(model.pending[0]).toMatchObject({ status: "held", heldId: "h1" });
  });

  it("puts a returned message back for rephrasing, with the counselor's note, and takes it out of the waiting list", () => {
    const held = run(
      { type: "send-started", pending: sending },
      { type: "send-acked", clientId: "c9", ack: { outcome: "HELD", heldId: "h1" } },
    );
    const returned = roomReducer(held, {
      type: "held-decided",
      decision: {
        heldId: "h1",
        decision: "RETURN",
        text: "I feel left out.",
        kind: "MESSAGE",
        clientId: "c9",
        note: "Try starting with how you feel.",
      },
    });
    expect(returned.pending).toEqual([]);
    expect(returned.returned).toEqual({
      text: "I feel left out.",
      kind: "MESSAGE",
      note: "Try starting with how you feel.",
      count: 1,
    });
    expect(roomReducer(returned, { type: "returned-seen" }).returned).toBeNull();
  });

  it("marks a rejected message as not shared without repeating the note, which arrives as the counselor's private message", () => {
    const held = run(
      { type: "send-started", pending: sending },
      { type: "send-acked", clientId: "c9", ack: { outcome: "HELD", heldId: "h1" } },
    );
    const rejected = roomReducer(held, {
      type: "held-decided",
      decision: {
        heldId: "h1",
        decision: "REJECT",
        text: "x",
        kind: "MESSAGE",
        clientId: "c9",
        note: "Let's not say that.",
      },
    });
    expect(rejected.pending[0]).toMatchObject({ status: "rejected" });
    expect(rejected.pending[0].error).toBeUndefined();
  });

  it("keeps why a message is held, in the sender's words", () => {
    const model = run(
      { type: "send-started", pending: sending },
      {
        type: "send-acked",
        clientId: "c9",
        ack: {
          outcome: "HELD",
          heldId: "h1",
          reason: "Your counselor reads this first because it may read as shouting.",
        },
      },
    );
    expect(model.pending[0]).toMatchObject({
      status: "held",
      reason: "Your counselor reads this first because it may read as shouting.",
    });
  });

  it("keeps a message on the safety path with the counselor: it is marked so it cannot be taken back", () => {
    const model = run(
      { type: "send-started", pending: sending },
      {
        type: "send-acked",
        clientId: "c9",
        ack: { outcome: "SAFETY", heldId: "h1", message: "care", resources: "988" },
      },
    );
    expect(model.pending[0]).toMatchObject({ status: "held", heldId: "h1", safety: true });
  });

  it("drops a blocked or refused send instead of keeping a failed bubble with a Retry that cannot help", () => {
    const model = run(
      { type: "send-started", pending: sending },
      { type: "send-failed", clientId: "c9", error: { code: "CONFLICT", message: "Not sent.", reason: "BLOCKED" } },
    );
    expect(model.pending).toEqual([]);
  });

  it("takes a withdrawn message out of the sender's waiting list and the counselor's queue", () => {
    const held = run(
      { type: "send-started", pending: sending },
      { type: "send-acked", clientId: "c9", ack: { outcome: "HELD", heldId: "h1" } },
    );
    expect(roomReducer(held, { type: "withdrawn", heldId: "h1" }).pending).toEqual([]);
    const queued: HeldView = {
      id: "h1",
      senderId: "mom",
      clientId: "c1",
      text: "x",
      kind: "MESSAGE",
      findings: null,
      createdAt: "2027-03-01T17:00:00.000Z",
    };
    const counselor = run({
      type: "joined",
      snapshot: snapshot({ you: { userId: "maya", isCounselor: true }, held: [queued] }),
    });
    expect(roomReducer(counselor, { type: "withdrawn", heldId: "h1" }).queue).toEqual([]);
  });

  it("remembers that the counselor shared the summary, so the wrap-up can link to it", () => {
    const ended = run({ type: "joined", snapshot: snapshot() }, { type: "ended" });
    expect(ended.summaryShared).toBe(false);
    expect(roomReducer(ended, { type: "summary-shared" }).summaryShared).toBe(true);
  });

  it("keeps the counselor's live findings across a reload: the join brings the log", () => {
    const counselor = { userId: "counselor", isCounselor: true };
    const line = { userId: "son", outcome: "NUDGED", categories: ["CONTEMPT"], at: "2027-03-01T17:00:00.000Z" };
    const model = run({ type: "joined", snapshot: snapshot({ you: counselor, moderationLog: [line] }) });
    expect(model.moderationLog).toEqual([{ ...line, at: Date.parse(line.at) }]);
  });

  it("learns from a re-join that the summary was shared while this page was offline", () => {
    expect(run({ type: "joined", snapshot: snapshot({ status: "ENDED", summaryShared: true }) }).summaryShared).toBe(
      true,
    );
    // A later join that no longer says so does not take the link away.
    const model = run({ type: "summary-shared" }, { type: "joined", snapshot: snapshot({ status: "ENDED" }) });
    expect(model.summaryShared).toBe(true);
  });

  it("shows nobody online once the room has ended, even if presence arrives after", () => {
    const ended = run(
      { type: "presence", userIds: ["mom", ME] },
      { type: "typing", userId: "mom", at: 1 },
      { type: "ended" },
      { type: "presence", userIds: ["mom"] },
    );
    expect(ended.online).toEqual([]);
    expect(ended.typing).toEqual({});
  });

  it("ignores a decision about someone else's held message", () => {
    const model = run({ type: "send-started", pending: sending });
    const after = roomReducer(model, {
      type: "held-decided",
      decision: { heldId: "other", decision: "RETURN", text: "x", kind: "MESSAGE", clientId: "cx", note: null },
    });
    expect(after.returned).toBeNull();
    expect(after.pending).toEqual(model.pending);
  });

  it("restores my held messages after a reload with their own client id and kind", () => {
    const held: HeldView = {
      id: "h2",
      senderId: ME,
      clientId: "c-original",
      text: "You feel left out.",
      kind: "PARAPHRASE",
      findings: null,
      createdAt: "2027-03-01T17:00:00.000Z",
    };
    const model = run({ type: "joined", snapshot: snapshot({ held: [held] }) });
    expect(model.pending).toEqual([
      { clientId: "c-original", text: "You feel left out.", kind: "PARAPHRASE", status: "held", heldId: "h2" },
    ]);
    // A second join does not add it twice.
    expect(roomReducer(model, { type: "joined", snapshot: snapshot({ held: [held] }) }).pending).toHaveLength(1);
  });

  it("after a reconnect, a send whose ack was lost becomes the held message under its own client id and kind", () => {
    const inFlight = run({
      type: "send-started",
      pending: { clientId: "c-original", text: "You feel left out.", kind: "PARAPHRASE", status: "sending" },
    });
    const held: HeldView = {
      id: "h2",
      senderId: ME,
      clientId: "c-original",
      text: "You feel left out.",
      kind: "PARAPHRASE",
      findings: null,
      createdAt: "2027-03-01T17:00:00.000Z",
      reason: "Your counselor reads this first.",
    };
    const model = roomReducer(inFlight, { type: "joined", snapshot: snapshot({ held: [held] }) });
    expect(model.pending).toEqual([
      {
        clientId: "c-original",
        text: "You feel left out.",
        kind: "PARAPHRASE",
        status: "held",
        heldId: "h2",
        reason: "Your counselor reads this first.",
      },
    ]);
  });

  it("after a reconnect, a held message the counselor answered while we were away no longer waits", () => {
    const held = run(
      { type: "send-started", pending: sending },
      { type: "send-acked", clientId: "c9", ack: { outcome: "HELD", heldId: "h1" } },
    );
    expect(roomReducer(held, { type: "joined", snapshot: snapshot({ held: [] }) }).pending).toEqual([]);
  });
});

describe("the counselor's queue and the room around the messages", () => {
  const held: HeldView = {
    id: "h1",
    senderId: "son",
    clientId: "c1",
    text: "I'll make you pay.",
    kind: "MESSAGE",
    findings: null,
    createdAt: "2027-03-01T17:00:00.000Z",
  };

  it("fills the queue from the join and live events, and empties it on a decision", () => {
    const model = run(
      { type: "joined", snapshot: snapshot({ you: { userId: "counselor", isCounselor: true }, held: [held] }) },
      { type: "held", held: { ...held, id: "h2" } },
    );
    expect(model.queue.map((h) => h.id)).toEqual(["h1", "h2"]);
    expect(
      roomReducer(model, {
        type: "held-decided",
        decision: { heldId: "h1", decision: "APPROVE", text: "", kind: "MESSAGE", clientId: "c1", note: null },
      }).queue.map((h) => h.id),
    ).toEqual(["h2"]);
  });

  it("when the session ends, empties the counselor's queue but keeps who needs a safety check-in", () => {
    const safety: HeldView = {
      ...held,
      id: "h3",
      safety: true,
      findings: { findings: [], positives: [], safety: true },
    };
    const counselor = { userId: "counselor", isCounselor: true };
    const live = run({ type: "joined", snapshot: snapshot({ you: counselor, held: [held, safety] }) });
    const ended = roomReducer(live, { type: "ended" });
    expect(ended.queue).toEqual([]);
    expect(ended.alerts.map((a) => a.heldId)).toEqual(["h3"]);
    // After a reload of the ended room, the same.
    const reloaded = run({
      type: "joined",
      snapshot: snapshot({ you: counselor, status: "ENDED", held: [held, safety] }),
    });
    expect(reloaded.queue).toEqual([]);
    expect(reloaded.alerts.map((a) => a.heldId)).toEqual(["h3"]);
  });

  it("when the session ends, a member's held message is no longer 'waiting' and a send still going out is not sent", () => {
    const model = run(
      { type: "joined", snapshot: snapshot() },
      { type: "send-started", pending: { clientId: "a", text: "one", kind: "MESSAGE", status: "sending" } },
      { type: "send-acked", clientId: "a", ack: { outcome: "HELD", heldId: "h1" } },
      { type: "send-started", pending: { clientId: "b", text: "two", kind: "MESSAGE", status: "sending" } },
      { type: "ended" },
    );
    expect(model.pending.map((p) => [p.clientId, p.status])).toEqual([
      ["a", "unanswered"],
      ["b", "unsent"],
    ]);
    // Held in the last instant: its ack arrives after the end.
    const late = run(
      { type: "joined", snapshot: snapshot() },
      { type: "send-started", pending: { clientId: "c", text: "three", kind: "MESSAGE", status: "sending" } },
      { type: "ended" },
      { type: "send-acked", clientId: "c", ack: { outcome: "HELD", heldId: "h9" } },
    );
    expect(late.pending).toMatchObject([{ clientId: "c", status: "unanswered", heldId: "h9" }]);
    // …and on the safety path it still says the counselor has it and will check in.
    const lateSafety = run(
      { type: "joined", snapshot: snapshot() },
      { type: "send-started", pending: { clientId: "d", text: "four", kind: "MESSAGE", status: "sending" } },
      { type: "ended" },
      {
        type: "send-acked",
        clientId: "d",
        ack: { outcome: "SAFETY", heldId: "h8", message: "care", resources: "988" },
      },
    );
    expect(lateSafety.pending).toMatchObject([{ clientId: "d", status: "unanswered", safety: true }]);
    // A send whose ack was lost with the connection, stored before the end: the re-join shows it
    // delivered, not "Not sent".
    const lostAck = run(
      { type: "joined", snapshot: snapshot() },
      { type: "send-started", pending: { clientId: "e", text: "hi", kind: "MESSAGE", status: "sending" } },
      { type: "disconnected" },
      {
        type: "joined",
        snapshot: snapshot({
          status: "ENDED",
          lastSeq: 1,
          messages: [msg(1, { senderId: ME, clientId: "e", text: "hi" })],
        }),
      },
    );
    expect(lostAck.pending).toEqual([]);
    expect(lostAck.messages.map((m) => m.seq)).toEqual([1]);
    // A reload of the ended room shows it the same way.
    const reloaded = run({
      type: "joined",
      snapshot: snapshot({ status: "ENDED", held: [{ ...held, id: "h1", senderId: ME, clientId: "a" }] }),
    });
    expect(reloaded.pending).toMatchObject([{ clientId: "a", status: "unanswered" }]);
  });

  it("gives a member no queue, even if the join lists their own held messages", () => {
    expect(run({ type: "joined", snapshot: snapshot({ held: [{ ...held, senderId: ME }] }) }).queue).toEqual([]);
  });

  it("forgets that someone is typing when they leave, and everyone's presence when the session ends", () => {
    const typing = run({ type: "presence", userIds: ["mom", ME] }, { type: "typing", userId: "mom", at: 1 });
    expect(typing.typing).toEqual({ mom: 1 });
    expect(roomReducer(typing, { type: "presence", userIds: [ME] }).typing).toEqual({});
    const ended = roomReducer(typing, { type: "ended" });
    expect(ended).toMatchObject({ status: "ENDED", online: [], typing: {} });
  });

  it("forgets that someone is typing once their message or paraphrase arrives, not when someone else speaks", () => {
    const typing = run(
      { type: "typing", userId: "mom", at: 1 },
      { type: "typing", userId: "son", at: 2 },
      { type: "messages", messages: [msg(1, { senderId: "mom" })] },
    );
    expect(typing.typing).toEqual({ son: 2 });
    const paraphrased = roomReducer(typing, {
      type: "messages",
      messages: [msg(2, { senderId: "son", kind: "PARAPHRASE" })],
    });
    expect(paraphrased.typing).toEqual({});
    // A room event the counselor caused is not the counselor's typing being done, nor anyone else's.
    const evented = run(
      { type: "typing", userId: "mom", at: 1 },
      { type: "messages", messages: [msg(1, { senderId: "maya", kind: "EVENT" })] },
    );
    expect(evented.typing).toEqual({ mom: 1 });
  });

  it("keeps the newest fifty moderation entries, newest first", () => {
    const actions: RoomAction[] = Array.from({ length: 60 }, (_, i) => ({
      type: "moderation",
      entry: { userId: "son", outcome: "NUDGED", categories: [] },
      at: i,
    }));
    const model = run(...actions);
    expect(model.moderationLog).toHaveLength(50);
    expect(model.moderationLog[0].at).toBe(59);
  });

  it("shows nobody as here while this page is offline", () => {
    const model = run({ type: "presence", userIds: ["mom", ME] }, { type: "disconnected" });
    expect(model.online).toEqual([]);
    expect(roomReducer(model, { type: "presence", userIds: ["mom", ME] }).online).toEqual(["mom", ME]);
  });

  it("tracks the connection and a failed join", () => {
    expect(run({ type: "connected" }).connection).toBe("online");
    expect(run({ type: "connected" }, { type: "disconnected" }).connection).toBe("offline");
    expect(run({ type: "join-failed", message: "We could not find that session." }).joinError).toBe(
      "We could not find that session.",
    );
  });

  it("a refused sign-in closes the room with a way to sign in again, not an endless reconnect", () => {
    const model = run({ type: "connected" }, { type: "presence", userIds: ["mom", ME] }, { type: "signed-out" });
    expect(model).toMatchObject({ connection: "offline", online: [], signedOut: true, joinError: SIGNED_OUT });
    expect(run({ type: "disconnected" }).signedOut).toBe(false);
  });
});
