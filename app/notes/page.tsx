import type { Metadata } from "next";
import Link from "next/link";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { searchNotes } from "@/lib/notes/search-notes";
import { formatDay } from "@/lib/scheduling/local-time";
import { orNotFound } from "@/lib/http/page-guard";

export const metadata: Metadata = { title: "Search notes" };

export default async function NotesSearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const user = await requireCurrentUser();
  const q = (await searchParams).q?.toString() ?? "";
  // Run even without words: it is also the check that this page is the counselor's.
  const hits = await orNotFound(searchNotes({ actor: user, input: { query: q } }));
  return (
    <>
      <h1>Search my notes</h1>
      <form className="card row" action="/notes" role="search">
        <div className="field">
          <label htmlFor="q">Words in a note</label>
          <input id="q" name="q" defaultValue={q} minLength={2} maxLength={100} />
        </div>
        <button type="submit">Search</button>
      </form>
      {q ? (
        <section className="card" aria-label="Results">
          {hits.length ? (
            <ul className="session-list">
              {hits.map((h) => (
                <li key={h.sessionId}>
                  <Link href={`/sessions/${h.sessionId}/note`}>{h.title}</Link>{" "}
                  <span className="session-when">
                    {h.familyName} · {formatDay(new Date(h.startsAt), user.timeZone)} ·{" "}
                    {h.status === "SIGNED" ? "signed" : "draft"}
                  </span>
                  <p className="muted">{h.snippet}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No note of yours contains “{q}”.</p>
          )}
        </section>
      ) : null}
    </>
  );
}
