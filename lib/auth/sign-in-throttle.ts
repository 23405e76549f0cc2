// The pure policy behind slowing down password guessing for one account.
// State is kept per tried email (lib/auth/verify-credentials.ts), so one
// account's lock never affects another's.

export type ThrottlePolicy = { maxFailures: number; windowMs: number; lockMs: number };

export type ThrottleState = { failures: number; windowStartedAt: Date; lockedUntil: Date | null };

export type ThrottleCheck = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function checkThrottle(state: ThrottleState | null, now: Date): ThrottleCheck {
  if (!state?.lockedUntil || state.lockedUntil <= now) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000) };
}

/** The state after one more failed attempt. Failures count within a window that starts at the first failure. */
export function recordFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
  const windowExpired = !state || now.getTime() - state.windowStartedAt.getTime() >= policy.windowMs;
  const lockExpired = !!state?.lockedUntil && state.lockedUntil <= now;
  const fresh = windowExpired || lockExpired;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStartedAt = fresh ? now : state.windowStartedAt;
  const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null;
  return { failures, windowStartedAt, lockedUntil };
}

export function describeRetry(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = retryAfterSeconds < 60 ? "a minute" : minutes === 1 ? "1 minute" : `${minutes} minutes`;
  return `Too many failed sign-in attempts for this account. For your safety, try again in ${wait}, or reset your password with your counselor.`;
}
