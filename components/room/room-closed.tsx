// The room cannot be shown here: the person was signed out (here or on every
// device), lost access (removed from the family), or the session is out of
// reach. Says so, and offers the one way on instead of "reconnecting…".
import Link from "next/link";

export function RoomClosed(props: { title: string; message: string; signedOut: boolean; sessionId: string }) {
  const back = `/sessions/${props.sessionId}/room`;
  return (
    <div className="narrow">
      <div className="card">
        <h1>{props.title}</h1>
        <p className="alert error" data-testid="join-error" role="alert">
          {props.message}
        </p>
        {props.signedOut ? (
          <Link className="button" href={`/login?next=${encodeURIComponent(back)}`} data-testid="sign-in-again">
            Sign in again
          </Link>
        ) : (
          <Link href="/">Go to your home page</Link>
        )}
      </div>
    </div>
  );
}
