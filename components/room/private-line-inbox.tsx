"use client";

// For the counselor: what members wrote on their private line, newest first,
// with break requests marked, each with a private reply to its writer. The lines
// also sit in the conversation in order.
import type { MessageView } from "@/lib/room/message-view";
import { firstName, type RoomPerson } from "@/lib/room/people";

type Shown = Extract<MessageView, { id: string }>;

export function PrivateLineInbox({
  messages,
  people,
  zone,
  onReply,
}: {
  messages: MessageView[];
  people: RoomPerson[];
  zone: string;
  /** Opens Coaching addressed to this person (only they read it). */
  onReply: (userId: string) => void;
}) {
  const lines = messages.filter((m): m is Shown => m.kind === "PRIVATE").reverse();
  if (lines.length === 0) return null;
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit" });
  return (
    <section className="card private-inbox" aria-labelledby="private-inbox-heading" data-testid="private-inbox">
      <h2 id="private-inbox-heading">Private lines</h2>
      <ul className="plain">
        {lines.map((m) => (
          <li
            key={m.seq}
            data-testid="private-line-item"
            className={m.data?.type === "BREAK_REQUEST" ? "break" : undefined}
          >
            <strong>{firstName(people, m.senderId)}</strong>{" "}
            <time dateTime={m.createdAt}>{clock.format(new Date(m.createdAt))}</time>
            {m.data?.type === "BREAK_REQUEST" ? <span className="pill">needs a break</span> : null}
            <p>{m.text}</p>
            {m.senderId ? (
              <button type="button" className="link small" onClick={() => onReply(m.senderId!)}>
                Reply privately to {firstName(people, m.senderId)}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
