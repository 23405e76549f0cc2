// A session transcript: messages in seq order with sender and time in the
// viewer's zone, a line for each new day, room events as quiet lines. Each line
// has an anchor (#<prefix><seq>) that a quote links back to; CSS :target
// highlights it. In the note editor each line also gets a "Quote" button.
// No hooks and no "use client": the transcript page renders it on the server
// (no 2,000-line hydration), the note editor inside its client tree.
import { HELD_STATUS_LABEL, type TranscriptItem } from "@/lib/transcript/transcript-item";

export function anchorOf(prefix: string, seq: number): string {
  return `${prefix}${seq}`;
}

export function TranscriptList(props: {
  items: TranscriptItem[];
  zone: string;
  anchorPrefix?: string;
  onQuote?: (seq: number) => void;
  quoteLabel?: string;
}) {
  const prefix = props.anchorPrefix ?? "seq-";
  // One formatter per render: creating a date object per line costs more than the rest of the line.
  const dayFormat = new Intl.DateTimeFormat("en-GB", {
    timeZone: props.zone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const timeFormat = new Intl.DateTimeFormat("en-GB", {
    timeZone: props.zone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  let day = "";
  const rows: React.ReactNode[] = [];
  for (const item of props.items) {
    const instant = new Date(item.at);
    const thisDay = dayFormat.format(instant).replace(",", "");
    if (thisDay !== day) {
      day = thisDay;
      rows.push(
        <li key={`day-${item.at}`} className="t-day">
          {thisDay}
        </li>,
      );
    }
    const time = <time dateTime={item.at}>{timeFormat.format(instant)}</time>;
    if (item.type === "event") {
      rows.push(
        <li key={`e-${item.seq}`} id={anchorOf(prefix, item.seq)} className="t-event" data-seq={item.seq}>
          {time} {item.text}
          {props.onQuote ? (
            <button
              type="button"
              className="link t-quote"
              onClick={() => props.onQuote?.(item.seq)}
              aria-label={`Quote event ${item.seq}`}
            >
              {props.quoteLabel ?? "Quote"}
            </button>
          ) : null}
        </li>,
      );
    } else if (item.type === "blocked") {
      rows.push(
        <li key={`b-${item.id}`} className="t-line t-held" data-testid="transcript-blocked">
          <div className="t-head">
            {time} <strong>{item.senderName}</strong> <span className="t-flag">blocked by the rules</span>
            <span className="t-findings">{item.findings.join(" · ")}</span>
          </div>
          <div className="t-note">The message was not delivered; the room keeps what was found, not the words.</div>
        </li>,
      );
    } else if (item.type === "nudged") {
      rows.push(
        <li key={`n-${item.id}`} className="t-line t-held" data-testid="transcript-nudged">
          <div className="t-head">
            {time} <strong>{item.senderName}</strong> <span className="t-flag">nudged to rephrase</span>
            <span className="t-findings">{item.findings.join(" · ")}</span>
          </div>
          <div className="t-note">
            Shown why and a calmer version before sending; the draft&apos;s words are not kept. What was sent after is
            its own line.
          </div>
        </li>,
      );
    } else if (item.type === "held") {
      rows.push(
        <li key={`h-${item.id}`} className="t-line t-held" data-testid="transcript-held">
          <div className="t-head">
            {time} <strong>{item.senderName}</strong> <span className="t-flag">{HELD_STATUS_LABEL[item.status]}</span>
            {item.findings.length ? <span className="t-findings">{item.findings.join(" · ")}</span> : null}
          </div>
          <div className="t-text">{item.text}</div>
          {item.note ? <div className="t-note">Your note: {item.note}</div> : null}
        </li>,
      );
    } else {
      const label =
        item.kind === "COACHING"
          ? `${item.senderName} → ${item.recipientName ?? ""} · private coaching`
          : item.kind === "PRIVATE"
            ? `${item.senderName} → ${item.recipientName ?? ""} · private line`
            : item.kind === "PARAPHRASE"
              ? `${item.senderName} · paraphrase`
              : item.senderName;
      rows.push(
        <li
          key={`m-${item.seq}`}
          id={anchorOf(prefix, item.seq)}
          className={`t-line${item.kind === "COACHING" || item.kind === "PRIVATE" ? " t-coaching" : ""}`}
          data-seq={item.seq}
          data-testid="transcript-line"
        >
          <div className="t-head">
            {time} <strong>{label}</strong>
            {item.held ? <span className="t-flag">held, approved</span> : null}
            {item.findings?.length ? <span className="t-findings">{item.findings.join(" · ")}</span> : null}
            {props.onQuote ? (
              <button
                type="button"
                className="link t-quote"
                onClick={() => props.onQuote?.(item.seq)}
                aria-label={`Quote message ${item.seq}`}
              >
                {props.quoteLabel ?? "Quote"}
              </button>
            ) : null}
          </div>
          <div className="t-text">{item.text}</div>
        </li>,
      );
    }
  }
  return rows.length ? (
    <ol className="transcript">{rows}</ol>
  ) : (
    <p className="muted">Nothing was said in this session.</p>
  );
}
