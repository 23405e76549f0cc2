import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { devMailboxEnabled, listDevMailbox } from "@/lib/mail/list-dev-mailbox";
import { renderEmailText } from "@/lib/mail/sealed-link";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };

function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <div className="mail">
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </div>
  );
}

export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!devMailboxEnabled()) notFound();
  const { to } = await searchParams;
  const emails = await listDevMailbox({ to });
  return (
    <>
      <h1>Development mailbox</h1>
      <p className="muted">
        Emails Mend would have sent. Only in development; with SMTP_URL set they are also sent for real.
      </p>
      {emails.length === 0 ? <p>No emails yet.</p> : null}
      {emails.map((e) => (
        <article key={e.id} className="card" data-testid="mail">
          <h2>{e.subject}</h2>
          <p className="muted">
            To {e.to} · {e.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC
            {e.status === "SENT" ? " · sent" : ""}
            {e.error ? ` · failed: ${e.error}` : ""}
          </p>
          <Linkified text={renderEmailText(e)} />
        </article>
      ))}
    </>
  );
}
