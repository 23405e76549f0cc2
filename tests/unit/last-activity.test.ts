import { describe, expect, it } from "vitest";
import { expiredWhileAway } from "@/lib/auth/last-activity";

const now = Date.parse("2026-11-23T12:00:00Z");
const minutesAgo = (m: number) => String(now - m * 60_000);

describe("expiredWhileAway", () => {
  it("is true when the last activity is older than the idle timeout", () => {
    expect(expiredWhileAway(minutesAgo(31), 30 * 60, now)).toBe(true);
    expect(expiredWhileAway(minutesAgo(30), 30 * 60, now)).toBe(true);
  });

  it("is false while the session would still be alive", () => {
    expect(expiredWhileAway(minutesAgo(29), 30 * 60, now)).toBe(false);
  });

  it("is false when there is no usable record", () => {
    for (const value of [undefined, "", "abc", "0", "-5"]) expect(expiredWhileAway(value, 30 * 60, now)).toBe(false);
  });
});
