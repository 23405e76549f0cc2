"use client";

// The safety path on screen: the member who wrote about self-harm sees care
// and crisis lines at once; the counselor sees an urgent alert with a
// one-click private check-in.
import { CHECK_IN_TEXT } from "@/lib/room/crisis-resources";
import { CrisisLines } from "./crisis-lines";
import { firstName, type RoomPerson } from "@/lib/room/people";
import type { SafetyAlert } from "@/lib/room/send-message";

export function CrisisResources(props: { message: string; resources: string; onClose: () => void }) {
  return (
    <section
      className="alert urgent crisis-card"
      role="alert"
      aria-labelledby="crisis-heading"
      data-testid="crisis-resources"
    >
      <div className="crisis-head">
        <h2 id="crisis-heading">You matter</h2>
        <button type="button" className="secondary small" onClick={props.onClose}>
          Close
        </button>
      </div>
      <p>{props.message}</p>
      <CrisisLines resources={props.resources} />
    </section>
  );
}

export function SafetyAlerts(props: {
  alerts: SafetyAlert[];
  people: RoomPerson[];
  onCheckIn: (alert: SafetyAlert, text: string) => void;
  onDismiss: (heldId: string) => void;
}) {
  if (props.alerts.length === 0) return null;
  return (
    <section className="alert urgent" role="alert" aria-labelledby="safety-heading" data-testid="safety-alerts">
      <h2 id="safety-heading">Check in now</h2>
      <ul className="plain">
        {props.alerts.map((alert) => {
          const name = firstName(props.people, alert.userId);
          return (
            <li key={alert.heldId} data-testid="safety-alert">
              <p>
                <strong>{name}</strong> wrote something that sounds like they may be thinking about harming themselves:{" "}
                <q>{alert.text}</q>. It is held for you only; they have been shown crisis lines.
              </p>
              <div className="actions">
                <button type="button" onClick={() => props.onCheckIn(alert, CHECK_IN_TEXT)}>
                  Check in privately with {name}
                </button>
                <button type="button" className="link" onClick={() => props.onDismiss(alert.heldId)}>
                  Dismiss
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
