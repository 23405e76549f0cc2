// The order a Mend process stops in, after a signal or a start that failed half way.
import { describe, expect, it } from "vitest";
import { isShuttingDown, startFailureLine, stopInOrder } from "@/lib/process/shutdown";

describe("stopInOrder", () => {
  it("marks the process as shutting down first, closes what started in reverse order, then the pools, then PostgreSQL", async () => {
    const calls: string[] = [];
    const step = (name: string) => async () => {
      calls.push(`${name}${isShuttingDown() ? "" : " (not yet marked)"}`);
    };
    await stopInOrder({
      started: [step("job queue"), step("sockets"), step("stop accepting")],
      disconnect: step("pools"),
      stopDatabase: step("postgres"),
    });
    expect(calls).toEqual(["stop accepting", "sockets", "job queue", "pools", "postgres"]);
  });

  it("still stops PostgreSQL when something before it fails to close", async () => {
    const calls: string[] = [];
    await stopInOrder({
      started: [async () => void calls.push("job queue"), () => Promise.reject(new Error("socket close failed"))],
      disconnect: () => Promise.reject(new Error("pool already gone")),
      stopDatabase: async () => void calls.push("postgres"),
    });
    expect(calls).toEqual(["job queue", "postgres"]);
  });
});

describe("startFailureLine", () => {
  it("says why the start failed in one line", () => {
    const error = new Error(
      "Could not find a production build in the '.next' directory. Try building your app with 'next build'.\n    at stack frame",
    );
    expect(startFailureLine(error)).toBe(
      "[mend] Could not start: Could not find a production build in the '.next' directory. Try building your app with 'next build'.",
    );
  });
});
