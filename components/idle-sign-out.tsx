"use client";

// Signs a person out after SESSION_IDLE_MINUTES without activity and tells them
// why. Activity (throttled) renews the server session, whose cookie expires on
// its own after the same time; localStorage keeps tabs in agreement and lets
// the sign-in page explain an expiry that happened while the tab was closed.
import { useEffect, useState } from "react";
import { signOut } from "next-auth/react";

const KEY = "mend.lastActivity";
const WARN_BEFORE_MS = 60_000;
const CHECK_EVERY_MS = 5_000;

export function forgetActivity() {
  window.localStorage.removeItem(KEY);
}

/** True when this browser had a session that ran out while nobody was here. */
export function expiredWhileAway(idleMs: number, now = Date.now()): boolean {
  const last = Number(window.localStorage.getItem(KEY));
  return Number.isFinite(last) && last > 0 && now - last >= idleMs;
}

export function IdleSignOut({ idleSeconds }: { idleSeconds: number }) {
  const idleMs = idleSeconds * 1000;
  const [warning, setWarning] = useState(false);

  useEffect(() => {
    let lastRenewal = Date.now();
    const renewEvery = Math.max(idleMs / 4, 5_000);
    const touch = () => {
      const now = Date.now();
      window.localStorage.setItem(KEY, String(now));
      setWarning(false);
      if (now - lastRenewal >= renewEvery) {
        lastRenewal = now;
        void fetch("/api/auth/session", { cache: "no-store" });
      }
    };
    window.localStorage.setItem(KEY, String(Date.now()));
    const events = ["pointerdown", "keydown", "scroll", "touchstart"] as const;
    events.forEach((name) => window.addEventListener(name, touch, { passive: true }));

    const timer = window.setInterval(() => {
      const last = Number(window.localStorage.getItem(KEY)) || Date.now();
      const idleFor = Date.now() - last;
      if (idleFor >= idleMs) {
        window.clearInterval(timer);
        void signOut({ callbackUrl: "/login?reason=idle" });
      } else {
        setWarning(idleFor >= idleMs - WARN_BEFORE_MS);
      }
    }, Math.min(CHECK_EVERY_MS, idleMs / 2));

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
