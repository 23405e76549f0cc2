import { describe, expect, it } from "vitest";
import { applyAction, initialFloorState, type FloorAction, type FloorState } from "@/lib/room/floor";
import { decideSend, type Sender, type SendAttempt } from "@/lib/room/decide-send";
import { SPEAKER_CHUNK_MAX } from "@/lib/room/protocol";
import type { RoomRules } from "@/lib/room/room-rules";

const MOM = "mom";
const SON = "son";
const counselor: Sender = { userId: "counselor", isCounselor: true, role: "COUNSELOR" };
const mom: Sender = { userId: MOM, isCounselor: false, role: "PARENT" };
const son: Sender = { userId: SON, isCounselor: false, role: "TEEN" };
const t0 = new Date("2027-03-01T17:00:00Z");
const standard: RoomRules = { preset: "standard" };

function act(state: FloorState, action: FloorAction, actor = { userId: "counselor", isCounselor: true }): FloorState {
  const result = applyAction(state, action, actor, [MOM, SON], t0);
  if (!result.ok) throw new Error(`${action.type} refused`);
  return result.state;
}

const say = (text: string, extra: Partial<SendAttempt> = {}): SendAttempt => ({
  text,
  kind: "MESSAGE",
  sendAnyway: false,
  ...extra,
});
const open = initialFloorState();
const speakerListener = () => act(open, { type: "SET_MODE", mode: "SPEAKER_LISTENER", speaker: SON, listener: MOM });

describe("the floor comes first", () => {
  it.each([
    ["paused", act(open, { type: "PAUSE" }), "ROOM_PAUSED"],
    ["muted", act(open, { type: "MUTE", userId: SON }), "MUTED"],
    ["cooling down", act(open, { type: "COOL_DOWN", userId: SON, minutes: 5 }), "COOL_DOWN"],
    [
      "not holding the floor",
      act(act(open, { type: "SET_MODE", mode: "HAND_RAISE" }), { type: "GRANT_FLOOR", userId: MOM }),
      "NOT_YOUR_TURN",
    ],
  ])("refuses a member while the room is %s, before the rules look at the words", (_name, state, code) => {
    const decision = decideSend(state, standard, son, say("you are an idiot"), t0);
    expect(decision).toMatchObject({ outcome: "REFUSE", refusal: { code } });
  });

  it("lets the counselor write through a pause", () => {
    expect(decideSend(act(open, { type: "PAUSE" }), standard, counselor, say("Let's take a breath."), t0).outcome).toBe(
      "DELIVER",
    );
  });

  it("refuses a paraphrase outside speaker–listener", () => {
    expect(decideSend(open, standard, mom, say("What I hear is…", { kind: "PARAPHRASE" }), t0)).toMatchObject({
      outcome: "REFUSE",
      refusal: { code: "NOT_LISTENER" },
    });
  });

  it("keeps the listener to paraphrases", () => {
    const state = decideSend(speakerListener(), standard, son, say("I feel left out at dinner."), t0);
    expect(state.outcome).toBe("DELIVER");
    if (state.outcome !== "DELIVER") return;
    const after = state.next(2);
    expect(decideSend(after, standard, mom, say("But you never talk at dinner."), t0)).toMatchObject({
      outcome: "REFUSE",
      refusal: { code: "LISTENER_PARAPHRASE_ONLY" },
    });
    expect(
      decideSend(after, standard, mom, say("You feel left out at dinner.", { kind: "PARAPHRASE" }), t0).outcome,
    ).toBe("DELIVER");
  });
});

describe("the speaker's short chunks", () => {
  it(`refuses a speaker's message over ${SPEAKER_CHUNK_MAX} characters`, () => {
    expect(decideSend(speakerListener(), standard, son, say("a".repeat(SPEAKER_CHUNK_MAX + 1)), t0)).toEqual({
      outcome: "TOO_LONG",
      max: SPEAKER_CHUNK_MAX,
    });
  });

  it(`accepts exactly ${SPEAKER_CHUNK_MAX} characters`, () => {
    expect(decideSend(speakerListener(), standard, son, say("a".repeat(SPEAKER_CHUNK_MAX)), t0).outcome).toBe(
      "DELIVER",
    );
  });

  it("does not limit the length in open mode, nor the counselor in speaker–listener", () => {
    const long = "a".repeat(SPEAKER_CHUNK_MAX + 50);
    expect(decideSend(open, standard, son, say(long), t0).outcome).toBe("DELIVER");
    expect(decideSend(speakerListener(), standard, counselor, say(long), t0).outcome).toBe("DELIVER");
  });
});

describe("then the calm-communication rules", () => {
  it("delivers a calm message without changing the floor in open mode", () => {
    const decision = decideSend(open, standard, son, say("Dinner is at six tonight."), t0);
    expect(decision).toMatchObject({ outcome: "DELIVER", sentAnyway: false, changesState: false, moderation: null });
  });

  it("keeps the positives of a kind message for the counselor's figures", () => {
    const decision = decideSend(open, standard, son, say("Thank you for listening to me, I appreciate it."), t0);
    expect(decision.outcome).toBe("DELIVER");
    if (decision.outcome === "DELIVER") expect(decision.moderation?.positives.length).toBeGreaterThan(0);
  });

  it("nudges a message the preset nudges, and delivers it marked sent-anyway when the sender insists", () => {
    const nudged = decideSend(open, standard, son, say("You never listen to me."), t0);
    expect(nudged.outcome).toBe("NUDGE");
    const insisted = decideSend(open, standard, son, say("You never listen to me.", { sendAnyway: true }), t0);
    expect(insisted).toMatchObject({ outcome: "DELIVER", sentAnyway: true, moderation: { sentAnyway: true } });
  });

  it("nudges first what the preset holds, and holds it for the counselor only when the sender insists", () => {
    expect(decideSend(open, standard, son, say("I'll kill you if you touch my phone."), t0).outcome).toBe("NUDGE");
    expect(
      decideSend(open, standard, son, say("I'll kill you if you touch my phone.", { sendAnyway: true }), t0).outcome,
    ).toBe("HOLD");
  });

  it("blocks what the room's rules block, naming the finding that blocked it", () => {
    const rules: RoomRules = { preset: "custom", rules: { ...allAllow(), PROFANITY: "BLOCK" } };
    const decision = decideSend(open, rules, son, say("this is fucking ridiculous"), t0);
    expect(decision).toMatchObject({ outcome: "BLOCK", blocking: { category: "PROFANITY" } });
  });

  it("follows a custom rule that allows a category", () => {
    const rules: RoomRules = { preset: "custom", rules: allAllow() };
    expect(decideSend(open, rules, son, say("You never listen to me."), t0).outcome).toBe("DELIVER");
  });

  it("never moderates the counselor", () => {
    expect(
      decideSend(open, { preset: "strict" }, counselor, say("You never listen — that's what Sam said last week."), t0)
        .outcome,
    ).toBe("DELIVER");
  });
});

describe("the safety path", () => {
  it("takes a member's words about self-harm to the safety path, whatever the rules", () => {
    const rules: RoomRules = { preset: "custom", rules: allAllow() };
    expect(decideSend(open, rules, son, say("I want to die"), t0).outcome).toBe("SAFETY");
  });

  it("takes it there even when the floor would refuse the member (muted, paused, not their turn)", () => {
    for (const state of [
      act(open, { type: "MUTE", userId: SON }),
      act(open, { type: "PAUSE" }),
      act(act(open, { type: "SET_MODE", mode: "HAND_RAISE" }), { type: "GRANT_FLOOR", userId: MOM }),
    ]) {
      expect(decideSend(state, standard, son, say("nobody would care if I was gone"), t0).outcome).toBe("SAFETY");
    }
  });

  it("leaves a paraphrase and the counselor's own words to the usual path", () => {
    expect(
      decideSend(
        open,
        standard,
        counselor,
        say("Sam, when you said you want to die, I heard how much pain you are in."),
        t0,
      ).outcome,
    ).toBe("DELIVER");
    expect(
      decideSend(open, standard, mom, say("You feel like you want to die.", { kind: "PARAPHRASE" }), t0).outcome,
    ).not.toBe("SAFETY");
    expect(
      decideSend(
        open,
        standard,
        mom,
        say("What I hear you saying is that you feel like you want to die.", { kind: "PARAPHRASE" }),
        t0,
      ).outcome,
    ).not.toBe("SAFETY");
  });

  it("takes the safety path when a listener speaks for themself in the paraphrase box", () => {
    const listening = act(open, { type: "SET_MODE", mode: "SPEAKER_LISTENER", speaker: MOM, listener: SON });
    expect(
      decideSend(
        listening,
        standard,
        son,
        say("What I hear you saying is… sometimes I just want to kill myself", { kind: "PARAPHRASE" }),
        t0,
      ).outcome,
    ).toBe("SAFETY");
  });
});

describe("the floor after delivery", () => {
  it("says a speaker's message changes the floor (a paraphrase is now awaited) and a listener's paraphrase records its seq", () => {
    const spoke = decideSend(speakerListener(), standard, son, say("I feel left out."), t0);
    expect(spoke).toMatchObject({ outcome: "DELIVER", changesState: true });
    if (spoke.outcome !== "DELIVER") return;
    const awaiting = spoke.next(5);
    expect(awaiting.awaitingParaphrase).toBe(true);
    const reflected = decideSend(awaiting, standard, mom, say("You feel left out.", { kind: "PARAPHRASE" }), t0);
    expect(reflected).toMatchObject({ outcome: "DELIVER", changesState: true });
    if (reflected.outcome === "DELIVER") expect(reflected.next(6).pendingParaphraseSeq).toBe(6);
  });
});

function allAllow() {
  return {
    PROFANITY: "ALLOW",
    SLUR: "ALLOW",
    INSULT: "ALLOW",
    CONTEMPT: "ALLOW",
    BLAME_ABSOLUTE: "ALLOW",
    BLAME: "ALLOW",
    SHOUTING: "ALLOW",
    THREAT: "ALLOW",
    SELF_HARM: "ALLOW",
    STONEWALLING: "ALLOW",
  } as const;
}
