// Whether the process is shutting down. On Ctrl-C the terminal signals the
// whole process group, so the embedded PostgreSQL starts its own fast shutdown
// at the same moment as ours: connections then fail by design, and the
// listeners that would report them (job queue, socket adapter) stay quiet.
const state = globalThis as { mendShuttingDown?: boolean };

export function markShuttingDown(): void {
  state.mendShuttingDown = true;
}

export function isShuttingDown(): boolean {
  return state.mendShuttingDown === true;
}

/** Logs an error unless it is an expected casualty of shutting down. */
export function reportUnlessShuttingDown(label: string, error: unknown): void {
  if (!isShuttingDown()) console.error(label, error);
}
