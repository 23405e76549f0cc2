import { describe, expect, it } from "vitest";
import { initialFloorState, type FloorState } from "@/lib/room/floor";
import { floorLine } from "@/lib/room/floor-line";
import type { RoomPerson } from "@/lib/room/people";

const people: RoomPerson[] = [
  { userId: "maya", name: "Maya Reyes", role: "COUNSELOR" },
  { userId: "mom", name: "Laura Bennett", role: "PARENT" },
  { userId: "son", name: "Sam Bennett", role: "TEEN" },
];
const now = Date.parse("2027-03-01T17:00:00Z");
const state = (extra: Partial<FloorState>): FloorState => ({ ...initialFloorState(), ...extra });

describe("the floor in one line", () => {
  it("tells a listener who has the floor and that they listen", () => {
    expect(floorLine(state({ mode: "HAND_RAISE", holder: "mom" }), people, "son", now)).toBe(
      "Laura has the floor — you listen.",
    );
    expect(floorLine(state({ mode: "HAND_RAISE", holder: "son" }), people, "son", now)).toBe(
      "You have the floor — say what you need.",
    );
  });

  it("says whose turn it is, with the time left", () => {
    expect(
      floorLine(
        state({ mode: "ROUND_ROBIN", holder: "mom", order: ["mom", "son"], turnEndsAt: "2027-03-01T17:01:20Z" }),
        people,
        "son",
        now,
      ),
    ).toBe("Laura's turn — you listen (1:20 left).");
  });

  it("speaks to the speaker and the listener each in their own words", () => {
    const s = state({ mode: "SPEAKER_LISTENER", speaker: "son", listener: "mom" });
    expect(floorLine(s, people, "son", now)).toBe("You speak — Laura listens and says back what they heard.");
    expect(floorLine(s, people, "mom", now)).toBe("Sam speaks — you listen, then say back what you heard.");
  });

  it("puts a pause, a cool-down or a mute before the mode", () => {
    expect(floorLine(state({ paused: true }), people, "son", now)).toBe(
      "The counselor paused the room — take a breath.",
    );
    expect(floorLine(state({ coolDownUntil: { son: "2027-03-01T17:02:00Z" } }), people, "son", now)).toBe(
      "Your cool-down — you can write again in 2:00.",
    );
    expect(floorLine(state({ muted: ["son"] }), people, "son", now)).toBe(
      "The counselor muted you for now — you can read along.",
    );
    expect(floorLine(state({}), people, "son", now)).toBe("Open conversation — anyone may write.");
  });

  it("tells the others when the one they wait for is in a cool-down, and how long", () => {
    const cooling = { coolDownUntil: { son: "2027-03-01T17:03:30Z" } };
    const sonSpeaks = state({ ...cooling, mode: "SPEAKER_LISTENER", speaker: "son", listener: "mom" });
    expect(floorLine(sonSpeaks, people, "mom", now)).toBe(
      "Sam is taking a cool-down — back in 3:30. The floor waits for them.",
    );
    // Sam himself reads his own line, not this one.
    expect(floorLine(sonSpeaks, people, "son", now)).toBe("Your cool-down — you can write again in 3:30.");
    expect(floorLine(state({ ...cooling, mode: "ROUND_ROBIN", holder: "son" }), people, "mom", now)).toBe(
      "Sam is taking a cool-down — back in 3:30. The floor waits for them.",
    );
    expect(floorLine(state({ ...cooling }), people, "mom", now)).toBe(
      "Open conversation — anyone may write. Sam is taking a cool-down (back in 3:30).",
    );
    // When the floor is someone else's, the mode's own line stands.
    expect(floorLine(state({ ...cooling, mode: "HAND_RAISE", holder: "mom" }), people, "mom", now)).toBe(
      "You have the floor — say what you need.",
    );
    // A cool-down that is over is not mentioned.
    expect(floorLine(state({ coolDownUntil: { son: "2027-03-01T16:59:00Z" } }), people, "mom", now)).toBe(
      "Open conversation — anyone may write.",
    );
  });
});
