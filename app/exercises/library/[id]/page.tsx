import type { Metadata } from "next";
import Link from "next/link";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/http/page-guard";
import { getLibraryExercise } from "@/lib/exercises/list-library";
import { STRATEGY_LABEL } from "@/lib/exercises/definition";
import { ExerciseBuilder } from "@/components/exercises/exercise-builder";
import { ActionForm } from "@/components/form/action-form";
import { copyExerciseAction, updateExerciseAction } from "../../actions";

export const metadata: Metadata = { title: "Exercise" };

export default async function LibraryExercisePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCurrentUser();
  const { id } = await params;
  const entry = await orNotFound(getLibraryExercise({ actor: user, exerciseId: id }));
  const { title, strategy, instructions, minutes, prompts } = entry.latest;
  return (
    <>
      <p>
        <Link href="/exercises/library">← Exercise library</Link>
      </p>
      <div className="page-head">
        <h1>{title}</h1>
        <span className="pill">{STRATEGY_LABEL[strategy]}</span>
      </div>
      {entry.builtIn ? (
        <div className="card">
          <p className="muted">A built-in exercise. Copy it to adapt it; your copy is yours alone.</p>
          <p style={{ whiteSpace: "pre-wrap" }}>{instructions}</p>
          <ol>
            {prompts.map((p) => (
              <li key={p.id}>
                {p.label}{" "}
                <span className="muted">
                  ({p.type.toLowerCase().replace("_", " ")}
                  {p.required ? "" : ", optional"})
                </span>
              </li>
            ))}
          </ol>
          <ActionForm action={copyExerciseAction.bind(null, entry.id)} submitLabel="Copy to adapt">
            {null}
          </ActionForm>
        </div>
      ) : (
        <div className="card">
          <p className="muted">
            Version {entry.latest.version}
            {entry.archived ? " · archived" : ""}. Saving makes a new version; exercises already assigned keep theirs.
          </p>
          <ExerciseBuilder
            initial={{ title, strategy, instructions, minutes, prompts }}
            action={updateExerciseAction.bind(null, entry.id)}
            submitLabel="Save as a new version"
          />
        </div>
      )}
    </>
  );
}
