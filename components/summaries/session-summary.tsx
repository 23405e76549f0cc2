// The family summary of a session: what the counselor chose to share. Members
// read it; the counselor also sees who has read it and edits it.
import { DateTime } from "luxon";
import type { SummaryView } from "@/lib/summaries/get-session-summary";
import { ActionForm } from "@/components/form/action-form";
import { TextAreaField } from "@/components/form/fields";
import { shareSummaryAction } from "@/app/sessions/record-actions";

const PARTS = [
  { key: "workedOn", label: "What we worked on" },
  { key: "wentWell", label: "What went well" },
  { key: "practice", label: "What to practise before next time" },
] as const;

export function SummaryParts({ summary }: { summary: SummaryView }) {
  return (
    <>
      {PARTS.filter((p) => summary[p.key].trim()).map((p) => (
        <div key={p.key} className="summary-part">
          <h3>{p.label}</h3>
          <p>{summary[p.key]}</p>
        </div>
      ))}
    </>
  );
}

export function MemberSummary({
  summary,
  counselorName,
  zone,
}: {
  summary: SummaryView;
  counselorName: string;
  zone: string;
}) {
  return (
    <section id="summary" className="card next-session" aria-labelledby="summary-heading" data-testid="family-summary">
      <span className="pill">From {counselorName}</span>
      <h2 id="summary-heading">Session summary</h2>
      <SummaryParts summary={summary} />
      <p className="muted">Shared {DateTime.fromISO(summary.sharedAt, { zone }).toFormat("d LLL yyyy, HH:mm")}</p>
    </section>
  );
}

export function CounselorSummary({
  sessionId,
  summary,
  zone,
}: {
  sessionId: string;
  summary: SummaryView | null;
  zone: string;
}) {
  return (
    <section id="summary" className="card" aria-labelledby="summary-heading" data-testid="counselor-summary">
      <h2 id="summary-heading">Summary for the family</h2>
      <p className="hint">
        The family sees this on the session page and on their home. Your private note stays private.
      </p>
      {summary?.readers ? (
        <ul className="members readers" data-testid="summary-readers">
          {summary.readers.map((r) => (
            <li key={r.name}>
              {r.name}:{" "}
              {r.readAt ? `read ${DateTime.fromISO(r.readAt, { zone }).toFormat("d LLL, HH:mm")}` : "not read yet"}
            </li>
          ))}
        </ul>
      ) : null}
      <ActionForm
        action={shareSummaryAction.bind(null, sessionId)}
        submitLabel={summary ? "Update the summary" : "Share with the family"}
        pendingLabel="Sharing…"
        testId="summary-form"
      >
        {PARTS.map((p) => (
          <TextAreaField key={p.key} name={p.key} label={p.label} defaultValue={summary?.[p.key] ?? ""} />
        ))}
      </ActionForm>
    </section>
  );
}
