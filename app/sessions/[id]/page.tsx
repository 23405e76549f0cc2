import type { Metadata } from "next";
import Link from "next/link";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { requireSessionAccess } from "@/lib/scheduling/session-access";
import { getFamily } from "@/lib/families/get-family";
import { orNotFound } from "@/lib/http/page-guard";
import { formatSessionTime, utcToZoned } from "@/lib/scheduling/local-time";
import { describeTimeZone } from "@/lib/validation/time-zones";
import { SessionStatusBadge } from "@/components/session-status";
import { ActionForm } from "@/components/form/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { AssignExerciseCard } from "@/components/exercises/family-exercises";
import { cancelSessionAction, openRoomAction, rescheduleSessionAction } from "../actions";
import { getSessionSummary } from "@/lib/summaries/get-session-summary";
import { CounselorSummary, MemberSummary } from "@/components/summaries/session-summary";
import { archiveSessionAction } from "../record-actions";
import { mayOpenYet } from "@/lib/room/open-room";
import { shortName } from "@/lib/people/names";

export const metadata: Metadata = { title: "Session" };

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCurrentUser();
  const { id } = await params;
  const { session, isCounselor } = await orNotFound(requireSessionAccess(user, id));
  // A member opening this page is recorded as having read the summary.
  const summary =
    session.status === "CANCELLED" ? null : await getSessionSummary({ actor: user, sessionId: session.id });
  const local = utcToZoned(session.startsAt, session.timeZone);
  // The session's zone as people read it, with the offset on the session's own date (daylight saving moves it).
  const sessionZone = describeTimeZone(session.timeZone, session.startsAt).label;
  const duration = Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000);
  const inSeries = session.seriesId !== null;
  const scopeOptions = [
    { value: "ONE", label: "This session only" },
    { value: "FOLLOWING", label: "This and the following sessions" },
  ];

  return (
    <>
      <p>
        <Link href={`/families/${session.family.id}`}>← {session.family.name}</Link>
      </p>
      <div className="title-row">
        <h1>{session.title}</h1>
        <SessionStatusBadge status={session.status} />
      </div>
      <div className="card">
        <p className="when" data-testid="session-time">
          {formatSessionTime(session.startsAt, session.endsAt, user.timeZone)}
        </p>
        <p className="muted">
          Shown in your time zone: {describeTimeZone(user.timeZone, session.startsAt).label}.
          {isCounselor && session.timeZone !== user.timeZone
            ? ` Scheduled in ${sessionZone}: ${formatSessionTime(session.startsAt, session.endsAt, session.timeZone)}.`
            : ""}
        </p>
        <p>With {session.family.counselor.name}</p>
        {!isCounselor && session.status === "SCHEDULED" ? (
          <p className="hint" data-testid="ask-to-move">
            Need another time? Only {shortName(session.family.counselor.name)} can move or cancel a session, so let{" "}
            {shortName(session.family.counselor.name)} know.
          </p>
        ) : null}
        {session.agenda ? (
          <>
            <h2>Agenda</h2>
            <p style={{ whiteSpace: "pre-wrap" }}>{session.agenda}</p>
          </>
        ) : null}
        {session.status === "CANCELLED" && session.cancelReason ? (
          <p className="alert error">Cancelled: {session.cancelReason}</p>
        ) : null}
        <div className="actions">
          {session.status === "LIVE" ? (
            <Link className="button" href={`/sessions/${session.id}/room`}>
              {isCounselor ? "Go to the room" : "Join the session"}
            </Link>
          ) : null}
          {!isCounselor && session.status === "SCHEDULED" && mayOpenYet(session.startsAt, new Date()) ? (
            // Close to the start, a member on this page had no way in and no sign of the room opening; the
            // waiting room turns into the session by itself when the counselor opens it (room-waiting.tsx).
            <>
              <Link className="button" href={`/sessions/${session.id}/room`} data-testid="waiting-room-link">
                Go to the waiting room
              </Link>
              <p className="hint">
                {shortName(session.family.counselor.name)} opens the session; the waiting room turns into it by itself.
              </p>
            </>
          ) : null}
          {session.status === "ENDED" || (isCounselor && session.status === "LIVE") ? (
            <Link className="button secondary" href={`/sessions/${session.id}/transcript`}>
              Read the transcript
            </Link>
          ) : null}
          {isCounselor && (session.status === "ENDED" || session.status === "LIVE") ? (
            <Link className="button secondary" href={`/sessions/${session.id}/note`} data-testid="note-link">
              Session note
            </Link>
          ) : null}
          {isCounselor && session.status === "SCHEDULED" && mayOpenYet(session.startsAt, new Date()) ? (
            <ActionForm
              action={openRoomAction.bind(null, session.id)}
              submitLabel="Open the room"
              pendingLabel="Opening…"
            >
              {null}
            </ActionForm>
          ) : null}
          {isCounselor && session.status === "SCHEDULED" && !mayOpenYet(session.startsAt, new Date()) ? (
            <p className="hint" data-testid="opens-later">
              You can open the room from an hour before it starts.
            </p>
          ) : null}
          <a className="button secondary" href={`/api/sessions/${session.id}/ics`} download>
            Add to calendar (.ics)
          </a>
        </div>
      </div>

      {!isCounselor && summary ? (
        <MemberSummary summary={summary} counselorName={session.family.counselor.name} zone={user.timeZone} />
      ) : null}
      {session.archivedAt ? (
        <p className="alert info">This session is archived: it can be read, but no longer changed.</p>
      ) : null}
      {isCounselor && session.status === "ENDED" && !session.archivedAt ? (
        <CounselorSummary sessionId={session.id} summary={summary} zone={user.timeZone} />
      ) : null}
      {isCounselor && session.status === "ENDED" ? (
        <AssignExerciseCard
          user={user}
          familyId={session.family.id}
          members={(await getFamily({ actor: user, familyId: session.family.id })).members}
          heading="Assign an exercise after this session"
        />
      ) : null}

      {isCounselor && session.status === "SCHEDULED" ? (
        <>
          <section className="card" aria-labelledby="move-heading">
            <h2 id="move-heading">Move</h2>
            <ActionForm
              action={rescheduleSessionAction.bind(null, session.id)}
              submitLabel="Move session"
              pendingLabel="Moving…"
              testId="reschedule-form"
            >
              <div className="row align-top">
                <TextField name="date" label="New date" type="date" defaultValue={local.date} />
                <TextField
                  name="time"
                  label="Start time"
                  hint={`In ${sessionZone}, the session's time zone.`}
                  type="time"
                  defaultValue={local.time}
                  step={300}
                />
                <TextField
                  name="durationMinutes"
                  label="Length (minutes)"
                  type="number"
                  defaultValue={duration}
                  min={15}
                  max={240}
                  step={5}
                />
              </div>
              {inSeries ? (
                <SelectField id="move-scope" name="scope" label="Move which sessions" options={scopeOptions} />
              ) : (
                <input type="hidden" name="scope" value="ONE" />
              )}
            </ActionForm>
          </section>
          <section className="card" aria-labelledby="cancel-heading">
            <h2 id="cancel-heading">Cancel</h2>
            <ActionForm
              action={cancelSessionAction.bind(null, session.id)}
              submitLabel="Cancel session"
              submitClassName="danger"
              pendingLabel="Cancelling…"
              testId="cancel-form"
              confirm={{
                title: "Cancel this session?",
                body: "The family is emailed at once with your reason.",
                action: "Cancel session",
                cancel: "Keep it",
              }}
            >
              <TextAreaField name="reason" label="Reason (the family sees this)" />
              {inSeries ? (
                <SelectField id="cancel-scope" name="scope" label="Cancel which sessions" options={scopeOptions} />
              ) : (
                <input type="hidden" name="scope" value="ONE" />
              )}
            </ActionForm>
          </section>
        </>
      ) : null}
      {isCounselor && session.status !== "LIVE" && !session.archivedAt ? (
        <section className="card" aria-labelledby="archive-session-heading">
          <h2 id="archive-session-heading">Archive</h2>
          <p className="hint">
            Hides this session from every list and makes it read-only. Its transcript and note are kept.
          </p>
          <ActionForm
            action={archiveSessionAction.bind(null, session.id, session.family.id)}
            submitLabel="Archive this session"
            submitClassName="secondary danger"
            pendingLabel="Archiving…"
            confirm={{
              title: "Archive this session?",
              body: "It leaves every list and becomes read-only. The transcript and note are kept.",
              action: "Archive",
            }}
          >
            {null}
          </ActionForm>
        </section>
      ) : null}
    </>
  );
}
