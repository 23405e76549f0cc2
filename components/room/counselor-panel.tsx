"use client";

// The counselor's controls in four compact tabs (floor, calm, coaching, figures)
// instead of a column of stacked forms.
import { useEffect, useRef, useState } from "react";
import { Tabs } from "radix-ui";
import type { FloorAction, FloorMode, FloorState } from "@/lib/room/floor";
import { firstName, type RoomPerson } from "@/lib/room/people";
import type { MemberStats } from "@/lib/room/moderation-stats";
import type { RoomView } from "./use-room";
import { CalmRules, SessionFigures } from "./moderation-panel";

type Emit = (event: "room:coach" | "room:rules", payload: Record<string, unknown>) => void;

export type CoachFocus = { userId: string; at: number };

export const CONSOLE_TABS = [
  { value: "floor", label: "Floor" },
  { value: "calm", label: "Calm" },
  { value: "coach", label: "Coaching" },
  { value: "figures", label: "Figures" },
] as const;

export function CounselorPanel(props: {
  view: RoomView;
  state: FloorState;
  people: RoomPerson[];
  onControl: (a: FloorAction) => void;
  onEmit: Emit;
  loadStats: () => Promise<MemberStats[] | null>;
  figuresKey: string;
  /** Set after a safety check-in: open Coaching on that person, cursor in the box, to go on privately. */
  coachFocus?: CoachFocus | null;
}) {
  const [tab, setTab] = useState<string>("floor");
  // A new focus request (a check-in) opens Coaching once; later visits to other tabs are the counselor's.
  const [seenFocus, setSeenFocus] = useState<number | null>(null);
  if (props.coachFocus && props.coachFocus.at !== seenFocus) {
    setSeenFocus(props.coachFocus.at);
    setTab("coach");
  }
  return (
    <Tabs.Root value={tab} onValueChange={setTab} className="console-tabs" data-testid="counselor-panel">
      <Tabs.List className="tab-list" aria-label="Session controls">
        {CONSOLE_TABS.map((t) => (
          <Tabs.Trigger key={t.value} value={t.value} className="tab">
            {t.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      <Tabs.Content value="floor" className="tab-panel">
        <FloorControls state={props.state} people={props.people} onControl={props.onControl} />
      </Tabs.Content>
      <Tabs.Content value="calm" className="tab-panel">
        <CalmControls state={props.state} people={props.people} onControl={props.onControl} />
        <CalmRules view={props.view} onEmit={props.onEmit} />
      </Tabs.Content>
      {/* Kept mounted: a half-written private line survives a look at another tab. */}
      <Tabs.Content value="coach" className="tab-panel" forceMount>
        <Coaching people={props.people} onEmit={props.onEmit} focus={props.coachFocus ?? null} />
      </Tabs.Content>
      <Tabs.Content value="figures" className="tab-panel">
        <SessionFigures loadStats={props.loadStats} ended={false} refreshKey={props.figuresKey} />
      </Tabs.Content>
    </Tabs.Root>
  );
}

function FloorControls({
  state,
  people,
  onControl,
}: {
  state: FloorState;
  people: RoomPerson[];
  onControl: (a: FloorAction) => void;
}) {
  const members = people.filter((p) => p.role !== "COUNSELOR");
  const [mode, setMode] = useState<FloorMode>(state.mode);
  const [speaker, setSpeaker] = useState(members.find((m) => m.role === "TEEN")?.userId ?? members[0]?.userId ?? "");
  const [listener, setListener] = useState(
    members.find((m) => m.role === "PARENT")?.userId ?? members[1]?.userId ?? "",
  );
  const [turnSeconds, setTurnSeconds] = useState("");
  const name = (id: string | null) => firstName(people, id);

  function applyMode() {
    if (mode === "SPEAKER_LISTENER") onControl({ type: "SET_MODE", mode, speaker, listener });
    else if (mode === "ROUND_ROBIN")
      onControl({
        type: "SET_MODE",
        mode,
        order: members.map((m) => m.userId),
        turnSeconds: turnSeconds ? Number(turnSeconds) : null,
      });
    else onControl({ type: "SET_MODE", mode });
  }

  return (
    <section aria-labelledby="floor-heading">
      <h2 id="floor-heading">Who may speak</h2>
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
          <input
            id="turn-seconds"
            type="number"
            min={15}
            max={900}
            value={turnSeconds}
            onChange={(e) => setTurnSeconds(e.target.value)}
          />
        </div>
      ) : null}
      <button type="button" onClick={applyMode}>
        Apply mode
      </button>

      {state.mode === "HAND_RAISE" || state.mode === "ROUND_ROBIN" ? (
        <div className="field console-subsection" data-testid="hand-queue">
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
        <div className="console-subsection">
          <button
            type="button"
            className="secondary"
            onClick={() => onControl({ type: "SWAP_ROLES", force: !state.paraphraseConfirmed })}
          >
            Swap roles{state.paraphraseConfirmed ? "" : " (override)"}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function CalmControls({
  state,
  people,
  onControl,
}: {
  state: FloorState;
  people: RoomPerson[];
  onControl: (a: FloorAction) => void;
}) {
  const members = people.filter((p) => p.role !== "COUNSELOR");
  const [coolMinutes, setCoolMinutes] = useState("5");
  const [coolWho, setCoolWho] = useState("");
  return (
    <section aria-labelledby="calm-heading">
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
        {members.map((m) =>
          state.muted.includes(m.userId) ? (
            <button
              key={m.userId}
              type="button"
              className="secondary"
              onClick={() => onControl({ type: "UNMUTE", userId: m.userId })}
            >
              Unmute {firstName(people, m.userId)}
            </button>
          ) : (
            <button
              key={m.userId}
              type="button"
              className="secondary"
              onClick={() => onControl({ type: "MUTE", userId: m.userId })}
            >
              Mute {firstName(people, m.userId)}
            </button>
          ),
        )}
      </div>
      <div className="row console-subsection">
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
        <div className="field narrow-field">
          <label htmlFor="cool-minutes">Minutes</label>
          <input
            id="cool-minutes"
            type="number"
            min={1}
            max={30}
            value={coolMinutes}
            onChange={(e) => setCoolMinutes(e.target.value)}
          />
        </div>
      </div>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => onControl({ type: "COOL_DOWN", userId: coolWho || null, minutes: Number(coolMinutes) })}
        >
          Call a cool-down
        </button>
        <button type="button" className="link" onClick={() => onControl({ type: "END_COOL_DOWN" })}>
          End cool-downs
        </button>
      </div>
    </section>
  );
}

function Coaching({ people, onEmit, focus }: { people: RoomPerson[]; onEmit: Emit; focus: CoachFocus | null }) {
  const members = people.filter((p) => p.role !== "COUNSELOR");
  const [coachWho, setCoachWho] = useState(focus?.userId ?? members[0]?.userId ?? "");
  const [coachText, setCoachText] = useState("");
  const box = useRef<HTMLTextAreaElement>(null);
  // Each check-in once: address it to that person, then put the cursor in the box.
  const [seenFocus, setSeenFocus] = useState<number | null>(null);
  if (focus && focus.at !== seenFocus) {
    setSeenFocus(focus.at);
    setCoachWho(focus.userId);
  }
  const focusAt = focus?.at;
  useEffect(() => {
    if (focusAt !== undefined) box.current?.focus();
  }, [focusAt]);
  return (
    <section aria-labelledby="coach-heading">
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
          <textarea
            id="coach-text"
            ref={box}
            rows={3}
            value={coachText}
            onChange={(e) => setCoachText(e.target.value)}
          />
        </div>
        <button type="submit" className="secondary">
          Send privately
        </button>
      </form>
    </section>
  );
}

function MemberSelect(props: {
  id: string;
  label: string;
  members: RoomPerson[];
  value: string;
  onChange: (userId: string) => void;
}) {
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
