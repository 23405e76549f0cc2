// "Sign out of all devices": every session of the person ends, here and on
// every other browser, and their open sockets are disconnected.
import { requireActor } from "@/lib/auth/actor";
import { endAllAuthSessions } from "@/lib/auth/auth-sessions";

export async function signOutEverywhere(options: { actor: unknown; now?: Date }): Promise<{ ended: number }> {
  const actor = requireActor(options.actor);
  return { ended: await endAllAuthSessions(actor.id, options.now) };
}
