"use client";

import { moderationLine } from "@/lib/room/describe-moderation";
import { useState } from "react";
import { CATEGORIES, CATEGORY_LABEL, ACTIONS, type Category } from "@/lib/moderation/categories";
import { PRESETS } from "@/lib/moderation/rule-sets";
import { firstName, type RoomPerson } from "@/lib/room/people";
import type { MemberStats } from "@/lib/room/moderation-stats";
import type { RoomView } from "./use-room";

type Emit = (event: "room:moderate" | "room:rules", payload: Record<string, unknown>) => void;
type Findings = { findings?: { category: Category; antidote: string }[] };


export function ModerationPanel({ view, people, ended, onEmit, loadStats }: { view: RoomView; people: RoomPerson[]; ended: boolean; onEmit: Emit; loadStats: () => Promise<MemberStats[] | null> }) {
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [stats, setStats] = useState<MemberStats[] | null>(null);
  const preset = view.rules?.preset ?? "standard";
  const current = view.rules ? (view.rules.preset === "custom" ? view.rules.rules : PRESETS[view.rules.preset]) : PRESETS.standard;

  const figures = (
    <section className="card" aria-labelledby="stats-heading">
      <h2 id="stats-heading">{ended ? "How the session went" : "This session"}</h2>
      <button type="button" className="secondary" onClick={() => void loadStats().then(setStats)}>
        {stats ? "Refresh figures" : "Show figures"}
      </button>
      {stats ? <StatsTable stats={stats} /> : null}
    </section>
  );
  // After the session only the figures remain useful.
  if (ended) return figures;

  return (
    <>
      <section className="card" aria-labelledby="queue-heading" data-testid="held-queue">
        <h2 id="queue-heading">Waiting for you {view.queue.length ? <span className="pill">{view.queue.length}</span> : null}</h2>
        {view.queue.length === 0 ? <p className="muted">No held messages.</p> : null}
        {view.queue.map((held) => {
          const findings = (held.findings as Findings | null)?.findings ?? [];
          return (
            <div key={held.id} className="held" data-testid="held-item">
              <p>
                <strong>{firstName(people, held.senderId)}:</strong> {held.text}
              </p>
              {findings.map((f) => (
                <p key={f.category} className="hint">
                  <span className="pill">{CATEGORY_LABEL[f.category]}</span> {f.antidote}
                </p>
              ))}
              <label className="visually-hidden" htmlFor={`note-${held.id}`}>
                Private note to {firstName(people, held.senderId)}
              </label>
              <input id={`note-${held.id}`} placeholder="Optional private note" value={notes[held.id] ?? ""} onChange={(e) => setNotes((n) => ({ ...n, [held.id]: e.target.value }))} />
              <div className="actions">
                <button type="button" onClick={() => onEmit("room:moderate", { heldId: held.id, decision: "APPROVE" })}>
                  Approve
                </button>
                <button type="button" className="secondary" onClick={() => onEmit("room:moderate", { heldId: held.id, decision: "REJECT", note: notes[held.id] || undefined })}>
                  Reject
                </button>
                <button type="button" className="link" onClick={() => onEmit("room:moderate", { heldId: held.id, decision: "RETURN", note: notes[held.id] || undefined })}>
                  Return to rephrase
                </button>
              </div>
            </div>
          );
        })}
        {view.moderationLog.length ? (
          <>
            <h3>Live findings</h3>
            <ul className="plain" data-testid="moderation-log">
              {view.moderationLog.slice(0, 8).map((e) => (
                <li key={`${e.at}-${e.userId}-${e.outcome}`} className="hint">
                  {moderationLine(firstName(people, e.userId), e.outcome)}
                  {e.categories.length ? ` (${e.categories.map((c) => CATEGORY_LABEL[c as Category] ?? c).join(", ")})` : ""}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section className="card" aria-labelledby="rules-heading">
        <h2 id="rules-heading">Calm rules</h2>
        <div className="field">
          <label htmlFor="preset">Rules</label>
          <select id="preset" value={preset} onChange={(e) => (e.target.value === "custom" ? onEmit("room:rules", { rules: { preset: "custom", rules: current } }) : onEmit("room:rules", { rules: { preset: e.target.value } }))}>
            <option value="gentle">Gentle — nudge, hold threats</option>
            <option value="standard">Standard</option>
            <option value="strict">Strict — hold anything flagged</option>
            <option value="custom">Custom</option>
          </select>
        </div>
        {preset === "custom" ? (
          <table className="table">
            <tbody>
              {CATEGORIES.map((c) => (
                <tr key={c}>
                  <td>{CATEGORY_LABEL[c]}</td>
                  <td>
                    <select aria-label={`Action for ${CATEGORY_LABEL[c]}`} value={current[c]} onChange={(e) => onEmit("room:rules", { rules: { preset: "custom", rules: { ...current, [c]: e.target.value } } })}>
                      {ACTIONS.map((a) => (
                        <option key={a} value={a}>
                          {a.toLowerCase()}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      {figures}
    </>
  );
}

function StatsTable({ stats }: { stats: MemberStats[] }) {
  return (
          <table className="table" data-testid="stats">
            <tbody>
              {stats.map((s) => (
                <tr key={s.userId}>
                  <td>
                    <strong>{s.name.split(" ")[0]}</strong>
                    <div className="hint">
                      positive : negative = {s.ratio === null ? `${s.positives} : 0` : `${s.ratio.toFixed(1)} : 1`}
                      <br />
                      nudges {s.nudges.shown} (reworded {s.nudges.reworded}, sent anyway {s.nudges.sentAnyway}) · held {s.holds.held} (approved {s.holds.approved}, rejected {s.holds.rejected}) · blocked {s.blocked}
                      <br />
                      {Object.entries(s.byCategory)
                        .map(([c, n]) => `${CATEGORY_LABEL[c as Category]} ${n}`)
                        .join(" · ") || "nothing flagged"}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
  );
}
