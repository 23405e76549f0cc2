"use client";

// The counselor's draft note beside the transcript. Autosaves a moment after
// each change and says so ("Saved 14:02" / "Saving…" / "Not saved — retrying");
// a save from a stale tab is refused by the server and this says so, offering
// to reload or copy. Quotes are added from the transcript into the chosen
// section and link back to their line.
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { DateTime } from "luxon";
import {
  carryOverSections,
  NOTE_TEMPLATES,
  sectionsOf,
  TEMPLATE_NAMES,
  type EditorSections,
  type NoteContent,
  type NoteTemplateName,
  type Quote,
} from "@/lib/notes/note-content";
import type { TranscriptItem } from "@/lib/transcript/transcript-item";
import { TranscriptList } from "@/components/transcript/transcript-list";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { saveNoteAction, signNoteAction } from "@/app/sessions/record-actions";

type Sections = EditorSections;
type SaveState =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "retrying"; message: string }
  | { kind: "conflict"; message: string };

const QUOTE_PREFIX = "t-seq-";
const SAVE_DELAY_MS = 1000;

function quoteFrom(item: TranscriptItem): Quote | null {
  if (item.type === "held" || item.type === "blocked" || item.type === "nudged") return null;
  return {
    seq: item.seq,
    kind: item.type === "event" ? "EVENT" : item.kind,
    sender: item.type === "event" ? "Room" : item.senderName,
    text: item.text,
    at: item.at,
  };
}

export function NoteEditor(props: {
  sessionId: string;
  zone: string;
  initial: { template: NoteTemplateName; content: NoteContent; version: number; updatedAt: string } | null;
  transcript: TranscriptItem[];
  figures: string;
}) {
  const router = useRouter();
  const [template, setTemplate] = useState<NoteTemplateName>(props.initial?.template ?? "SOAP");
  const [sections, setSections] = useState<Sections>(() =>
    carryOverSections(
      props.initial?.content.sections ?? {},
      props.initial?.template ?? "SOAP",
      props.initial?.template ?? "SOAP",
    ),
  );
  const [active, setActive] = useState<string>(sectionsOf(props.initial?.template ?? "SOAP")[0].key);
  const [state, setState] = useState<SaveState>(
    props.initial ? { kind: "saved", at: props.initial.updatedAt } : { kind: "idle" },
  );
  const [signError, setSignError] = useState<string | null>(null);
  const [signing, setSigning] = useState(false);
  const version = useRef<number | null>(props.initial?.version ?? null);
  const [hasVersion, setHasVersion] = useState(props.initial !== null);
  const latest = useRef({ template, sections });
  const inFlight = useRef(false);
  // Counts edits, so a save that finishes knows whether words arrived while it was on its way.
  const edits = useRef(0);
  const retryDelay = useRef(2000);
  const saveRef = useRef<() => Promise<void>>(async () => {});
  useEffect(() => {
    latest.current = { template, sections };
  }, [template, sections]);

  const save = useCallback(async () => {
    if (inFlight.current) return; // the save under way looks at `edits` when it finishes
    inFlight.current = true;
    const sent = edits.current;
    setState({ kind: "saving" });
    const { template: t, sections: s } = latest.current;
    const input = {
      template: t,
      version: version.current,
      sections: Object.fromEntries(
        Object.entries(s).map(([k, v]) => [k, { text: v.text, quoteSeqs: v.quotes.map((q) => q.seq) }]),
      ),
    };
    let outcome: Awaited<ReturnType<typeof saveNoteAction>> | null = null;
    try {
      outcome = await saveNoteAction(props.sessionId, input);
    } catch {
      outcome = null; // the network or the server is down: keep the words here and retry
    }
    inFlight.current = false;
    if (outcome?.ok) {
      version.current = outcome.version;
      setHasVersion(true);
      retryDelay.current = 2000;
      if (edits.current !== sent) void saveRef.current();
      else setState({ kind: "saved", at: outcome.savedAt });
      return;
    }
    if (outcome && (outcome.reason === "STALE" || outcome.reason === "SIGNED")) {
      setState({ kind: "conflict", message: outcome.message });
      return;
    }
    if (outcome && outcome.reason === "INVALID") {
      setState({ kind: "retrying", message: outcome.message });
      return;
    }
    setState({ kind: "retrying", message: "Not saved — retrying" });
    const delay = retryDelay.current;
    retryDelay.current = Math.min(delay * 2, 30_000);
    setTimeout(() => void saveRef.current(), delay);
  }, [props.sessionId]);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // Save a moment after the last change.
  useEffect(() => {
    if (state.kind !== "dirty") return;
    const timer = setTimeout(() => void save(), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state, sections, template, save]);

  // Leaving with unsaved words asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (state.kind === "dirty" || state.kind === "saving" || state.kind === "retrying") event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [state]);

  function change(update: (s: Sections) => Sections) {
    if (state.kind === "conflict") return;
    edits.current += 1;
    setSections(update);
    setState({ kind: "dirty" });
  }

  function quote(seq: number) {
    const item = props.transcript.find((i) => "seq" in i && i.seq === seq);
    const q = item && quoteFrom(item);
    if (!q) return;
    change((s) =>
      s[active].quotes.some((x) => x.seq === seq)
        ? s
        : { ...s, [active]: { ...s[active], quotes: [...s[active].quotes, q] } },
    );
  }

  function switchTemplate(next: NoteTemplateName) {
    setTemplate(next);
    change((s) => carryOverSections(s, template, next));
    setActive(sectionsOf(next)[0].key);
  }

  async function copyAll() {
    const text = sectionsOf(template)
      .map(
        (sec) =>
          `${sec.label}\n${sections[sec.key]?.text ?? ""}${(sections[sec.key]?.quotes ?? []).map((q) => `\n> ${q.text} — ${q.sender}`).join("")}`,
      )
      .join("\n\n");
    await navigator.clipboard.writeText(text).catch(() => undefined);
  }

  async function sign() {
    if (version.current === null) return;
    setSigning(true);
    const result = await signNoteAction(props.sessionId, version.current);
    setSigning(false);
    if (!result.ok) setSignError(result.message);
    else router.refresh();
  }

  const label =
    state.kind === "saved"
      ? `Saved ${DateTime.fromISO(state.at, { zone: props.zone }).toFormat("HH:mm")}`
      : state.kind === "saving"
        ? "Saving…"
        : state.kind === "dirty"
          ? "Unsaved changes…"
          : state.kind === "retrying"
            ? state.message
            : state.kind === "conflict"
              ? "Not saved"
              : "Not started";
  const canSign = state.kind === "saved" && hasVersion && !signing;
  const activeLabel = sectionsOf(template).find((s) => s.key === active)?.label ?? "";

  return (
    <div className="note-layout">
      <section className="card" aria-labelledby="note-heading">
        <div className="page-head">
          <h2 id="note-heading">Private note</h2>
          <span
            className={`save-state${state.kind === "retrying" || state.kind === "conflict" ? " bad" : ""}`}
            role="status"
            data-testid="save-state"
          >
            {label}
          </span>
        </div>
        {state.kind === "conflict" ? (
          <div className="alert error" role="alert" data-testid="note-conflict">
            <p>{state.message}</p>
            <div className="actions">
              <button type="button" onClick={() => window.location.reload()}>
                Reload the newest version
              </button>
              <button type="button" className="secondary" onClick={() => void copyAll()}>
                Copy my text
              </button>
            </div>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="note-template">Template</label>
          <select
            id="note-template"
            value={template}
            onChange={(e) => switchTemplate(e.target.value as NoteTemplateName)}
          >
            {TEMPLATE_NAMES.map((name) => (
              <option key={name} value={name}>
                {NOTE_TEMPLATES[name].label}
              </option>
            ))}
          </select>
        </div>
        {sectionsOf(template).map((section) => {
          const value = sections[section.key] ?? { text: "", quotes: [] };
          return (
            <div
              key={section.key}
              className={`note-section${active === section.key ? " active" : ""}`}
              data-testid={`section-${section.key}`}
            >
              <label htmlFor={`section-${section.key}`}>{section.label}</label>
              <p className="hint">{section.hint}</p>
              <textarea
                id={`section-${section.key}`}
                value={value.text}
                onFocus={() => setActive(section.key)}
                onChange={(e) => {
                  const text = e.target.value;
                  change((s) => ({ ...s, [section.key]: { ...(s[section.key] ?? { quotes: [] }), text } }));
                }}
              />
              {section.takesFigures ? (
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    change((s) => ({
                      ...s,
                      [section.key]: {
                        ...s[section.key],
                        text: `${s[section.key].text}${s[section.key].text.trim() ? "\n\n" : ""}${props.figures}`,
                      },
                    }))
                  }
                >
                  Insert the session&apos;s figures
                </button>
              ) : null}
              {value.quotes.map((q) => (
                <blockquote key={q.seq} className="note-quote" data-testid="note-quote">
                  <p>{q.text}</p>
                  <footer>
                    <span>
                      {q.sender}, {DateTime.fromISO(q.at, { zone: props.zone }).toFormat("HH:mm")}
                    </span>
                    <a href={`#${QUOTE_PREFIX}${q.seq}`}>Show in transcript</a>
                    <button
                      type="button"
                      className="link"
                      onClick={() =>
                        change((s) => ({
                          ...s,
                          [section.key]: {
                            ...s[section.key],
                            quotes: s[section.key].quotes.filter((x) => x.seq !== q.seq),
                          },
                        }))
                      }
                    >
                      Remove
                    </button>
                  </footer>
                </blockquote>
              ))}
            </div>
          );
        })}
        {signError ? (
          <p className="alert error" role="alert">
            {signError}
          </p>
        ) : null}
        <div className="actions">
          <ConfirmButton
            label={signing ? "Signing…" : "Sign and lock"}
            tone="primary"
            disabled={!canSign}
            text={{
              title: "Sign this note?",
              body: "Once signed it can never be changed; corrections become dated addenda.",
              action: "Sign and lock",
            }}
            onConfirm={() => void sign()}
          />
          <span className="hint">Only you can read this note. The family never sees it.</span>
        </div>
      </section>
      <aside className="card side" aria-labelledby="side-transcript-heading">
        <h2 id="side-transcript-heading">Transcript</h2>
        <p className="hint">
          Quotes go into <strong data-testid="quote-target">{activeLabel}</strong> — click a section to change.
        </p>
        <TranscriptList items={props.transcript} zone={props.zone} anchorPrefix={QUOTE_PREFIX} onQuote={quote} />
      </aside>
    </div>
  );
}
