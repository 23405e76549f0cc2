"use client";

// A page that failed on the server or in the browser: say so calmly, offer to try
// again and a way home. The digest lets support find the server log line.
import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="narrow">
      <div className="card status-page" role="alert" data-testid="error-page">
        <h1>Something went wrong on our side</h1>
        <p>This page could not load. It is not something you did, and nothing you already sent has been lost.</p>
        <div className="actions">
          <button type="button" onClick={() => reset()}>
            Try again
          </button>
          <Link className="button secondary" href="/">
            Go to your home page
          </Link>
        </div>
        {error.digest ? (
          <p className="hint">If it keeps happening, tell your counselor or Mend support this code: {error.digest}</p>
        ) : null}
      </div>
    </div>
  );
}
