// The exercises part of a family's page, for its counselor: assign, each
// member's exercises with their state, and progress beside the sessions'
// positive-to-negative ratios.
import { listFamilyAssignments } from "@/lib/exercises/list-assignments";
import { listLibrary } from "@/lib/exercises/list-library";
import { getFamilyProgress } from "@/lib/exercises/get-progress";
import { utcToZoned } from "@/lib/scheduling/local-time";
import { assignExerciseAction } from "@/app/exercises/actions";
import { AssignExerciseForm } from "./assign-exercise-form";
import { AssignmentList } from "./assignment-list";
import { ProgressChart } from "./progress-chart";
import { SessionRatios } from "./session-ratios";

type Viewer = { id: string; role: "COUNSELOR" | "PARENT" | "TEEN"; timeZone: string };

export async function AssignExerciseCard({
  user,
  familyId,
  members,
  heading = "Assign an exercise",
}: {
  user: Viewer;
  familyId: string;
  members: { userId: string; name: string }[];
  heading?: string;
}) {
  const library = await listLibrary({ actor: user });
  return (
    <section className="card" aria-labelledby="assign-heading">
      <h2 id="assign-heading">{heading}</h2>
      {members.length === 0 ? (
        <p className="muted">Invite the family&apos;s members first.</p>
      ) : (
        <AssignExerciseForm
          action={assignExerciseAction.bind(null, familyId)}
          exercises={library.map((e) => ({
            id: e.id,
            title: e.latest.title,
            strategy: e.latest.strategy,
            minutes: e.latest.minutes,
            builtIn: e.builtIn,
          }))}
          members={members}
          today={utcToZoned(new Date(), user.timeZone).date}
        />
      )}
    </section>
  );
}

export async function FamilyExercises({
  user,
  familyId,
  members,
}: {
  user: Viewer;
  familyId: string;
  members: { userId: string; name: string }[];
}) {
  const [assignments, progress] = await Promise.all([
    listFamilyAssignments({ actor: user, familyId }),
    getFamilyProgress({ actor: user, familyId }),
  ]);
  // Someone removed from the family keeps their place in its record: their exercises stay listed for the
  // counselor, under their name, instead of vanishing from the page.
  const current = new Set(members.map((m) => m.userId));
  const former = [
    ...new Map(assignments.filter((a) => !current.has(a.assignee.id)).map((a) => [a.assignee.id, a.assignee])).values(),
  ];
  return (
    <>
      <section className="card" aria-labelledby="exercises-heading">
        <h2 id="exercises-heading">Exercises</h2>
        {members.map((m) => (
          <div key={m.userId} data-testid="member-exercises">
            <h3>{m.name}</h3>
            <AssignmentList items={assignments.filter((a) => a.assignee.id === m.userId)} empty="No exercises yet." />
          </div>
        ))}
        {former.map((f) => (
          <div key={f.id} data-testid="former-member-exercises">
            <h3>
              {f.name} <span className="muted">· no longer in the family</span>
            </h3>
            <AssignmentList items={assignments.filter((a) => a.assignee.id === f.id)} empty="No exercises." />
          </div>
        ))}
      </section>
      <section className="card" aria-labelledby="progress-heading">
        <h2 id="progress-heading">Progress</h2>
        <div className="progress-grid">
          <div>
            {progress.members.flatMap((m) =>
              m.series.map((s) => <ProgressChart key={`${m.userId}-${s.key}`} series={s} who={m.name} />),
            )}
            {progress.members.every((m) => m.series.length === 0) ? (
              <p className="muted">Scale answers (like the weekly hope check) will show here over time.</p>
            ) : null}
          </div>
          <div>
            <h3>Sessions</h3>
            <SessionRatios sessions={progress.sessions} zone={user.timeZone} />
          </div>
        </div>
      </section>
      <AssignExerciseCard user={user} familyId={familyId} members={members} />
    </>
  );
}
