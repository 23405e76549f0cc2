import { describe, expect, it } from "vitest";
import { evaluateMessage } from "@/lib/moderation/evaluate-message";
import { WARM_UP_LINES, warmUpModeration } from "@/lib/moderation/warm-up";

describe("warmUpModeration", () => {
  it("takes the engine's delivering path and its finding path, so both are warm before the first family", () => {
    const actions = new Set(WARM_UP_LINES.map((line) => evaluateMessage(line, undefined, { role: "TEEN" }).action));
    expect(actions.has("ALLOW")).toBe(true);
    expect([...actions].some((a) => a !== "ALLOW")).toBe(true);
    // A calmer version is part of the finding path (suggest-rephrasing.ts).
    expect(WARM_UP_LINES.some((line) => evaluateMessage(line).suggestion !== null)).toBe(true);
  });

  it("runs once per process: a second realtime server in the same process finds it warm", () => {
    expect(warmUpModeration()).toBeGreaterThan(WARM_UP_LINES.length);
    expect(warmUpModeration()).toBe(0);
  });
});
