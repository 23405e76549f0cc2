import { describe, expect, it } from "vitest";
import {
  afterMessage,
  applyAction,
  checkSend,
  initialFloorState,
  nextDeadline,
  tick,
  type FloorAction,
  type FloorState,
} from "@/lib/room/floor";

const MOM = "mom";
const SON = "son";
const COUNSELOR = { userId: "counselor", isCounselor: true };
const mom = { userId: MOM, isCounselor: false };
const son = { userId: SON, isCounselor: false };
const members = [MOM, SON];
const t0 = new Date("2027-03-01T17:00:00Z");
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function act(state: FloorState, action: FloorAction, actor = COUNSELOR, now = t0): FloorState {
  const result = applyAction(state, action, actor, members, now);
  if (!result.ok) throw new Error(`${action.type} refused: ${result.error.reason}`);
  return result.state;
}

function refusal(state: FloorState, action: FloorAction, actor = COUNSELOR, now = t0) {
  const result = applyAction(state, action, actor, members, now);
  return result.ok ? null : result.error.code;
}

const open = initialFloorState();
const roundRobin = (turnSeconds: number | null = null) =>
  act(open, { type: "SET_MODE", mode: "ROUND_ROBIN", order: [SON, MOM], turnSeconds });
const handRaise = () => act(open, { type: "SET_MODE", mode: "HAND_RAISE" });
const speakerListener = () => act(open, { type: "SET_MODE", mode: "SPEAKER_LISTENER", speaker: SON, listener: MOM });

describe("open mode", () => {
  it("lets every member and the counselor write", () => {
    for (const who of [mom, son, COUNSELOR]) expect(checkSend(open, who, "MESSAGE", t0)).toEqual({ ok: true });
  });

  it("has no paraphrases", () => {
    expect(checkSend(open, mom, "PARAPHRASE", t0)).toEqual({ ok: false, refusal: { code: "NOT_LISTENER" } });
  });

  it("has no floor to pass", () => {
    expect(refusal(open, { type: "PASS_FLOOR" }, mom)).toBe("CONFLICT");
  });
});

describe("counselor-only controls", () => {
  const counselorOnly: FloorAction[] = [
    { type: "SET_MODE", mode: "OPEN" },
    { type: "GRANT_FLOOR", userId: MOM },
    { type: "TAKE_FLOOR_BACK" },
    { type: "PAUSE" },
    { type: "RESUME" },
    { type: "MUTE", userId: SON },
    { type: "UNMUTE", userId: SON },
    { type: "COOL_DOWN", userId: null, minutes: 5 },
    { type: "END_COOL_DOWN" },
    { type: "SWAP_ROLES", force: true },
  ];
  it.each(counselorOnly)("refuses $type from a member", (action) => {
    expect(applyAction(handRaise(), action, mom, members, t0)).toEqual({
      ok: false,
      error: { code: "FORBIDDEN", reason: "Only the counselor can do that." },
    });
  });
});

describe("pause, mute and cool-down", () => {
  it("pausing stops every member but not the counselor, and resuming lets them write again", () => {
    const paused = act(open, { type: "PAUSE" });
    expect(checkSend(paused, mom, "MESSAGE", t0)).toEqual({ ok: false, refusal: { code: "ROOM_PAUSED" } });
    expect(checkSend(paused, COUNSELOR, "MESSAGE", t0)).toEqual({ ok: true });
    expect(checkSend(act(paused, { type: "RESUME" }), mom, "MESSAGE", t0)).toEqual({ ok: true });
  });

  it("muting stops only that member, and unmuting restores them", () => {
    const muted = act(open, { type: "MUTE", userId: SON });
    expect(checkSend(muted, son, "MESSAGE", t0)).toEqual({ ok: false, refusal: { code: "MUTED" } });
    expect(checkSend(muted, mom, "MESSAGE", t0)).toEqual({ ok: true });
    expect(act(muted, { type: "MUTE", userId: SON }).muted).toEqual([SON]);
    expect(checkSend(act(muted, { type: "UNMUTE", userId: SON }), son, "MESSAGE", t0)).toEqual({ ok: true });
  });

  it("refuses to mute someone outside the family", () => {
    expect(refusal(open, { type: "MUTE", userId: "stranger" })).toBe("INVALID");
  });

  it("a cool-down for one member stops them until it ends, then lifts by itself", () => {
    const cooling = act(open, { type: "COOL_DOWN", userId: SON, minutes: 5 });
    expect(checkSend(cooling, son, "MESSAGE", later(60))).toEqual({
      ok: false,
      refusal: { code: "COOL_DOWN", until: later(300).toISOString() },
    });
    expect(checkSend(cooling, mom, "MESSAGE", later(60))).toEqual({ ok: true });
    expect(checkSend(cooling, son, "MESSAGE", later(300))).toEqual({ ok: true });
    expect(tick(cooling, later(301))?.coolDownUntil).toEqual({});
  });

  it("a cool-down for everyone stops all members, and the counselor can end it early", () => {
    const cooling = act(open, { type: "COOL_DOWN", userId: null, minutes: 2 });
    for (const who of [mom, son]) expect(checkSend(cooling, who, "MESSAGE", later(10)).ok).toBe(false);
    expect(checkSend(cooling, COUNSELOR, "MESSAGE", later(10)).ok).toBe(true);
    expect(checkSend(act(cooling, { type: "END_COOL_DOWN" }), mom, "MESSAGE", later(10)).ok).toBe(true);
  });

  it("refuses a cool-down shorter than a minute or longer than 30", () => {
    expect(refusal(open, { type: "COOL_DOWN", userId: null, minutes: 0 })).toBe("INVALID");
    expect(refusal(open, { type: "COOL_DOWN", userId: null, minutes: 31 })).toBe("INVALID");
  });

  it("reports the later of an individual and a general cool-down", () => {
    const both = act(act(open, { type: "COOL_DOWN", userId: SON, minutes: 10 }), {
      type: "COOL_DOWN",
      userId: null,
      minutes: 2,
    });
    expect(checkSend(both, son, "MESSAGE", later(30))).toEqual({
      ok: false,
      refusal: { code: "COOL_DOWN", until: later(600).toISOString() },
    });
  });
});

describe("round-robin", () => {
  it("gives the floor to the first in the order; only the holder writes", () => {
    const state = roundRobin();
    expect(state.holder).toBe(SON);
    expect(checkSend(state, son, "MESSAGE", t0)).toEqual({ ok: true });
    expect(checkSend(state, mom, "MESSAGE", t0)).toEqual({
      ok: false,
      refusal: { code: "NOT_YOUR_TURN", holder: SON, mode: "ROUND_ROBIN" },
    });
  });

  it("passes in order and wraps around", () => {
    const afterSon = act(roundRobin(), { type: "PASS_FLOOR" }, son);
    expect(afterSon.holder).toBe(MOM);
    expect(act(afterSon, { type: "PASS_FLOOR" }, mom).holder).toBe(SON);
  });

  it("lets only the holder (or the counselor) pass", () => {
    expect(refusal(roundRobin(), { type: "PASS_FLOOR" }, mom)).toBe("FORBIDDEN");
    expect(act(roundRobin(), { type: "PASS_FLOOR" }).holder).toBe(MOM);
  });

  it("advances by itself when a timed turn runs out", () => {
    const timed = roundRobin(60);
    expect(timed.turnEndsAt).toBe(later(60).toISOString());
    expect(nextDeadline(timed)).toBe(later(60).toISOString());
    expect(tick(timed, later(59))).toBeNull();
    const next = tick(timed, later(60))!;
    expect(next.holder).toBe(MOM);
    expect(next.turnEndsAt).toBe(later(120).toISOString());
  });

  it("needs at least two family members in the order", () => {
    expect(refusal(open, { type: "SET_MODE", mode: "ROUND_ROBIN", order: [SON], turnSeconds: null })).toBe("INVALID");
    expect(refusal(open, { type: "SET_MODE", mode: "ROUND_ROBIN", order: [SON, "stranger"], turnSeconds: null })).toBe(
      "INVALID",
    );
    expect(refusal(open, { type: "SET_MODE", mode: "ROUND_ROBIN", order: [SON, SON], turnSeconds: null })).toBe(
      "INVALID",
    );
  });

  it("lets the counselor grant the floor out of order", () => {
    expect(act(roundRobin(), { type: "GRANT_FLOOR", userId: MOM }).holder).toBe(MOM);
  });
});

describe("hand-raise", () => {
  it("starts with nobody holding the floor", () => {
    expect(checkSend(handRaise(), mom, "MESSAGE", t0)).toEqual({
      ok: false,
      refusal: { code: "NOT_YOUR_TURN", holder: null, mode: "HAND_RAISE" },
    });
  });

  it("queues raised hands in order, once each", () => {
    const state = act(
      act(act(handRaise(), { type: "RAISE_HAND" }, son), { type: "RAISE_HAND" }, mom),
      { type: "RAISE_HAND" },
      son,
    );
    expect(state.queue).toEqual([SON, MOM]);
  });

  it("lowering a hand takes it out of the queue", () => {
    const state = act(act(handRaise(), { type: "RAISE_HAND" }, son), { type: "LOWER_HAND" }, son);
    expect(state.queue).toEqual([]);
  });

  it("granting gives the floor and removes the hand; taking it back leaves nobody", () => {
    const raised = act(handRaise(), { type: "RAISE_HAND" }, son);
    const granted = act(raised, { type: "GRANT_FLOOR", userId: SON });
    expect([granted.holder, granted.queue]).toEqual([SON, []]);
    expect(checkSend(granted, son, "MESSAGE", t0)).toEqual({ ok: true });
    expect(act(granted, { type: "TAKE_FLOOR_BACK" }).holder).toBeNull();
  });

  it("the holder can hand the floor back", () => {
    const granted = act(handRaise(), { type: "GRANT_FLOOR", userId: SON });
    expect(act(granted, { type: "PASS_FLOOR" }, son).holder).toBeNull();
    expect(refusal(granted, { type: "PASS_FLOOR" }, mom)).toBe("FORBIDDEN");
  });

  it("refuses raising a hand outside hand-raise mode, or by the counselor", () => {
    expect(refusal(open, { type: "RAISE_HAND" }, son)).toBe("CONFLICT");
    expect(refusal(handRaise(), { type: "RAISE_HAND" })).toBe("FORBIDDEN");
  });

  it("refuses granting the floor in open mode or to a stranger", () => {
    expect(refusal(open, { type: "GRANT_FLOOR", userId: SON })).toBe("CONFLICT");
    expect(refusal(handRaise(), { type: "GRANT_FLOOR", userId: "stranger" })).toBe("INVALID");
  });
});

describe("speaker–listener", () => {
  it("the speaker writes; the listener may not write plain messages; others may not write", () => {
    const state = speakerListener();
    expect(checkSend(state, son, "MESSAGE", t0)).toEqual({ ok: true });
    expect(checkSend(state, mom, "MESSAGE", t0)).toEqual({ ok: false, refusal: { code: "LISTENER_PARAPHRASE_ONLY" } });
    expect(checkSend(state, { userId: "sister", isCounselor: false }, "MESSAGE", t0)).toEqual({
      ok: false,
      refusal: { code: "NOT_YOUR_TURN", holder: SON, mode: "SPEAKER_LISTENER" },
    });
  });

  it("the listener can paraphrase only after the speaker has spoken, one at a time", () => {
    const state = speakerListener();
    expect(checkSend(state, mom, "PARAPHRASE", t0)).toEqual({ ok: false, refusal: { code: "NOTHING_TO_PARAPHRASE" } });
    const spoken = afterMessage(state, son, "MESSAGE", 1);
    expect(checkSend(spoken, mom, "PARAPHRASE", t0)).toEqual({ ok: true });
    const pending = afterMessage(spoken, mom, "PARAPHRASE", 2);
    expect(pending.pendingParaphraseSeq).toBe(2);
    expect(checkSend(pending, mom, "PARAPHRASE", t0)).toEqual({ ok: false, refusal: { code: "PARAPHRASE_PENDING" } });
  });

  it("the speaker cannot send a paraphrase", () => {
    expect(checkSend(speakerListener(), son, "PARAPHRASE", t0)).toEqual({
      ok: false,
      refusal: { code: "NOT_LISTENER" },
    });
  });

  it("the floor passes only after a confirmed paraphrase", () => {
    const spoken = afterMessage(speakerListener(), son, "MESSAGE", 1);
    expect(refusal(spoken, { type: "PASS_FLOOR" }, son)).toBe("CONFLICT");
    const pending = afterMessage(spoken, mom, "PARAPHRASE", 2);
    expect(refusal(pending, { type: "PASS_FLOOR" }, son)).toBe("CONFLICT");
    const confirmed = act(pending, { type: "CONFIRM_PARAPHRASE", seq: 2 }, son);
    expect(confirmed.paraphraseConfirmed).toBe(true);
    const swapped = act(confirmed, { type: "PASS_FLOOR" }, son);
    expect([swapped.speaker, swapped.listener, swapped.paraphraseConfirmed, swapped.awaitingParaphrase]).toEqual([
      MOM,
      SON,
      false,
      false,
    ]);
  });

  it('"not quite" sends the listener back to try again', () => {
    const pending = afterMessage(afterMessage(speakerListener(), son, "MESSAGE", 1), mom, "PARAPHRASE", 2);
    const corrected = act(pending, { type: "CORRECT_PARAPHRASE", seq: 2 }, son);
    expect([corrected.pendingParaphraseSeq, corrected.awaitingParaphrase, corrected.paraphraseConfirmed]).toEqual([
      null,
      true,
      false,
    ]);
    expect(checkSend(corrected, mom, "PARAPHRASE", t0)).toEqual({ ok: true });
    expect(refusal(corrected, { type: "PASS_FLOOR" }, son)).toBe("CONFLICT");
  });

  it("speaking again after a confirmation needs a new paraphrase before the floor passes", () => {
    const confirmed = act(
      afterMessage(afterMessage(speakerListener(), son, "MESSAGE", 1), mom, "PARAPHRASE", 2),
      { type: "CONFIRM_PARAPHRASE", seq: 2 },
      son,
    );
    const more = afterMessage(confirmed, son, "MESSAGE", 3);
    expect(refusal(more, { type: "PASS_FLOOR" }, son)).toBe("CONFLICT");
  });

  it("only the speaker confirms, and only the paraphrase that is waiting", () => {
    const pending = afterMessage(afterMessage(speakerListener(), son, "MESSAGE", 1), mom, "PARAPHRASE", 2);
    expect(refusal(pending, { type: "CONFIRM_PARAPHRASE", seq: 2 }, mom)).toBe("FORBIDDEN");
    expect(refusal(pending, { type: "CONFIRM_PARAPHRASE", seq: 1 }, son)).toBe("CONFLICT");
  });

  it("only the speaker passes; the counselor swaps only after confirmation unless forcing", () => {
    const spoken = afterMessage(speakerListener(), son, "MESSAGE", 1);
    expect(refusal(spoken, { type: "PASS_FLOOR" }, mom)).toBe("FORBIDDEN");
    expect(refusal(spoken, { type: "SWAP_ROLES" })).toBe("CONFLICT");
    expect(act(spoken, { type: "SWAP_ROLES", force: true }).speaker).toBe(MOM);
  });

  it("needs two different family members", () => {
    expect(refusal(open, { type: "SET_MODE", mode: "SPEAKER_LISTENER", speaker: SON, listener: SON })).toBe("INVALID");
    expect(refusal(open, { type: "SET_MODE", mode: "SPEAKER_LISTENER", speaker: SON, listener: "stranger" })).toBe(
      "INVALID",
    );
  });

  it("the counselor's own messages and paraphrase bookkeeping are separate", () => {
    const state = speakerListener();
    expect(checkSend(state, COUNSELOR, "MESSAGE", t0)).toEqual({ ok: true });
    expect(afterMessage(state, COUNSELOR, "MESSAGE", 1)).toBe(state);
  });
});

describe("changing modes", () => {
  it("clears the previous mode's floor, queue and roles but keeps pause, mute and cool-downs", () => {
    const busy = act(
      act(act(act(handRaise(), { type: "RAISE_HAND" }, son), { type: "GRANT_FLOOR", userId: MOM }), {
        type: "MUTE",
        userId: SON,
      }),
      { type: "PAUSE" },
    );
    const next = act(busy, { type: "SET_MODE", mode: "OPEN" });
    expect([next.mode, next.holder, next.queue, next.paused, next.muted]).toEqual(["OPEN", null, [], true, [SON]]);
  });

  it("tick changes nothing when nothing is due", () => {
    expect(tick(speakerListener(), later(3600))).toBeNull();
    expect(nextDeadline(open)).toBeNull();
  });
});

describe("names in the room", () => {
  it("uses the first name, or title and surname for a titled name", async () => {
    const { shortName } = await import("@/lib/room/people");
    expect(shortName("Laura Bennett")).toBe("Laura");
    expect(shortName("Dr. Maya Reyes")).toBe("Dr. Reyes");
    expect(shortName("Sam")).toBe("Sam");
  });
});
