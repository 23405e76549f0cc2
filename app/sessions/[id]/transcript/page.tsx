import type { Metadata } from "next";
import { describeTimeZone } from "@/lib/validation/time-zones";
import Link from "next/link";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/http/page-guard";
import { clientIp } from "@/lib/http/client-ip";
import { getTranscript } from "@/lib/transcript/get-transcript";
import { formatSessionTime } from "@/lib/scheduling/local-time";
import { TranscriptList } from "@/components/transcript/transcript-list";

export const metadata: Metadata = { title: "Transcript" };

export default async function TranscriptPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCurrentUser();
  const { id } = await params;
  const { header, items, isCounselor } = await orNotFound(
    getTranscript({ actor: user, sessionId: id, ip: await clientIp() }),
  );
  return (
    <>
      <p>
        <Link href={`/sessions/${header.sessionId}`}>← {header.title}</Link>
      </p>
      <div className="page-head">
        <h1>Transcript</h1>
        {isCounselor ? (
          <div className="actions">
            <a
              className="button secondary"
              href={`/api/sessions/${header.sessionId}/export?what=transcript&format=pdf`}
              download
            >
              PDF
            </a>
            <a
              className="button secondary"
              href={`/api/sessions/${header.sessionId}/export?what=transcript&format=md`}
              download
            >
              Markdown
            </a>
          </div>
        ) : null}
      </div>
      <div className="card">
        <p className="muted">
          {header.familyName} · {formatSessionTime(new Date(header.startsAt), new Date(header.endsAt), user.timeZone)} ·
          times in {describeTimeZone(user.timeZone, new Date(header.startsAt)).label}
        </p>
        <p className="muted">
          {isCounselor
            ? "You see everything: findings, held messages and all private coaching."
            : "What was shared with you in this session."}
        </p>
        <TranscriptList items={items} zone={user.timeZone} />
      </div>
    </>
  );
}
