import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

// One answer for a page that does not exist and for one the visitor may not see:
// it never confirms that a family or session exists.
export default function NotFound() {
  return (
    <div className="narrow">
      <div className="card status-page" data-testid="not-found">
        <p className="status-code" aria-hidden="true">
          404
        </p>
        <h1>We couldn&apos;t find that page</h1>
        <p>The link may be old, mistyped, or meant for someone else&apos;s account. Nothing you wrote has been lost.</p>
        <div className="actions">
          <Link className="button" href="/">
            Go to your home page
          </Link>
          <Link className="button secondary" href="/schedule">
            See your sessions
          </Link>
        </div>
      </div>
    </div>
  );
}
