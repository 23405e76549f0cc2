import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { handleEvent, splitArguments } from "@/lib/realtime/handle-event";
import { takeConsoleErrors } from "../support/fail-on-console-error";

function ackSpy() {
  const calls: unknown[] = [];
  return { ack: (response: unknown) => calls.push(response), calls };
}

const Input = z.object({ n: z.number() });

describe("socket event handling", () => {
  // Stands for a domain function: it parses the payload itself.
  const handler = handleEvent(async (payload) => {
    const parsed = Input.safeParse(payload);
    if (!parsed.success) throw new AppError("INVALID", "That request was not understood.");
    const { n } = parsed.data;
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
    expect(calls).toEqual([
      { ok: false, error: expect.objectContaining({ code: "INVALID", message: "That request was not understood." }) },
    ]);
  });

  it("acks the domain error's code and message", async () => {
    const { ack, calls } = ackSpy();
    await handler({ n: -1 }, ack);
    expect(calls).toEqual([
      { ok: false, error: { code: "FORBIDDEN", message: "Negative numbers are not allowed here." } },
    ]);
  });

  it("hides an unexpected error's internals and logs it", async () => {
    const { ack, calls } = ackSpy();
    await handler({ n: 13 }, ack);
    expect(calls).toEqual([
      { ok: false, error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } },
    ]);
    expect(takeConsoleErrors()).toHaveLength(1);
  });

  it("accepts an event sent with only a callback", async () => {
    const { ack, calls } = ackSpy();
    await handleEvent(async (payload) => (payload === undefined ? "hi" : "payload?"))(ack);
    expect(calls).toEqual([{ ok: true, data: "hi" }]);
  });

  it("answers the ack even when extra arguments come before it", async () => {
    const { ack, calls } = ackSpy();
    await handler({ n: 2 }, "extra", 42, null, ack);
    expect(calls).toEqual([{ ok: true, data: 4 }]);
  });

  it("does not throw when the client sent no callback", async () => {
    await expect(handler({ n: "bad" }, undefined)).resolves.toBeUndefined();
    await expect(handler()).resolves.toBeUndefined();
  });
});

describe("splitting socket arguments", () => {
  const fn = () => {};
  it.each([
    ["payload and ack", [{ a: 1 }, fn], { a: 1 }, true],
    ["only an ack", [fn], undefined, true],
    ["payload, extras, ack", [{ a: 1 }, 2, "x", fn], { a: 1 }, true],
    ["payload without ack", [{ a: 1 }], { a: 1 }, false],
    ["nothing", [], undefined, false],
    ["ack first, then more", [fn, 1], undefined, false],
  ])("%s", (_name, args, payload, hasAck) => {
    const split = splitArguments(args as unknown[]);
    expect(split.payload).toEqual(payload);
    expect(split.ack !== null).toBe(hasAck);
  });
});
