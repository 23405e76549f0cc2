// What every member sees when the session ends: thanks, when the family meets
// next, and the counselor's summary once it is shared.
import Link from "next/link";

export type WrapUpView = {
  counselorName: string;
  next: { title: string; when: string; href: string } | null;
  summaryHref: string | null;
  sessionHref: string;
};

export function WrapUp({ wrapUp, name }: { wrapUp: WrapUpView; name: string }) {
  return (
    <section className="wrap-up" aria-labelledby="wrap-up-heading" data-testid="wrap-up">
      <h2 id="wrap-up-heading">Thank you, {name}</h2>
      <p>The session has ended. Talking like this takes courage — well done for staying with it.</p>
      {wrapUp.next ? (
        <p data-testid="wrap-up-next">
          Next session: <Link href={wrapUp.next.href}>{wrapUp.next.when}</Link>
        </p>
      ) : (
        <p className="hint">{wrapUp.counselorName} will let you know when you meet next.</p>
      )}
      {wrapUp.summaryHref ? (
        <p>
          <Link href={wrapUp.summaryHref} data-testid="wrap-up-summary">
            Read {wrapUp.counselorName}&apos;s summary
          </Link>
        </p>
      ) : (
        <p className="hint">If {wrapUp.counselorName} shares a short summary, it will appear on the session page.</p>
      )}
      <Link href={wrapUp.sessionHref} className="button secondary">
        Back to the session page
      </Link>
    </section>
  );
}
