import { describe, expect, it } from "vitest";
import { judgeSession, touchDue, type SessionLifetimePolicy } from "@/lib/auth/session-lifetime";
import { resolveClientAddress } from "@/lib/auth/client-address";

const policy: SessionLifetimePolicy = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 };
const t0 = new Date("2026-11-24T08:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const session = (overrides = {}) => ({
  createdAt: t0,
  lastSeenAt: t0,
  expiresAt: later(12 * 60),
  revokedAt: null,
  ...overrides,
});

describe("session lifetime", () => {
  it("is active while used within the idle window and before the absolute end", () => {
    expect(judgeSession(session({ lastSeenAt: later(600) }), later(620), policy)).toBe("ACTIVE");
  });

  it("has ended once idle for the idle window", () => {
    expect(judgeSession(session(), later(30), policy)).toBe("IDLE");
  });

  it("has ended at the absolute lifetime however recently used", () => {
    expect(judgeSession(session({ lastSeenAt: later(719) }), later(720), policy)).toBe("EXPIRED");
  });

  it("counts the absolute lifetime from creation even if the row's end was pushed later", () => {
    expect(judgeSession(session({ lastSeenAt: later(779), expiresAt: later(10_000) }), later(780), policy)).toBe(
      "EXPIRED",
    );
  });

  it("has ended when revoked, or when there is no row", () => {
    expect(judgeSession(session({ revokedAt: later(1) }), later(2), policy)).toBe("REVOKED");
    expect(judgeSession(null, t0, policy)).toBe("REVOKED");
  });

  it("records activity at most once a minute", () => {
    expect(touchDue(t0, new Date(t0.getTime() + 59_000), policy)).toBe(false);
    expect(touchDue(t0, later(1), policy)).toBe(true);
  });
});

describe("client address for throttling", () => {
  it("takes the TCP peer and ignores X-Forwarded-For unless the proxy is trusted", () => {
    expect(resolveClientAddress("::ffff:203.0.113.9", "6.6.6.6", false)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7", true)).toBe("198.51.100.7");
    expect(resolveClientAddress("10.0.0.2", undefined, true)).toBe("10.0.0.2");
  });
});
