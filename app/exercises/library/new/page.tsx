import type { Metadata } from "next";
import Link from "next/link";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/http/page-guard";
import { listLibrary } from "@/lib/exercises/list-library";
import { ExerciseBuilder } from "@/components/exercises/exercise-builder";
import { createExerciseAction } from "../../actions";

export const metadata: Metadata = { title: "New exercise" };

export default async function NewExercisePage() {
  const user = await requireCurrentUser();
  // Only counselors have a library; anyone else gets the plain 404.
  await orNotFound(listLibrary({ actor: user }));
  return (
    <>
      <p>
        <Link href="/exercises/library">← Exercise library</Link>
      </p>
      <h1>New exercise</h1>
      <div className="card">
        <ExerciseBuilder action={createExerciseAction} submitLabel="Create exercise" />
      </div>
    </>
  );
}
