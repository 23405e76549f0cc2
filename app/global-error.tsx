"use client";

// The last resort, when even the root layout failed: it replaces the whole
// document, so it brings its own <html> and the little styling it needs.
import "./globals.css";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Mend</title>
      </head>
      <body>
        <main id="main">
          <div className="narrow">
            <div className="card status-page" role="alert">
              <h1>Mend could not load</h1>
              <p>Something went wrong on our side. It is not something you did. Please try again in a moment.</p>
              <div className="actions">
                <button type="button" onClick={() => reset()}>
                  Try again
                </button>
                {/* A plain link: the app's router may be what failed. */}
                {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
                <a className="button secondary" href="/">
                  Go to your home page
                </a>
              </div>
              {error.digest ? <p className="hint">Reference: {error.digest}</p> : null}
            </div>
          </div>
        </main>
      </body>
    </html>
  );
}
