import { describe, expect, it } from "vitest";
import { describeFigures } from "@/lib/room/describe-figures";
import type { MemberStats } from "@/lib/room/moderation-stats";

function member(name: string, over: Partial<MemberStats> = {}): MemberStats {
  return {
    userId: name.toLowerCase(),
    name,
    byCategory: {},
    nudges: { shown: 0, sentAnyway: 0, reworded: 0 },
    holds: { held: 0, approved: 0, rejected: 0, returned: 0, withdrawn: 0 },
    blocked: 0,
    positives: 0,
    kindMessages: 0,
    negatives: 0,
    ratio: null,
    ...over,
  };
}

describe("describeFigures", () => {
  it("says each member's kind and harsh messages in plain words", () => {
    const figures = describeFigures(
      [member("Sam Bennett", { kindMessages: 6, negatives: 2 }), member("Laura Bennett", { kindMessages: 4 })],
      { ended: false },
    );
    expect(figures.members).toEqual([
      "Sam: 6 kind or appreciative messages, 2 harsh",
      "Laura: 4 kind or appreciative messages, 0 harsh",
    ]);
  });

  it("uses the singular for one kind message", () => {
    expect(describeFigures([member("Sam", { kindMessages: 1 })], { ended: false }).members).toEqual([
      "Sam: 1 kind or appreciative message, 0 harsh",
    ]);
  });

  it("says who reworded their nudges", () => {
    const figures = describeFigures(
      [member("Sam", { nudges: { shown: 2, reworded: 2, sentAnyway: 0 } }), member("Laura")],
      { ended: false },
    );
    expect(figures.moderation).toEqual(["2 nudges — Sam reworded both"]);
  });

  it("tells apart rewording, sending anyway and a mix, per person", () => {
    const figures = describeFigures(
      [
        member("Sam", { nudges: { shown: 1, reworded: 1, sentAnyway: 0 } }),
        member("Laura", { nudges: { shown: 1, reworded: 0, sentAnyway: 1 } }),
        member("Leo", { nudges: { shown: 3, reworded: 2, sentAnyway: 1 } }),
      ],
      { ended: false },
    );
    expect(figures.moderation[0]).toBe(
      "5 nudges — Sam reworded it; Laura sent it anyway; Leo reworded 2 of 3 and sent 1 anyway",
    );
  });

  it("says there were no nudges rather than a zero ratio", () => {
    expect(describeFigures([member("Sam")], { ended: false }).moderation).toEqual(["No nudges"]);
  });

  it("says how held messages were decided, and what is still waiting", () => {
    const figures = describeFigures(
      [member("Laura", { holds: { held: 3, approved: 1, rejected: 1, returned: 0, withdrawn: 0 } })],
      { ended: false },
    );
    expect(figures.moderation).toContain("3 messages held for you — Laura: 1 approved, 1 rejected, 1 still waiting");
    // One taken back by its sender is not waiting (found by a new user).
    const after = describeFigures(
      [member("Sam", { holds: { held: 2, approved: 0, rejected: 1, returned: 0, withdrawn: 1 } })],
      { ended: false },
    );
    expect(after.moderation).toContain("2 messages held for you — Sam: 1 rejected, 1 taken back");
    // After the end nobody can answer one that waited: it was never answered (decision 024).
    const ended = describeFigures(
      [member("Laura", { holds: { held: 2, approved: 1, rejected: 0, returned: 0, withdrawn: 0 } })],
      { ended: true },
    );
    expect(ended.moderation).toContain(
      "2 messages held for you — Laura: 1 approved, 1 never answered (the session ended)",
    );
  });

  it("names blocked messages and the patterns that came up, by person", () => {
    const figures = describeFigures([member("Laura", { blocked: 1, byCategory: { CONTEMPT: 2, SHOUTING: 1 } })], {
      ended: false,
    });
    expect(figures.moderation).toContain("Blocked: Laura 1");
    expect(figures.moderation).toContain("What came up: Contempt (Laura ×2), Shouting (Laura)");
  });

  it("gives the chart one bar pair per member", () => {
    expect(describeFigures([member("Sam Bennett", { kindMessages: 6, negatives: 2 })], { ended: false }).bars).toEqual([
      { userId: "sam bennett", name: "Sam", kind: 6, harsh: 2 },
    ]);
  });
});
