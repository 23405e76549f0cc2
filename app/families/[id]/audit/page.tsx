import type { Metadata } from "next";
import { timeZoneName } from "@/lib/validation/time-zones";
import Link from "next/link";
import { DateTime } from "luxon";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/http/page-guard";
import { getFamily } from "@/lib/families/get-family";
import { listAuditTrail } from "@/lib/audit/list-audit-trail";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCurrentUser();
  const { id } = await params;
  const rows = await orNotFound(listAuditTrail({ actor: user, familyId: id }));
  const family = await getFamily({ actor: user, familyId: id });
  return (
    <>
      <p>
        <Link href={`/families/${family.id}`}>← {family.name}</Link>
      </p>
      <div className="page-head">
        <h1>Audit trail</h1>
        <a className="button secondary" href={`/api/families/${family.id}/audit`} download data-testid="audit-csv">
          Download CSV
        </a>
      </div>
      <div className="card">
        <p className="hint" id="audit-hint">
          Who read or changed this family&apos;s record, newest first (the latest 200; the CSV has up to 5,000). Times
          in {timeZoneName(user.timeZone)}. Nothing here can be edited or deleted.
        </p>
        <div className="table-wrap" role="region" aria-label="Audit trail, scrolls sideways" tabIndex={0}>
          <table className="table" data-testid="audit-table" aria-describedby="audit-hint">
            <thead>
              <tr>
                <th>When</th>
                <th>Who</th>
                <th>What</th>
                <th>IP</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{DateTime.fromISO(r.at, { zone: user.timeZone }).toFormat("d LLL, HH:mm:ss")}</td>
                  <td>{r.actorName}</td>
                  <td>
                    {r.label}
                    {r.detail ? <span className="muted"> {r.detail}</span> : null}
                  </td>
                  <td>{r.ip ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
