// Where a room send spends its time, for `npm run bench:room` (docs/benchmarks.md).
// Off unless the benchmark's server installs a collector on globalThis: then
// every recordPhase call adds to one histogram per phase; otherwise it is a
// single property read and nothing is kept.
import { createHistogram, type RecordableHistogram } from "node:perf_hooks";

type Phases = Map<string, RecordableHistogram>;
const globals = globalThis as { mendPhases?: Phases };

/** Records `ms` under `phase` when timing is on. */
export function recordPhase(phase: string, ms: number): void {
  const phases = globals.mendPhases;
  if (!phases) return;
  let histogram = phases.get(phase);
  if (!histogram) phases.set(phase, (histogram = createHistogram()));
  // Microseconds: the histogram takes integers ≥ 1.
  histogram.record(Math.max(1, Math.round(ms * 1000)));
}

export function phaseTimingOn(): boolean {
  return globals.mendPhases !== undefined;
}

/** Turns timing on (or clears what was kept so far). */
export function startPhaseTiming(): void {
  globals.mendPhases = new Map();
}

/** Per phase: count and p50 / p95 / p99 / max in milliseconds. */
export function phaseFigures(): Record<string, { count: number; p50: number; p95: number; p99: number; max: number }> {
  const figures: Record<string, { count: number; p50: number; p95: number; p99: number; max: number }> = {};
  for (const [phase, h] of globals.mendPhases ?? []) {
    figures[phase] = {
      count: h.count,
      p50: h.percentile(50) / 1000,
      p95: h.percentile(95) / 1000,
      p99: h.percentile(99) / 1000,
      max: h.max / 1000,
    };
  }
  return figures;
}
