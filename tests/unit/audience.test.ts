import { describe, expect, it } from "vitest";
import { audienceOf, type Delivery } from "@/lib/room/audience";
import type { StoredMessage } from "@/lib/room/room-store";

const COUNSELOR = "counselor";
const MOM = "mom";
const SON = "son";

function stored(overrides: Partial<StoredMessage> = {}): StoredMessage {
  return {
    id: "m1",
    sessionId: "s1",
    seq: 7,
    kind: "MESSAGE",
    senderId: SON,
    clientId: "c1",
    text: "I feel left out.",
    recipientId: null,
    data: null,
    moderation: {
      findings: [
        { category: "BLAME_ABSOLUTE", severity: 2, spans: [{ start: 0, end: 3 }], antidote: "Gentle start-up" },
      ],
      positives: [],
    },
    createdAt: new Date("2027-03-01T17:00:00Z"),
    ...overrides,
  };
}

/** What each person would receive, given who is connected. */
function received(deliveries: Delivery[], people: string[]) {
  return Object.fromEntries(
    people.map((p) => [
      p,
      deliveries
        .filter((d) => (d.to === "user" ? d.userId === p : !d.except.includes(p) || d.also?.includes(p)))
        .map((d) => d.view),
    ]),
  );
}

describe("who receives a room message", () => {
  it("gives everyone a public message once, with the findings for the counselor only", () => {
    const got = received(audienceOf(stored(), COUNSELOR), [COUNSELOR, MOM, SON]);
    expect(got[COUNSELOR]).toHaveLength(1);
    expect(got[MOM]).toHaveLength(1);
    expect(got[SON]).toHaveLength(1);
    expect(got[COUNSELOR][0]).toMatchObject({
      seq: 7,
      text: "I feel left out.",
      moderation: { findings: [{ category: "BLAME_ABSOLUTE" }] },
    });
    expect(got[MOM][0]).not.toHaveProperty("moderation");
    expect(got[SON][0]).not.toHaveProperty("moderation");
  });

  it("sends a public message the rules found nothing in as one view to the room and the counselor's own channels", () => {
    const clean = stored({ moderation: null });
    const deliveries = audienceOf(clean, COUNSELOR);
    expect(deliveries).toEqual([
      {
        to: "room",
        except: [],
        also: [COUNSELOR],
        view: expect.objectContaining({ seq: 7, text: "I feel left out." }),
      },
    ]);
    expect(deliveries[0].view).not.toHaveProperty("moderation");
    const got = received(deliveries, [COUNSELOR, MOM, SON]);
    for (const views of Object.values(got)) expect(views).toHaveLength(1);
  });

  it("gives a coaching message in full to its member and the counselor, and a bare stub to everyone else", () => {
    const coaching = stored({
      kind: "COACHING",
      senderId: COUNSELOR,
      recipientId: SON,
      text: "Try an I-statement.",
      moderation: null,
    });
    const got = received(audienceOf(coaching, COUNSELOR), [COUNSELOR, MOM, SON]);
    expect(got[SON]).toEqual([expect.objectContaining({ kind: "COACHING", text: "Try an I-statement." })]);
    expect(got[COUNSELOR]).toEqual([expect.objectContaining({ kind: "COACHING", text: "Try an I-statement." })]);
    expect(got[MOM]).toEqual([{ seq: 7, kind: "HIDDEN" }]);
  });

  it("gives a member's private line to the counselor in full, back to its sender, and a stub to the other member", () => {
    const request = stored({
      kind: "EVENT",
      senderId: MOM,
      recipientId: COUNSELOR,
      text: "Laura asked for a break.",
      data: { type: "BREAK_REQUEST", userId: MOM },
      moderation: null,
    });
    const got = received(audienceOf(request, COUNSELOR), [COUNSELOR, MOM, SON]);
    expect(got[COUNSELOR]).toEqual([expect.objectContaining({ text: "Laura asked for a break." })]);
    expect(got[MOM]).toEqual([expect.objectContaining({ text: "Laura asked for a break." })]);
    expect(got[SON]).toEqual([{ seq: 7, kind: "HIDDEN" }]);
  });

  it("never shows findings to the sender of a private message", () => {
    const request = stored({ senderId: MOM, recipientId: COUNSELOR });
    const got = received(audienceOf(request, COUNSELOR), [MOM]);
    expect(got[MOM][0]).not.toHaveProperty("moderation");
  });

  it("gives every connected person exactly one view of every seq", () => {
    for (const message of [
      stored(),
      stored({ moderation: null }),
      stored({ recipientId: SON, senderId: COUNSELOR, kind: "COACHING" }),
      stored({ recipientId: COUNSELOR, senderId: MOM, kind: "EVENT" }),
    ]) {
      const got = received(audienceOf(message, COUNSELOR), [COUNSELOR, MOM, SON, "someone-else-in-the-room"]);
      for (const views of Object.values(got)) expect(views).toHaveLength(1);
    }
  });
});
