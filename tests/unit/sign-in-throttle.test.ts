import { describe, expect, it } from "vitest";
import { checkThrottle, describeRetry, recordFailure, type ThrottlePolicy, type ThrottleState } from "@/lib/auth/sign-in-throttle";

const policy: ThrottlePolicy = { maxFailures: 3, windowMs: 10 * 60_000, lockMs: 15 * 60_000 };
const t0 = new Date("2026-11-23T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function fail(times: number, start: ThrottleState | null = null, minute = 0): ThrottleState | null {
  let state = start;
  for (let i = 0; i < times; i++) state = recordFailure(state, at(minute), policy);
  return state;
}

describe("sign-in throttle", () => {
  it("allows an account with no failures", () => {
    expect(checkThrottle(null, t0)).toEqual({ allowed: true });
  });

  it("allows attempts while failures stay below the limit", () => {
    const state = fail(2);
    expect(state?.lockedUntil).toBeNull();
    expect(checkThrottle(state, at(1))).toEqual({ allowed: true });
  });

  it("locks the account when failures reach the limit within the window", () => {
    const state = fail(3);
    expect(state?.lockedUntil).toEqual(at(15));
    expect(checkThrottle(state, at(1))).toEqual({ allowed: false, retryAfterSeconds: 14 * 60 });
  });

  it("unlocks once the lock time has passed", () => {
    expect(checkThrottle(fail(3), at(15))).toEqual({ allowed: true });
  });

  it("starts counting afresh when the window has passed", () => {
    const old = fail(2);
    const next = recordFailure(old, at(11), policy);
    expect(next).toEqual({ failures: 1, windowStartedAt: at(11), lockedUntil: null });
  });

  it("starts counting afresh after a lock has expired", () => {
    const next = recordFailure(fail(3), at(16), policy);
    expect(next.failures).toBe(1);
    expect(next.lockedUntil).toBeNull();
  });

  it("keeps the window start of the first failure", () => {
    const state = recordFailure(fail(1, null, 0), at(4), policy);
    expect(state.windowStartedAt).toEqual(t0);
    expect(state.failures).toBe(2);
  });

  it("rounds the wait up to whole seconds", () => {
    const state: ThrottleState = { failures: 3, windowStartedAt: t0, lockedUntil: new Date(t0.getTime() + 1_500) };
    expect(checkThrottle(state, t0)).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it("tells the person how long to wait in minutes", () => {
    expect(describeRetry(14 * 60)).toContain("try again in 14 minutes");
    expect(describeRetry(61)).toContain("try again in 2 minutes");
    expect(describeRetry(60)).toContain("try again in 1 minute");
    expect(describeRetry(20)).toContain("try again in a minute");
  });
});
