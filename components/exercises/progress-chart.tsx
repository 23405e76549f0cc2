// A scale prompt's answers over time, as server-rendered SVG (no chart library
// in the browser). The text alternative lists every point.
import type { ScaleSeries } from "@/lib/exercises/get-progress";
import { DateTime } from "luxon";

const W = 600;
const H = 220;
const PAD = { left: 56, right: 40, top: 24, bottom: 36 };

export function ProgressChart({ series, who }: { series: ScaleSeries; who?: string }) {
  const { points, min, max } = series;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length === 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (v: number) => PAD.top + plotH - ((v - min) / (max - min)) * plotH;
  const short = (date: string) => DateTime.fromISO(date, { zone: "UTC" }).toFormat("d LLL");
  // Each point sits on the day it was answered; a late answer also names the week it was for.
  const summary = points
    .map(
      (p) =>
        `${short(p.answeredOn)}: ${p.value}${p.answeredOn > p.dueDate ? ` (for the week due ${short(p.dueDate)})` : ""}`,
    )
    .join("; ");
  const title = `${who ? `${who}: ` : ""}${series.promptLabel}`;
  const id = `chart-${series.key.replace(/[^a-zA-Z0-9]/g, "-")}${who ? `-${who.replace(/\W/g, "")}` : ""}`;
  const ticks = [min, Math.round((min + max) / 2), max];
  return (
    <figure className="chart" data-testid="progress-chart">
      <figcaption>
        <strong>{title}</strong>{" "}
        <span className="muted">
          ({series.exerciseTitle}, {min}–{max})
        </span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {points.length ? `Answers over time, from ${min} to ${max}: ${summary}.` : "No answers yet."}
        </desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="chart-grid" />
            <text x={PAD.left - 8} y={y(t) + 4} textAnchor="end" className="chart-label">
              {t}
            </text>
          </g>
        ))}
        {points.length > 1 ? (
          <polyline points={points.map((p, i) => `${x(i)},${y(p.value)}`).join(" ")} className="chart-line" />
        ) : null}
        {points.map((p, i) => (
          <g key={p.assignmentId}>
            <circle cx={x(i)} cy={y(p.value)} r={6} className="chart-point" data-testid="chart-point" />
            <text x={x(i)} y={y(p.value) - 12} textAnchor="middle" className="chart-value">
              {p.value}
            </text>
            <text x={x(i)} y={H - 10} textAnchor="middle" className="chart-label">
              {short(p.answeredOn)}
            </text>
          </g>
        ))}
      </svg>
      <p className="visually-hidden">{summary}</p>
    </figure>
  );
}
