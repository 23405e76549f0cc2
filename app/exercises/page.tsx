import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { listMyAssignments, nextOfEachSeries } from "@/lib/exercises/list-assignments";
import { getMyProgress } from "@/lib/exercises/get-progress";
import { AssignmentList } from "@/components/exercises/assignment-list";
import { ProgressChart } from "@/components/exercises/progress-chart";

export const metadata: Metadata = { title: "Your exercises" };

export default async function MyExercisesPage() {
  const user = await requireCurrentUser();
  if (user.role === "COUNSELOR") redirect("/exercises/library");
  const [{ mine, shared }, progress] = await Promise.all([
    listMyAssignments({ actor: user }),
    getMyProgress({ actor: user }),
  ]);
  const open = nextOfEachSeries(
    mine.filter((a) => a.shown === "DUE" || a.shown === "OVERDUE" || a.shown === "RETURNED"),
  );
  const done = mine.filter((a) => a.shown === "SUBMITTED" || a.shown === "REVIEWED").reverse();
  return (
    <>
      <h1>Your exercises</h1>
      <p className="muted">
        Things to do between sessions. Only your counselor reads your answers, unless they tell you an exercise is
        shared with your family.
      </p>
      <section className="card" aria-labelledby="todo-heading">
        <h2 id="todo-heading">To do</h2>
        <AssignmentList items={open} empty="Nothing to do right now." />
      </section>
      <section className="card" aria-labelledby="done-heading">
        <h2 id="done-heading">Sent in</h2>
        <AssignmentList items={done} empty="Nothing sent in yet." />
      </section>
      {shared.length ? (
        <section className="card" aria-labelledby="shared-heading">
          <h2 id="shared-heading">Shared with you</h2>
          <AssignmentList items={shared} showAssignee empty="" />
        </section>
      ) : null}
      <section className="card" aria-labelledby="trend-heading">
        <h2 id="trend-heading">Your trend</h2>
        {progress.length === 0 ? (
          <p className="muted">Your answers on a scale (like the weekly hope check) will show here over time.</p>
        ) : (
          progress.map((s) => <ProgressChart key={s.key} series={s} />)
        )}
      </section>
    </>
  );
}
