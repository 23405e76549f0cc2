// The pure policy that slows password guessing (docs/decisions/004-sign-in-throttle.md).
// Failures are counted under three keys: one account from one address, one
// address across all accounts (password spraying), and one account from
// everywhere (distributed guessing). Past a free allowance each further attempt
// under a key waits twice as long as the last, up to a cap. Nothing locks the
// owner out: from their own address they only meet the account-wide delay,
// whose cap is short.

export type ThrottleKind = "pair" | "client" | "account";

export type ThrottleRule = { freeFailures: number; baseDelayMs: number; maxDelayMs: number; forgetAfterMs: number };

export type ThrottleRules = Record<ThrottleKind, ThrottleRule>;

export type ThrottleState = { failures: number; lastFailureAt: Date; blockedUntil: Date | null };

export type ThrottleCheck = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function throttleRules(settings: { maxFailures: number; maxDelayMinutes: number }): ThrottleRules {
  const hour = 3_600_000;
  return {
    pair: {
      freeFailures: settings.maxFailures,
      baseDelayMs: 30_000,
      maxDelayMs: settings.maxDelayMinutes * 60_000,
      forgetAfterMs: hour,
    },
    client: {
      freeFailures: 4 * settings.maxFailures,
      baseDelayMs: 30_000,
      maxDelayMs: settings.maxDelayMinutes * 60_000,
      forgetAfterMs: hour,
    },
    account: { freeFailures: 2 * settings.maxFailures, baseDelayMs: 5_000, maxDelayMs: 60_000, forgetAfterMs: hour },
  };
}

export function throttleKeys(email: string, clientAddress: string): Record<ThrottleKind, string> {
  return { pair: `pair:${email}|${clientAddress}`, client: `client:${clientAddress}`, account: `account:${email}` };
}

export function checkThrottle(state: ThrottleState | null, now: Date): ThrottleCheck {
  if (!state?.blockedUntil || state.blockedUntil <= now) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil((state.blockedUntil.getTime() - now.getTime()) / 1000) };
}

/** The longest wait any of the keys asks for. */
export function combineChecks(checks: ThrottleCheck[]): ThrottleCheck {
  const waits = checks.flatMap((c) => (c.allowed ? [] : [c.retryAfterSeconds]));
  return waits.length ? { allowed: false, retryAfterSeconds: Math.max(...waits) } : { allowed: true };
}

/** The state after one more failed attempt. Failures are forgotten after a quiet spell. */
export function recordFailure(state: ThrottleState | null, now: Date, rule: ThrottleRule): ThrottleState {
  const forgotten = !state || now.getTime() - state.lastFailureAt.getTime() >= rule.forgetAfterMs;
  const failures = forgotten ? 1 : state.failures + 1;
  const over = failures - rule.freeFailures;
  const delay = over > 0 ? Math.min(rule.maxDelayMs, rule.baseDelayMs * 2 ** Math.min(over - 1, 30)) : 0;
  return { failures, lastFailureAt: now, blockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null };
}

export function describeRetry(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait =
    retryAfterSeconds < 60
      ? `${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}`
      : minutes === 1
        ? "1 minute"
        : `${minutes} minutes`;
  return `Too many sign-in attempts. For your safety, please wait ${wait} before trying again. If you have forgotten your password, you can reset it.`;
}
