import type { Metadata } from "next";
import Link from "next/link";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/http/page-guard";
import { listLibrary } from "@/lib/exercises/list-library";
import { STRATEGIES, STRATEGY_LABEL } from "@/lib/exercises/definition";
import { ActionForm } from "@/components/form/action-form";
import { archiveExerciseAction, copyExerciseAction } from "../actions";

export const metadata: Metadata = { title: "Exercise library" };

export default async function LibraryPage() {
  const user = await requireCurrentUser();
  const library = await orNotFound(listLibrary({ actor: user, includeArchived: true }));
  return (
    <>
      <div className="page-head">
        <h1>Exercise library</h1>
        <Link className="button" href="/exercises/library/new">
          New exercise
        </Link>
      </div>
      <p className="muted">
        Mend&apos;s own exercises, two or more for each of the seven strategies, and yours. Copy a built-in one to adapt
        it. Assign exercises from a family&apos;s page.
      </p>
      {STRATEGIES.map((strategy) => {
        const entries = library.filter((e) => e.latest.strategy === strategy);
        return (
          <section key={strategy} className="card" aria-labelledby={`s-${strategy}`}>
            <h2 id={`s-${strategy}`}>{STRATEGY_LABEL[strategy]}</h2>
            <ul className="session-list">
              {entries.map((e) => (
                <li key={e.id} data-testid="library-item">
                  <Link href={`/exercises/library/${e.id}`}>{e.latest.title}</Link>{" "}
                  <span className="muted">
                    · {e.latest.minutes} min · {e.latest.prompts.length} prompt
                    {e.latest.prompts.length === 1 ? "" : "s"} ·{" "}
                    {e.builtIn ? "built in" : `yours, version ${e.latest.version}`}
                    {e.archived ? " · archived" : ""}
                  </span>
                  <div className="actions">
                    <ActionForm
                      action={copyExerciseAction.bind(null, e.id)}
                      submitLabel="Copy to adapt"
                      submitClassName="link"
                    >
                      {null}
                    </ActionForm>
                    {!e.builtIn ? (
                      <ActionForm
                        action={archiveExerciseAction.bind(null, e.id, !e.archived)}
                        submitLabel={e.archived ? "Bring back" : "Archive"}
                        submitClassName="link"
                      >
                        {null}
                      </ActionForm>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
