import type { Metadata } from "next";
import { timeZoneName } from "@/lib/validation/time-zones";
import Link from "next/link";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/http/page-guard";
import { getAssignment } from "@/lib/exercises/get-assignment";
import { isOpenForAnswers } from "@/lib/exercises/assignment-status";
import { STRATEGY_LABEL } from "@/lib/exercises/definition";
import { formatDueDate } from "@/lib/exercises/due-date-text";
import { formatDay } from "@/lib/scheduling/local-time";
import { ExerciseForm } from "@/components/exercises/exercise-form";
import { AnswersView } from "@/components/exercises/answers-view";
import { AssignmentStatusBadge } from "@/components/exercises/assignment-status-badge";
import { ActionForm } from "@/components/form/action-form";
import { SelectField, TextAreaField } from "@/components/form/fields";
import { reviewSubmissionAction, setAssignmentSharingAction, withdrawAssignmentAction } from "../actions";
import { shortName } from "@/lib/people/names";

export const metadata: Metadata = { title: "Exercise" };

export default async function AssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCurrentUser();
  const { id } = await params;
  const a = await orNotFound(getAssignment({ actor: user, assignmentId: id }));
  const latest = a.submissions.at(-1);
  const returned = a.status === "RETURNED" ? latest : undefined;
  const back =
    a.viewer === "COUNSELOR"
      ? { href: `/families/${a.familyId}`, label: a.familyName }
      : { href: "/exercises", label: "Your exercises" };

  return (
    <>
      <p>
        <Link href={back.href}>← {back.label}</Link>
      </p>
      <div className="page-head">
        <h1>{a.version.title}</h1>
        <AssignmentStatusBadge status={a.shown} />
      </div>
      <div className="card">
        <p>
          <span className="pill">{STRATEGY_LABEL[a.version.strategy]}</span>{" "}
          <span className="muted">About {a.version.minutes} minutes</span>
        </p>
        <p data-testid="due">
          {a.viewer === "FAMILY"
            ? `${a.assignee.name}'s answers, shared with the family.`
            : `Due by the end of ${formatDueDate(a.dueDate)}`}
          {a.viewer === "COUNSELOR" ? ` (${a.assignee.name}'s day, ${timeZoneName(a.assignee.timeZone)})` : ""}
        </p>
        {a.viewer !== "FAMILY" ? <p style={{ whiteSpace: "pre-wrap" }}>{a.version.instructions}</p> : null}
        {a.note ? (
          <p className="alert info" data-testid="assignment-note">
            A note from {a.assignedBy.name}: {a.note}
          </p>
        ) : null}
        {a.viewer !== "FAMILY" && a.sharedWithFamily ? (
          <p className="muted">
            Shared with the family: once sent in, the other members of the family can read these answers.
          </p>
        ) : null}
        {a.viewer === "COUNSELOR" && !a.sharedWithFamily && a.submissions.length > 0 ? (
          <p className="muted" data-testid="sharing-closed">
            Private: {shortName(a.assignee.name)} sent these answers in for you alone, so they stay private. To share
            this exercise with the family, assign it again as shared.
          </p>
        ) : null}
        {a.viewer === "COUNSELOR" && (a.sharedWithFamily || a.submissions.length === 0) ? (
          <ActionForm
            action={setAssignmentSharingAction.bind(null, a.id, !a.sharedWithFamily)}
            submitLabel={a.sharedWithFamily ? "Make private again" : "Share with the family"}
            submitClassName="secondary"
            confirm={
              a.sharedWithFamily
                ? undefined
                : `Let the other members of ${a.familyName} read ${a.assignee.name}'s answers once sent in?`
            }
          >
            {a.sharedWithFamily ? null : (
              <p className="muted">Private: only you and {a.assignee.name} see these answers.</p>
            )}
          </ActionForm>
        ) : null}
      </div>

      {a.viewer === "ASSIGNEE" && isOpenForAnswers(a) ? (
        <section className="card" aria-labelledby="answer-heading">
          <h2 id="answer-heading">Your answers</h2>
          {returned?.reviewComment ? (
            <p className="alert info" data-testid="review-comment">
              {a.assignedBy.name} asked you to take another look: {returned.reviewComment}
            </p>
          ) : null}
          <ExerciseForm
            assignmentId={a.id}
            prompts={a.version.prompts}
            initial={a.draft ?? {}}
            savedAt={a.draftSavedAt?.toISOString() ?? null}
            submitLabel={returned ? "Send it in again" : "Send to my counselor"}
            zone={user.timeZone}
          />
        </section>
      ) : null}

      {a.submissions.length ? (
        <section className="card" aria-labelledby="submissions-heading">
          <h2 id="submissions-heading">
            {a.viewer === "FAMILY" ? "Answers" : a.submissions.length > 1 ? "Everything sent in" : "Sent in"}
          </h2>
          {[...a.submissions].reverse().map((s) => (
            <article key={s.id} className="submission" data-testid="submission">
              {a.viewer !== "FAMILY" ? (
                <h3>
                  {a.submissions.length > 1 ? `Version ${s.number} · ` : ""}
                  {formatDay(s.submittedAt, user.timeZone)}
                </h3>
              ) : null}
              <AnswersView prompts={a.version.prompts} answers={s.answers} />
              {s.outcome ? (
                <p className={`alert ${s.outcome === "RETURNED" ? "warn" : "info"}`} data-testid="submission-review">
                  {s.outcome === "RETURNED" ? "Returned for revision" : "Reviewed"}
                  {s.reviewComment ? `: ${s.reviewComment}` : "."}
                </p>
              ) : null}
            </article>
          ))}
        </section>
      ) : null}

      {a.viewer === "COUNSELOR" && a.status === "SUBMITTED" && !a.withdrawnAt ? (
        <section className="card" aria-labelledby="review-heading">
          <h2 id="review-heading">Review</h2>
          <ActionForm action={reviewSubmissionAction.bind(null, a.id)} submitLabel="Save review" testId="review-form">
            <TextAreaField
              name="comment"
              label={`Comment for ${shortName(a.assignee.name)}`}
              hint="Required when you return it for revision."
            />
            <SelectField
              name="outcome"
              label="Outcome"
              options={[
                { value: "REVIEWED", label: "Mark reviewed" },
                { value: "RETURNED", label: "Return for revision" },
              ]}
            />
          </ActionForm>
        </section>
      ) : null}

      {a.viewer === "COUNSELOR" && !a.withdrawnAt ? (
        <section className="card" aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">Withdraw</h2>
          <p className="muted">{a.assignee.name} will no longer see it or get reminders. What was sent in is kept.</p>
          <ActionForm
            action={withdrawAssignmentAction.bind(null, a.id)}
            submitLabel="Withdraw this exercise"
            submitClassName="secondary danger"
            confirm={{ title: "Withdraw this exercise?", action: "Withdraw" }}
          >
            {null}
          </ActionForm>
        </section>
      ) : null}
    </>
  );
}
