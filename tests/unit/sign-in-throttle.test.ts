import { describe, expect, it } from "vitest";
import {
  checkThrottle,
  combineChecks,
  describeRetry,
  recordFailure,
  throttleRules,
  type ThrottleRule,
  type ThrottleState,
} from "@/lib/auth/sign-in-throttle";

const rule: ThrottleRule = {
  freeFailures: 3,
  baseDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};
const t0 = new Date("2026-11-23T10:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function fail(times: number, start: ThrottleState | null = null, second = 0): ThrottleState | null {
  let state = start;
  for (let i = 0; i < times; i++) state = recordFailure(state, at(second), rule);
  return state;
}

describe("sign-in throttle", () => {
  it("allows a key with no failures", () => {
    expect(checkThrottle(null, t0)).toEqual({ allowed: true });
  });

  it("does not delay while failures stay within the free allowance", () => {
    const state = fail(3);
    expect(state?.blockedUntil).toBeNull();
    expect(checkThrottle(state, at(1))).toEqual({ allowed: true });
  });

  it("delays the attempt after the allowance by the base delay", () => {
    const state = fail(4);
    expect(state?.blockedUntil).toEqual(at(30));
    expect(checkThrottle(state, at(10))).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect(checkThrottle(state, at(30))).toEqual({ allowed: true });
  });

  it("doubles the delay with each further failure, up to the cap", () => {
    expect(fail(5)?.blockedUntil).toEqual(at(60));
    expect(fail(6)?.blockedUntil).toEqual(at(120));
    expect(fail(40)?.blockedUntil).toEqual(at(15 * 60));
  });

  it("forgets failures after a quiet spell", () => {
    const state = fail(10);
    expect(recordFailure(state, at(3600), rule)).toEqual({ failures: 1, lastFailureAt: at(3600), blockedUntil: null });
  });

  it("waits for the longest of several keys", () => {
    expect(
      combineChecks([
        { allowed: true },
        { allowed: false, retryAfterSeconds: 5 },
        { allowed: false, retryAfterSeconds: 90 },
      ]),
    ).toEqual({ allowed: false, retryAfterSeconds: 90 });
    expect(combineChecks([{ allowed: true }])).toEqual({ allowed: true });
  });

  it("never delays an account from everywhere for more than a minute", () => {
    expect(throttleRules({ maxFailures: 5, maxDelayMinutes: 15 }).account.maxDelayMs).toBe(60_000);
  });

  it("says how long to wait, in seconds or minutes, without naming the account", () => {
    expect(describeRetry(20)).toContain("wait 20 seconds");
    expect(describeRetry(60)).toContain("wait 1 minute");
    expect(describeRetry(14 * 60 + 1)).toContain("wait 15 minutes");
    expect(describeRetry(20)).not.toContain("account");
  });
});
