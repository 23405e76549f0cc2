// A socket lives no longer than the sign-in it was opened with: it is
// disconnected when that sign-in is ended (sign-out, "sign out of all devices",
// a password change) and, by a periodic check, when it runs out (idle or absolute).
import { endedAuthSessions } from "@/lib/auth/auth-sessions";
import { onDomainEvent } from "@/lib/events/domain-events";
import type { RealtimeServer } from "./create-realtime-server";
import { signInRoom, userRoom } from "./events";

export function watchSignInSessions(io: RealtimeServer, checkEveryMs: number): { stop: () => void } {
  const unsubscribe = onDomainEvent("sign-ins.ended", (event) => {
    // Through the adapter, so sockets held by other processes go too.
    if ("userId" in event) io.in(userRoom(event.userId)).disconnectSockets(true);
    else if (event.sessionIds.length) io.in(event.sessionIds.map(signInRoom)).disconnectSockets(true);
  });

  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      // Only this process's sockets: every process checks its own.
      const ids = [
        ...new Set([...io.of("/").sockets.values()].map((socket) => socket.data.authSessionId).filter(Boolean)),
      ];
      const ended = await endedAuthSessions(ids);
      if (ended.length) io.local.in(ended.map(signInRoom)).disconnectSockets(true);
    } catch (error) {
      console.warn("[realtime] checking sign-in sessions failed; will retry", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void check(), checkEveryMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      unsubscribe();
    },
  };
}
