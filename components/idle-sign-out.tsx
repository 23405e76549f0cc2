"use client";

// Signs a person out after SESSION_IDLE_MINUTES without activity and tells them
// why. Activity (throttled) renews the server session, whose cookie expires on
// its own after the same time. The time of the last activity is kept in a
// cookie, so tabs agree and the sign-in page (on the server) can explain an
// expiry that happened while the tab was closed.
import { useEffect, useState } from "react";
import { signOut } from "next-auth/react";
import { LAST_ACTIVITY_COOKIE } from "@/lib/auth/last-activity";

const WARN_BEFORE_MS = 60_000;
const CHECK_EVERY_MS = 5_000;

function writeLastActivity(ms: number) {
  document.cookie = `${LAST_ACTIVITY_COOKIE}=${ms}; path=/; max-age=${60 * 60 * 24 * 30}; samesite=lax`;
}

function readLastActivity(): number | null {
  const match = document.cookie.match(new RegExp(`(?:^|; )${LAST_ACTIVITY_COOKIE}=(\\d+)`));
  return match ? Number(match[1]) : null;
}

export function forgetActivity() {
  document.cookie = `${LAST_ACTIVITY_COOKIE}=; path=/; max-age=0; samesite=lax`;
}

export function IdleSignOut({ idleSeconds }: { idleSeconds: number }) {
  const idleMs = idleSeconds * 1000;
  const [warning, setWarning] = useState(false);

  useEffect(() => {
    let lastRenewal = Date.now();
    const renewEvery = Math.max(idleMs / 4, 5_000);
    const touch = () => {
      const now = Date.now();
      writeLastActivity(now);
      setWarning(false);
      if (now - lastRenewal >= renewEvery) {
        lastRenewal = now;
        void fetch("/api/auth/session", { cache: "no-store" });
      }
    };
    writeLastActivity(Date.now());
    const events = ["pointerdown", "keydown", "scroll", "touchstart"] as const;
    events.forEach((name) => window.addEventListener(name, touch, { passive: true }));

    const timer = window.setInterval(
      () => {
        const last = readLastActivity() ?? Date.now();
        const idleFor = Date.now() - last;
        if (idleFor >= idleMs) {
          window.clearInterval(timer);
          void signOut({ callbackUrl: "/login?reason=idle" });
        } else {
          setWarning(idleFor >= idleMs - WARN_BEFORE_MS);
        }
      },
      Math.min(CHECK_EVERY_MS, idleMs / 2),
    );

    return () => {
      events.forEach((name) => window.removeEventListener(name, touch));
      window.clearInterval(timer);
    };
  }, [idleMs]);

  if (!warning) return null;
  return (
    <div className="idle-warning" role="alert">
      <span>For your privacy you will be signed out in about a minute.</span>
      <button type="button">Stay signed in</button>
    </div>
  );
}
