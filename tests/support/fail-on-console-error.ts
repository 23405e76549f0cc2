// A test that makes the code log an error has found a bug, even if its own
// assertions pass. Tests that expect an error log spy on console.error first.
import { afterEach, beforeEach, vi } from "vitest";

let calls: unknown[][] = [];
beforeEach(() => {
  calls = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    calls.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length)
    throw new Error(
      `console.error was called during the test:\n${calls.map((c) => c.map(String).join(" ")).join("\n")}`,
    );
});

/** For a test that expects an error to be logged: returns what was logged so far and forgets it. */
export function takeConsoleErrors(): unknown[][] {
  const taken = calls;
  calls = [];
  return taken;
}
