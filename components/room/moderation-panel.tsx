"use client";

// The counselor's moderation: the held queue (approve, return with a note,
// reject after a confirmation), what the rules found live, the room's calm
// rules and the session's figures in plain words.
import { DateTime } from "luxon";
import { useEffect, useRef, useState } from "react";
import { AlertDialog } from "radix-ui";
import { CATEGORIES, CATEGORY_LABEL, ACTIONS, type Category } from "@/lib/moderation/categories";
import { PRESETS } from "@/lib/moderation/rule-sets";
import { firstName, type RoomPerson } from "@/lib/room/people";
import { describeFigures } from "@/lib/room/describe-figures";
import { moderationLine } from "@/lib/room/describe-moderation";
import { SHORTCUT_KEYS } from "@/lib/room/console-shortcuts";
import type { MemberStats } from "@/lib/room/moderation-stats";
import type { HeldItem, RoomView } from "./use-room";
import { FiguresChart } from "./figures-chart";

type Findings = { findings?: { category: Category; antidote: string }[] };
export type Decision = { heldId: string; decision: "APPROVE" | "REJECT" | "RETURN"; note?: string };

/** Held on the safety path: a join marks it `safety`; a live hold carries it in its findings record. */
export function isSafetyHold(held: HeldItem): boolean {
  return held.safety === true || (held.findings as { safety?: boolean } | null)?.safety === true;
}

function Kbd({ command }: { command: keyof typeof SHORTCUT_KEYS }) {
  return (
    <kbd className="kbd" aria-hidden="true">
      {SHORTCUT_KEYS[command]}
    </kbd>
  );
}

/**
 * The held messages, oldest first. The first one answers to the keyboard (A, R, X); which item has its
 * return note open and which is being rejected lives in the console so the shortcuts can open them.
 */
export function HeldQueue(props: {
  queue: HeldItem[];
  people: RoomPerson[];
  returning: string | null;
  rejecting: string | null;
  approving: string | null;
  onReturning: (heldId: string | null) => void;
  onRejecting: (heldId: string | null) => void;
  onApproving: (heldId: string | null) => void;
  onDecide: (decision: Decision) => void;
}) {
  const { queue, people } = props;
  return (
    <section className="console-card" aria-labelledby="queue-heading" data-testid="held-queue">
      <h2 id="queue-heading">
        Waiting for you{" "}
        <span className={queue.length ? "count-badge" : "count-badge empty"} data-testid="queue-count">
          {queue.length}
        </span>
      </h2>
      {queue.length === 0 ? (
        <p className="muted">No held messages. Anything the calm rules hold appears here.</p>
      ) : null}
      {queue.length ? (
        <p className="hint shortcut-hint">
          Keys for the first: <kbd className="kbd">A</kbd> approve · <kbd className="kbd">R</kbd> return ·{" "}
          <kbd className="kbd">X</kbd> reject
        </p>
      ) : null}
      <ol className="plain held-list">
        {queue.map((held, index) => (
          <HeldCard
            key={held.id}
            held={held}
            people={people}
            first={index === 0}
            returning={props.returning === held.id}
            rejecting={props.rejecting === held.id}
            approving={props.approving === held.id}
            onReturning={props.onReturning}
            onRejecting={props.onRejecting}
            onApproving={props.onApproving}
            onDecide={props.onDecide}
          />
        ))}
      </ol>
    </section>
  );
}

function HeldCard(props: {
  held: HeldItem;
  people: RoomPerson[];
  first: boolean;
  returning: boolean;
  rejecting: boolean;
  approving: boolean;
  onReturning: (heldId: string | null) => void;
  onRejecting: (heldId: string | null) => void;
  onApproving: (heldId: string | null) => void;
  onDecide: (decision: Decision) => void;
}) {
  const { held, first } = props;
  const name = firstName(props.people, held.senderId);
  const findings = (held.findings as Findings | null)?.findings ?? [];
  const [note, setNote] = useState("");
  const [rejectNote, setRejectNote] = useState("");
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (props.returning) noteRef.current?.focus();
  }, [props.returning]);

  return (
    <li className={first ? "held-card first" : "held-card"} data-testid="held-item">
      <p className="held-text">
        <strong>{name}:</strong> {held.text}
      </p>
      {findings.map((f) => (
        <p key={f.category} className="hint">
          <span className="pill">{CATEGORY_LABEL[f.category]}</span> {f.antidote}
        </p>
      ))}
      {props.returning ? (
        <form
          className="return-form"
          onSubmit={(e) => {
            e.preventDefault();
            props.onDecide({ heldId: held.id, decision: "RETURN", note: note.trim() || undefined });
          }}
        >
          <label htmlFor={`return-note-${held.id}`}>Note to {name} (only they see it)</label>
          <textarea
            id={`return-note-${held.id}`}
            ref={noteRef}
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder="What would help them say it calmly?"
          />
          <div className="actions">
            <button type="submit">Send back to {name}</button>
            <button type="button" className="link" onClick={() => props.onReturning(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="actions held-actions">
          <button
            type="button"
            // A message on the safety path is never shared by one click or key: it asks first.
            onClick={() =>
              isSafetyHold(held) ? props.onApproving(held.id) : props.onDecide({ heldId: held.id, decision: "APPROVE" })
            }
            aria-keyshortcuts={first ? "A" : undefined}
          >
            Approve {first ? <Kbd command="APPROVE" /> : null}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => props.onReturning(held.id)}
            aria-keyshortcuts={first ? "R" : undefined}
          >
            Return to rephrase {first ? <Kbd command="RETURN" /> : null}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => props.onRejecting(held.id)}
            aria-keyshortcuts={first ? "X" : undefined}
          >
            Reject {first ? <Kbd command="REJECT" /> : null}
          </button>
        </div>
      )}
      {isSafetyHold(held) ? (
        <AlertDialog.Root open={props.approving} onOpenChange={(open) => props.onApproving(open ? held.id : null)}>
          <AlertDialog.Portal>
            <AlertDialog.Overlay className="dialog-overlay" />
            <AlertDialog.Content className="dialog" data-testid="approve-safety-dialog">
              <AlertDialog.Title>Share {name}&apos;s message with the family?</AlertDialog.Title>
              <blockquote className="dialog-quote">{held.text}</blockquote>
              <AlertDialog.Description>
                It was kept for you because it may be about self-harm. Once shared, everyone in the room reads it and it
                is in their transcript.
              </AlertDialog.Description>
              <div className="actions dialog-actions">
                <AlertDialog.Cancel className="secondary">Keep it with me</AlertDialog.Cancel>
                <AlertDialog.Action onClick={() => props.onDecide({ heldId: held.id, decision: "APPROVE" })}>
                  Share it with the family
                </AlertDialog.Action>
              </div>
            </AlertDialog.Content>
          </AlertDialog.Portal>
        </AlertDialog.Root>
      ) : null}
      <AlertDialog.Root open={props.rejecting} onOpenChange={(open) => props.onRejecting(open ? held.id : null)}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="dialog-overlay" />
          <AlertDialog.Content className="dialog" data-testid="reject-dialog">
            <AlertDialog.Title>Reject {name}&apos;s message?</AlertDialog.Title>
            <blockquote className="dialog-quote">{held.text}</blockquote>
            <AlertDialog.Description>
              Nobody else will see it. {name} is told it was not shared.
            </AlertDialog.Description>
            <div className="field">
              <label htmlFor={`reject-note-${held.id}`}>Private note to {name} (optional)</label>
              <textarea
                id={`reject-note-${held.id}`}
                rows={2}
                value={rejectNote}
                onChange={(e) => setRejectNote(e.target.value)}
              />
            </div>
            <div className="actions dialog-actions">
              <AlertDialog.Cancel className="secondary">Keep it waiting</AlertDialog.Cancel>
              <AlertDialog.Action
                className="danger"
                onClick={() =>
                  props.onDecide({ heldId: held.id, decision: "REJECT", note: rejectNote.trim() || undefined })
                }
              >
                Reject message
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </li>
  );
}

export function LiveFindings({ view, people, zone }: { view: RoomView; people: RoomPerson[]; zone: string }) {
  return (
    <section className="console-card" aria-labelledby="findings-heading">
      <h2 id="findings-heading">Live findings</h2>
      {view.moderationLog.length === 0 ? <p className="muted">Nothing flagged yet.</p> : null}
      <ul className="plain findings-log" data-testid="moderation-log">
        {view.moderationLog.slice(0, 8).map((e) => (
          <li key={`${e.at}-${e.userId}-${e.outcome}`}>
            <time className="hint" dateTime={new Date(e.at).toISOString()}>
              {DateTime.fromMillis(e.at, { zone }).toFormat("HH:mm")}
            </time>{" "}
            {moderationLine(firstName(people, e.userId), e.outcome)}
            {e.categories.length ? ` (${e.categories.map((c) => CATEGORY_LABEL[c as Category] ?? c).join(", ")})` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}

type RulesEmit = (event: "room:rules", payload: Record<string, unknown>) => void;

export function CalmRules({ view, onEmit }: { view: RoomView; onEmit: RulesEmit }) {
  const preset = view.rules?.preset ?? "standard";
  const current = view.rules
    ? view.rules.preset === "custom"
      ? view.rules.rules
      : PRESETS[view.rules.preset]
    : PRESETS.standard;
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Calm rules</h2>
      <div className="field">
        <label htmlFor="preset">Rules</label>
        <select
          id="preset"
          value={preset}
          onChange={(e) =>
            e.target.value === "custom"
              ? onEmit("room:rules", { rules: { preset: "custom", rules: current } })
              : onEmit("room:rules", { rules: { preset: e.target.value } })
          }
        >
          <option value="gentle">Gentle — nudge, hold threats</option>
          <option value="standard">Standard</option>
          <option value="strict">Strict — hold anything flagged</option>
          <option value="custom">Custom</option>
        </select>
      </div>
      {preset === "custom" ? (
        <table className="table compact">
          <tbody>
            {CATEGORIES.map((c) => (
              <tr key={c}>
                <td>{CATEGORY_LABEL[c]}</td>
                <td>
                  <select
                    aria-label={`Action for ${CATEGORY_LABEL[c]}`}
                    value={current[c]}
                    onChange={(e) =>
                      onEmit("room:rules", { rules: { preset: "custom", rules: { ...current, [c]: e.target.value } } })
                    }
                  >
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
  );
}

/**
 * The figures in plain words with a small chart. They load on open and refresh when the moderation
 * log moves (a nudge, a hold, a decision), so the counselor never reads stale numbers.
 */
export function SessionFigures({
  loadStats,
  ended,
  refreshKey,
}: {
  loadStats: () => Promise<MemberStats[] | null>;
  ended: boolean;
  refreshKey: string;
}) {
  const [stats, setStats] = useState<MemberStats[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadStats().then((s) => {
      if (live && s) setStats(s);
    });
    return () => {
      live = false;
    };
  }, [loadStats, refreshKey]);
  const figures = stats ? describeFigures(stats, { ended }) : null;
  return (
    <section className="console-card" aria-labelledby="stats-heading" data-testid="session-figures">
      <h2 id="stats-heading">{ended ? "How the session went" : "This session so far"}</h2>
      {!figures ? <p className="muted">Loading the figures…</p> : null}
      {figures ? (
        <>
          <ul className="plain figures-lines" data-testid="stats">
            {figures.members.map((line) => (
              <li key={line}>{line}</li>
            ))}
            {figures.moderation.map((line) => (
              <li key={line} className="muted">
                {line}
              </li>
            ))}
          </ul>
          <FiguresChart bars={figures.bars} summary={figures.members.join(". ")} />
        </>
      ) : null}
      <button type="button" className="link" onClick={() => void loadStats().then((s) => s && setStats(s))}>
        Refresh figures
      </button>
    </section>
  );
}
