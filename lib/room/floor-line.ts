// The floor in one line, from where the reader sits: "Laura has the floor — you
// listen", "Your turn — 1:20 left". Pure and client-safe: the member's room
// shows it above the conversation; the reason the composer is disabled (if it
// is) comes from describe.ts.
import type { FloorState } from "./floor";
import { firstName, type RoomPerson } from "./people";

export function countdown(until: string, now: number): string {
  const seconds = Math.max(0, Math.round((new Date(until).getTime() - now) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

export function floorLine(state: FloorState, people: RoomPerson[], me: string, now: number): string {
  const name = (id: string | null) => firstName(people, id);
  const live = (until: string | null | undefined) => !!until && new Date(until).getTime() > now;
  if (state.paused) return "The counselor paused the room — take a breath.";
  if (live(state.coolDownAllUntil))
    return `Cool-down for everyone — back in ${countdown(state.coolDownAllUntil!, now)}.`;
  if (live(state.coolDownUntil[me]))
    return `Your cool-down — you can write again in ${countdown(state.coolDownUntil[me], now)}.`;
  if (state.muted.includes(me)) return "The counselor muted you for now — you can read along.";
  // Someone else's cool-down is no secret (the log says who called it for whom), and without it the floor
  // line would tell a listener to wait for words that cannot come yet.
  const cooling = (id: string | null) => (id && id !== me && live(state.coolDownUntil[id]) ? id : null);
  const floorHolder = state.mode === "SPEAKER_LISTENER" ? state.speaker : state.mode === "OPEN" ? null : state.holder;
  const holderCooling = cooling(floorHolder);
  if (holderCooling)
    return `${name(holderCooling)} is taking a cool-down — back in ${countdown(state.coolDownUntil[holderCooling], now)}. The floor waits for them.`;
  switch (state.mode) {
    case "OPEN": {
      const others = people.map((p) => cooling(p.userId)).filter((id): id is string => id !== null);
      const away = others.map(
        (id) => `${name(id)} is taking a cool-down (back in ${countdown(state.coolDownUntil[id], now)}).`,
      );
      return ["Open conversation — anyone may write.", ...away].join(" ");
    }
    case "HAND_RAISE":
      if (state.holder === me) return "You have the floor — say what you need.";
      if (state.holder) return `${name(state.holder)} has the floor — you listen.`;
      return state.queue.includes(me)
        ? "Your hand is up — wait for the counselor."
        : "Nobody has the floor — raise your hand to speak.";
    case "ROUND_ROBIN": {
      const left = state.turnEndsAt ? ` (${countdown(state.turnEndsAt, now)} left)` : "";
      return state.holder === me
        ? `Your turn — say what you need${left}.`
        : `${name(state.holder)}'s turn — you listen${left}.`;
    }
    case "SPEAKER_LISTENER":
      if (state.speaker === me) return `You speak — ${name(state.listener)} listens and says back what they heard.`;
      if (state.listener === me) return `${name(state.speaker)} speaks — you listen, then say back what you heard.`;
      return `${name(state.speaker)} speaks, ${name(state.listener)} listens.`;
  }
}
