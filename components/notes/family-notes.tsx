// The counselor's list of a family's session notes and their state.
import Link from "next/link";
import { formatDay } from "@/lib/scheduling/local-time";
import type { NoteListItem } from "@/lib/notes/list-family-notes";

function status(item: NoteListItem): string {
  if (!item.note) return "No note yet";
  if (item.note.status === "DRAFT") return "Draft";
  return item.note.addenda ? `Signed · ${item.note.addenda} addend${item.note.addenda === 1 ? "um" : "a"}` : "Signed";
}

export function FamilyNotes({ familyId, items, zone }: { familyId: string; items: NoteListItem[]; zone: string }) {
  return (
    <section className="card" aria-labelledby="notes-heading" data-testid="family-notes">
      <div className="page-head">
        <h2 id="notes-heading">Session notes</h2>
        <div className="actions">
          <Link href="/notes">Search my notes</Link>
          <Link href={`/families/${familyId}/audit`}>Audit trail</Link>
        </div>
      </div>
      <p className="hint">Private to you. The family never sees notes, nor whether any exist.</p>
      {items.length ? (
        <ul className="session-list">
          {items.map((item) => (
            <li key={item.sessionId}>
              <Link href={`/sessions/${item.sessionId}/note`}>{item.title}</Link>{" "}
              <span className="session-when">{formatDay(new Date(item.startsAt), zone)}</span>{" "}
              <span className={`status${item.note?.status === "SIGNED" ? "" : " status-ended"}`}>{status(item)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Notes appear here once a session has taken place.</p>
      )}
    </section>
  );
}
