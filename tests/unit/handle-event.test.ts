import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { handleEvent } from "@/lib/realtime/handle-event";
import { takeConsoleErrors } from "../support/fail-on-console-error";

function ackSpy() {
  const calls: unknown[] = [];
  return { ack: (response: unknown) => calls.push(response), calls };
}

describe("socket event handling", () => {
  const handler = handleEvent(z.object({ n: z.number() }), async ({ n }) => {
    if (n < 0) throw new AppError("FORBIDDEN", "Negative numbers are not allowed here.");
    if (n === 13) throw new Error("database exploded");
    return n * 2;
  });

  it("acks the result of a valid event", async () => {
    const { ack, calls } = ackSpy();
    await handler({ n: 2 }, ack);
    expect(calls).toEqual([{ ok: true, data: 4 }]);
  });

  it("acks an INVALID error for a payload that fails validation", async () => {
    const { ack, calls } = ackSpy();
    await handler({ n: "two" }, ack);
    expect(calls).toEqual([{ ok: false, error: expect.objectContaining({ code: "INVALID", message: "That request was not understood." }) }]);
  });

  it("acks the domain error's code and message", async () => {
    const { ack, calls } = ackSpy();
    await handler({ n: -1 }, ack);
    expect(calls).toEqual([{ ok: false, error: { code: "FORBIDDEN", message: "Negative numbers are not allowed here." } }]);
  });

  it("hides an unexpected error's internals and logs it", async () => {
    const { ack, calls } = ackSpy();
    await handler({ n: 13 }, ack);
    expect(calls).toEqual([{ ok: false, error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } }]);
    expect(takeConsoleErrors()).toHaveLength(1);
  });

  it("accepts an event sent with only a callback", async () => {
    const { ack, calls } = ackSpy();
    await handleEvent(z.undefined(), async () => "hi")(ack);
    expect(calls).toEqual([{ ok: true, data: "hi" }]);
  });

  it("does not throw when the client sent no callback", async () => {
    await expect(handler({ n: "bad" }, undefined)).resolves.toBeUndefined();
  });
});
