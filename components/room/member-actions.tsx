"use client";

import type { FloorAction, FloorState } from "@/lib/room/floor";
import { firstName, type RoomPerson } from "@/lib/room/people";

export function MemberActions({ state, userId, people, onControl, onBreak }: { state: FloorState; userId: string; people: RoomPerson[]; onControl: (a: FloorAction) => void; onBreak: () => void }) {
  const raised = state.queue.includes(userId);
  return (
    <section className="card" aria-labelledby="you-heading" data-testid="member-actions">
      <h2 id="you-heading">You</h2>
      {state.mode === "HAND_RAISE" ? (
        state.holder === userId ? (
          <button type="button" className="secondary" onClick={() => onControl({ type: "PASS_FLOOR" })}>
            I&apos;m done — give the floor back
          </button>
        ) : raised ? (
          <>
            <p className="muted">Your hand is up{state.queue.indexOf(userId) > 0 ? ` (${state.queue.indexOf(userId) + 1} in line)` : " — you're next"}.</p>
            <button type="button" className="secondary" onClick={() => onControl({ type: "LOWER_HAND" })}>
              Lower my hand
            </button>
          </>
        ) : (
          <button type="button" onClick={() => onControl({ type: "RAISE_HAND" })}>
            Raise my hand
          </button>
        )
      ) : null}
      {state.mode === "ROUND_ROBIN" && state.holder === userId ? (
        <button type="button" className="secondary" onClick={() => onControl({ type: "PASS_FLOOR" })}>
          Pass my turn
        </button>
      ) : null}
      {state.mode === "SPEAKER_LISTENER" ? (
        state.speaker === userId ? (
          <>
            <p className="muted">You are the speaker. Say one thing at a time; {firstName(people, state.listener)} will say back what they heard.</p>
            <button type="button" className="secondary" disabled={!state.paraphraseConfirmed} onClick={() => onControl({ type: "PASS_FLOOR" })}>
              Pass the floor to {firstName(people, state.listener)}
            </button>
            {!state.paraphraseConfirmed ? <p className="hint">You can pass the floor once you have confirmed a paraphrase.</p> : null}
          </>
        ) : state.listener === userId ? (
          <p className="muted">You are the listener. Say back what you heard, without answering yet.</p>
        ) : null
      ) : null}
      <button type="button" className="link" onClick={onBreak}>
        I need a break
      </button>
    </section>
  );
}
