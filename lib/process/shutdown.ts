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

/**
 * Stops a process in the one order that stays quiet: mark it shutting down
 * (so expected connection errors are not reported), close what was started in
 * reverse order (stop accepting, sockets, job queue), close the pools, and
 * only then stop PostgreSQL. The same order after a start that failed half way,
 * with whatever had started by then.
 */
export async function stopInOrder(steps: {
  started: (() => Promise<void>)[];
  disconnect: () => Promise<void>;
  stopDatabase?: () => Promise<void>;
}): Promise<void> {
  markShuttingDown();
  for (const close of [...steps.started].reverse()) await close().catch(() => {});
  await steps.disconnect().catch(() => {});
  await steps.stopDatabase?.();
}

/** One line for a start that failed: the reason in plain words, never a stack of casualties. */
export function startFailureLine(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `[mend] Could not start: ${reason.split("\n")[0]}`;
}
