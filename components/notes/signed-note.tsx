// A signed note, read-only: its sections and quotes as written, signer and
// time, then its addenda in order. The original never changes.
import Link from "next/link";
import { DateTime } from "luxon";
import type { NoteView } from "@/lib/notes/get-session-note";
import { sectionsOf, NOTE_TEMPLATES } from "@/lib/notes/note-content";

export function SignedNote({ note, sessionId, zone }: { note: NoteView; sessionId: string; zone: string }) {
  const at = (iso: string) => DateTime.fromISO(iso, { zone }).toFormat("d LLL yyyy, HH:mm");
  return (
    <article className="card" data-testid="signed-note">
      <div className="page-head">
        <h2>{NOTE_TEMPLATES[note.template].label} note</h2>
        <span className="pill" data-testid="note-status">
          Signed{note.addenda.length ? ` · ${note.addenda.length} addend${note.addenda.length === 1 ? "um" : "a"}` : ""}
        </span>
      </div>
      {sectionsOf(note.template).map((section) => {
        const content = note.content.sections[section.key];
        return (
          <section key={section.key} className="summary-part">
            <h3>{section.label}</h3>
            {content?.text.trim() ? (
              <p className="signed-text">{content.text}</p>
            ) : !content?.quotes.length ? (
              <p className="muted">—</p>
            ) : null}
            {content?.quotes.map((q) => (
              <blockquote key={q.seq} className="note-quote" data-testid="note-quote">
                <p>{q.text}</p>
                <footer>
                  <span>
                    {q.sender}, {DateTime.fromISO(q.at, { zone }).toFormat("HH:mm")}
                  </span>
                  <Link href={`/sessions/${sessionId}/transcript#seq-${q.seq}`}>Show in transcript</Link>
                </footer>
              </blockquote>
            ))}
          </section>
        );
      })}
      <p className="muted" data-testid="signed-by">
        Signed by {note.signedByName} on {note.signedAt ? at(note.signedAt) : ""} ({zone}). Locked: it can no longer
        change.
      </p>
      {note.addenda.map((a) => (
        <section key={a.id} className="addendum" data-testid="addendum">
          <h3>Addendum, {at(a.signedAt)}</h3>
          <p className="signed-text">{a.text}</p>
          <p className="muted">Signed by {a.authorName}.</p>
        </section>
      ))}
    </article>
  );
}
