// A small bar chart of kind against harsh messages per member: plain SVG, no
// hooks, so it renders on the server as well. The words in describeFigures are
// its text alternative; the chart repeats them in its <desc> for screen readers.
import type { FigureBar } from "@/lib/room/describe-figures";

const ROW = 44;
const BAR = 14;
const LABEL = 76;
const WIDTH = 300;

export function FiguresChart({
  bars,
  summary,
  id = "figures-chart",
}: {
  bars: FigureBar[];
  summary: string;
  id?: string;
}) {
  if (bars.every((b) => b.kind === 0 && b.harsh === 0)) return <p className="hint">Nothing to chart yet.</p>;
  const max = Math.max(1, ...bars.flatMap((b) => [b.kind, b.harsh]));
  const scale = (n: number) => Math.round(((WIDTH - LABEL - 28) * n) / max);
  const height = bars.length * ROW + 4;
  return (
    <figure className="figures-chart" data-testid="figures-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>Kind and harsh messages per person</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {bars.map((b, i) => {
          const y = i * ROW + 4;
          return (
            <g key={b.userId}>
              <text x={0} y={y + BAR + 4} className="figures-name">
                {b.name}
              </text>
              <rect x={LABEL} y={y} width={Math.max(2, scale(b.kind))} height={BAR} rx={3} className="figures-kind" />
              <text x={LABEL + Math.max(2, scale(b.kind)) + 4} y={y + BAR - 3} className="figures-count">
                {b.kind}
              </text>
              <rect
                x={LABEL}
                y={y + BAR + 4}
                width={Math.max(2, scale(b.harsh))}
                height={BAR}
                rx={3}
                className="figures-harsh"
              />
              <text x={LABEL + Math.max(2, scale(b.harsh)) + 4} y={y + 2 * BAR + 1} className="figures-count">
                {b.harsh}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="figures-legend" aria-hidden="true">
        <span className="figures-key figures-key-kind" /> kind or appreciative{" "}
        <span className="figures-key figures-key-harsh" /> harsh
      </figcaption>
    </figure>
  );
}
