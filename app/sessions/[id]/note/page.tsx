import type { Metadata } from "next";
import Link from "next/link";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/http/page-guard";
import { clientIp } from "@/lib/http/client-ip";
import { getSessionNote } from "@/lib/notes/get-session-note";
import { sessionFigures } from "@/lib/notes/session-figures";
import { getTranscript } from "@/lib/transcript/get-transcript";
import { formatSessionTime } from "@/lib/scheduling/local-time";
import { NoteEditor } from "@/components/notes/note-editor";
import { SignedNote } from "@/components/notes/signed-note";
import { ActionForm } from "@/components/form/action-form";
import { TextAreaField } from "@/components/form/fields";
import { addAddendumAction } from "../../record-actions";

export const metadata: Metadata = { title: "Session note" };

export default async function NotePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCurrentUser();
  const { id } = await params;
  const ip = await clientIp();
  // Members and strangers get the plain 404: they never learn whether a note exists.
  const { session, note } = await orNotFound(getSessionNote({ actor: user, sessionId: id, ip }));
  const [transcript, figures] =
    note?.status === "SIGNED"
      ? [null, ""]
      : await Promise.all([
          getTranscript({ actor: user, sessionId: id, ip }),
          sessionFigures({ actor: user, sessionId: id }),
        ]);

  return (
    <>
      <p>
        <Link href={`/sessions/${session.id}`}>← {session.title}</Link> ·{" "}
        <Link href={`/families/${session.family.id}`}>{session.family.name}</Link>
      </p>
      <div className="page-head">
        <h1>Session note</h1>
        <span className="muted">{formatSessionTime(session.startsAt, session.endsAt, user.timeZone)}</span>
      </div>
      {note?.status === "SIGNED" ? (
        <>
          <SignedNote note={note} sessionId={session.id} zone={user.timeZone} />
          <section className="card" aria-labelledby="export-heading">
            <h2 id="export-heading">Download</h2>
            <div className="actions">
              <a
                className="button secondary"
                href={`/api/sessions/${session.id}/export?what=note&format=pdf`}
                download
                data-testid="download-note-pdf"
              >
                Note (PDF)
              </a>
              <a className="button secondary" href={`/api/sessions/${session.id}/export?what=note&format=md`} download>
                Note (Markdown)
              </a>
              <a
                className="button secondary"
                href={`/api/sessions/${session.id}/export?what=transcript&format=pdf`}
                download
                data-testid="download-transcript-pdf"
              >
                Transcript (PDF)
              </a>
              <a
                className="button secondary"
                href={`/api/sessions/${session.id}/export?what=transcript&format=md`}
                download
              >
                Transcript (Markdown)
              </a>
            </div>
          </section>
          <section className="card" aria-labelledby="addendum-heading">
            <h2 id="addendum-heading">Add an addendum</h2>
            <p className="hint">
              A correction or later information. It is signed and dated when you add it; the note above stays as it is.
            </p>
            <ActionForm
              action={addAddendumAction.bind(null, session.id)}
              submitLabel="Sign and add addendum"
              pendingLabel="Adding…"
              resetOnSuccess
              testId="addendum-form"
              confirm="Sign this addendum? It cannot be changed afterwards."
            >
              <TextAreaField name="text" label="Correction or later information" />
            </ActionForm>
          </section>
        </>
      ) : (
        <NoteEditor
          sessionId={session.id}
          zone={user.timeZone}
          initial={
            note && { template: note.template, content: note.content, version: note.version, updatedAt: note.updatedAt }
          }
          transcript={transcript?.items ?? []}
          figures={figures}
        />
      )}
    </>
  );
}
