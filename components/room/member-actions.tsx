"use client";

// The floor controls a member has, as one compact row under the message box:
// raise or lower a hand, pass a turn, pass the floor after a confirmed paraphrase.
import type { FloorAction, FloorState } from "@/lib/room/floor";
import { firstName, type RoomPerson } from "@/lib/room/people";

export function MemberActions({
  state,
  userId,
  people,
  onControl,
}: {
  state: FloorState;
  userId: string;
  people: RoomPerson[];
  onControl: (a: FloorAction) => void;
}) {
  const raised = state.queue.includes(userId);
  const place = state.queue.indexOf(userId);
  return (
    <>
      {state.mode === "HAND_RAISE" ? (
        state.holder === userId ? (
          <button type="button" className="secondary small" onClick={() => onControl({ type: "PASS_FLOOR" })}>
            I&apos;m done — give the floor back
          </button>
        ) : raised ? (
          <>
            <span className="hint">{place > 0 ? `Hand up · ${place + 1} in line` : "Hand up · you're next"}</span>
            <button type="button" className="secondary small" onClick={() => onControl({ type: "LOWER_HAND" })}>
              Lower my hand
            </button>
          </>
        ) : (
          <button type="button" className="small" onClick={() => onControl({ type: "RAISE_HAND" })}>
            Raise my hand
          </button>
        )
      ) : null}
      {state.mode === "ROUND_ROBIN" && state.holder === userId ? (
        <button type="button" className="secondary small" onClick={() => onControl({ type: "PASS_FLOOR" })}>
          Pass my turn
        </button>
      ) : null}
      {state.mode === "SPEAKER_LISTENER" && state.speaker === userId ? (
        <button
          type="button"
          className="secondary small"
          disabled={!state.paraphraseConfirmed}
          title={state.paraphraseConfirmed ? undefined : "You can pass the floor once you have confirmed a paraphrase."}
          onClick={() => onControl({ type: "PASS_FLOOR" })}
        >
          Pass the floor to {firstName(people, state.listener)}
        </button>
      ) : null}
    </>
  );
}
