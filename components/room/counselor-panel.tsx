"use client";

import { useState } from "react";
import type { FloorAction, FloorMode, FloorState } from "@/lib/room/floor";
import { firstName, type RoomPerson } from "@/lib/room/people";

type Emit = (event: "room:end" | "room:coach", payload: Record<string, unknown>) => void;

export function CounselorPanel({ state, people, onControl, onEmit }: { state: FloorState; people: RoomPerson[]; onControl: (a: FloorAction) => void; onEmit: Emit }) {
  const members = people.filter((p) => p.role !== "COUNSELOR");
  const [mode, setMode] = useState<FloorMode>(state.mode);
  const [speaker, setSpeaker] = useState(members.find((m) => m.role === "TEEN")?.userId ?? members[0]?.userId ?? "");
  const [listener, setListener] = useState(members.find((m) => m.role === "PARENT")?.userId ?? members[1]?.userId ?? "");
  const [turnSeconds, setTurnSeconds] = useState("");
  const [coolMinutes, setCoolMinutes] = useState("5");
  const [coolWho, setCoolWho] = useState("");
  const [coachWho, setCoachWho] = useState(members[0]?.userId ?? "");
  const [coachText, setCoachText] = useState("");
  const name = (id: string | null) => firstName(people, id);

  function applyMode() {
    if (mode === "SPEAKER_LISTENER") onControl({ type: "SET_MODE", mode, speaker, listener });
    else if (mode === "ROUND_ROBIN") onControl({ type: "SET_MODE", mode, order: members.map((m) => m.userId), turnSeconds: turnSeconds ? Number(turnSeconds) : null });
    else onControl({ type: "SET_MODE", mode });
  }

  return (
    <>
      <section className="card" aria-labelledby="floor-heading" data-testid="counselor-panel">
        <h2 id="floor-heading">Floor</h2>
        <div className="field">
          <label htmlFor="mode">Mode</label>
          <select id="mode" value={mode} onChange={(e) => setMode(e.target.value as FloorMode)}>
            <option value="OPEN">Open</option>
            <option value="ROUND_ROBIN">Round-robin</option>
            <option value="HAND_RAISE">Hand-raise</option>
            <option value="SPEAKER_LISTENER">Speaker–listener</option>
          </select>
        </div>
        {mode === "SPEAKER_LISTENER" ? (
          <div className="row">
            <MemberSelect id="speaker" label="Speaker" members={members} value={speaker} onChange={setSpeaker} />
            <MemberSelect id="listener" label="Listener" members={members} value={listener} onChange={setListener} />
          </div>
        ) : null}
        {mode === "ROUND_ROBIN" ? (
          <div className="field">
            <label htmlFor="turn-seconds">Seconds per turn (optional)</label>
            <input id="turn-seconds" type="number" min={15} max={900} value={turnSeconds} onChange={(e) => setTurnSeconds(e.target.value)} />
          </div>
        ) : null}
        <button type="button" onClick={applyMode}>
          Apply mode
        </button>

        {state.mode === "HAND_RAISE" || state.mode === "ROUND_ROBIN" ? (
          <div className="field" data-testid="hand-queue">
            <h3>{state.mode === "HAND_RAISE" ? "Raised hands" : "Turns"}</h3>
            {state.mode === "HAND_RAISE" && state.queue.length === 0 ? <p className="muted">No hands up.</p> : null}
            <ul className="plain">
              {(state.mode === "HAND_RAISE" ? state.queue : members.map((m) => m.userId)).map((id) => (
                <li key={id}>
                  {name(id)}{" "}
                  <button type="button" className="link" onClick={() => onControl({ type: "GRANT_FLOOR", userId: id })}>
                    Give the floor
                  </button>
                </li>
              ))}
            </ul>
            {state.holder ? (
              <button type="button" className="secondary" onClick={() => onControl({ type: "TAKE_FLOOR_BACK" })}>
                Take the floor back from {name(state.holder)}
              </button>
            ) : null}
          </div>
        ) : null}
        {state.mode === "SPEAKER_LISTENER" ? (
          <button type="button" className="secondary" onClick={() => onControl({ type: "SWAP_ROLES", force: !state.paraphraseConfirmed })}>
            Swap roles{state.paraphraseConfirmed ? "" : " (override)"}
          </button>
        ) : null}
      </section>

      <section className="card" aria-labelledby="calm-heading">
        <h2 id="calm-heading">Keep it calm</h2>
        <div className="actions">
          {state.paused ? (
            <button type="button" onClick={() => onControl({ type: "RESUME" })}>
              Resume
            </button>
          ) : (
            <button type="button" className="secondary" onClick={() => onControl({ type: "PAUSE" })}>
              Pause the room
            </button>
          )}
        </div>
        <ul className="plain">
          {members.map((m) => (
            <li key={m.userId}>
              {m.name}{" "}
              {state.muted.includes(m.userId) ? (
                <button type="button" className="link" onClick={() => onControl({ type: "UNMUTE", userId: m.userId })}>
                  Unmute {m.name.split(" ")[0]}
                </button>
              ) : (
                <button type="button" className="link" onClick={() => onControl({ type: "MUTE", userId: m.userId })}>
                  Mute {m.name.split(" ")[0]}
                </button>
              )}
            </li>
          ))}
        </ul>
        <div className="row">
          <div className="field">
            <label htmlFor="cool-who">Cool-down for</label>
            <select id="cool-who" value={coolWho} onChange={(e) => setCoolWho(e.target.value)}>
              <option value="">Everyone</option>
              {members.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="cool-minutes">Minutes</label>
            <input id="cool-minutes" type="number" min={1} max={30} value={coolMinutes} onChange={(e) => setCoolMinutes(e.target.value)} />
          </div>
        </div>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => onControl({ type: "COOL_DOWN", userId: coolWho || null, minutes: Number(coolMinutes) })}>
            Call a cool-down
          </button>
          <button type="button" className="link" onClick={() => onControl({ type: "END_COOL_DOWN" })}>
            End cool-downs
          </button>
        </div>
      </section>

      <section className="card" aria-labelledby="coach-heading">
        <h2 id="coach-heading">Private coaching</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!coachText.trim()) return;
            onEmit("room:coach", { clientId: crypto.randomUUID(), userId: coachWho, text: coachText });
            setCoachText("");
          }}
        >
          <MemberSelect id="coach-who" label="To" members={members} value={coachWho} onChange={setCoachWho} />
          <div className="field">
            <label htmlFor="coach-text">Message (only they see it)</label>
            <textarea id="coach-text" rows={2} value={coachText} onChange={(e) => setCoachText(e.target.value)} />
          </div>
          <button type="submit" className="secondary">
            Send privately
          </button>
        </form>
      </section>

      <section className="card">
        <button
          type="button"
          onClick={() => {
            if (window.confirm("End the session for everyone? The room becomes a read-only transcript.")) onEmit("room:end", {});
          }}
        >
          End the session
        </button>
      </section>
    </>
  );
}

function MemberSelect(props: { id: string; label: string; members: RoomPerson[]; value: string; onChange: (userId: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.members.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}
