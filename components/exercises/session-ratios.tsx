// Each ended session's kind messages against harsh moments per member, beside the charts: the same two numbers
// as the session's figures and its note, so the three never disagree.
import type { SessionRatio } from "@/lib/exercises/get-progress";
import { formatDay } from "@/lib/scheduling/local-time";
import { shortName } from "@/lib/people/names";

const ratioText = (m: { kindMessages: number; negatives: number; ratio: number | null }) =>
  `${m.kindMessages} kind : ${m.negatives} harsh${m.ratio === null ? "" : ` (${m.ratio.toFixed(1)} : 1)`}`;

export function SessionRatios({ sessions, zone }: { sessions: SessionRatio[]; zone: string }) {
  if (sessions.length === 0) return <p className="muted">No session has ended yet.</p>;
  return (
    <table className="table" data-testid="session-ratios">
      <caption className="visually-hidden">Kind messages against harsh moments, per session and member</caption>
      <thead>
        <tr>
          <th scope="col">Session</th>
          <th scope="col">Kind : harsh</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => (
          <tr key={s.sessionId}>
            <td>
              {s.title}
              <div className="muted">{formatDay(s.startsAt, zone)}</div>
            </td>
            <td>
              {s.members.map((m) => (
                <div key={m.userId}>
                  {shortName(m.name)}: {ratioText(m)}
                </div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
