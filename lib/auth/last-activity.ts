// The browser records when its person last did something (components/idle-sign-out.tsx);
// the sign-in page reads it to explain a session that ran out while away.
export const LAST_ACTIVITY_COOKIE = "mend_last_activity";

export function expiredWhileAway(cookieValue: string | undefined, idleSeconds: number, now = Date.now()): boolean {
  const last = Number(cookieValue);
  return Number.isFinite(last) && last > 0 && now - last >= idleSeconds * 1000;
}
