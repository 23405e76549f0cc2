// Wraps a socket event handler: validates the payload with zod, runs the
// domain call, and always answers the ack — with data or an error payload —
// so a bad event can never crash the server or leave a client waiting.
import type { z } from "zod";
import { AppError, toErrorPayload } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import type { Ack } from "./events";

export function handleEvent<S extends z.ZodType, T>(schema: S, run: (input: z.output<S>) => Promise<T>) {
  return async (...args: unknown[]): Promise<void> => {
    // `emit("event", callback)` passes the callback first and no payload.
    const [payload, ack] = args.length === 1 && typeof args[0] === "function" ? [undefined, args[0]] : args;
    const reply: Ack<T> = typeof ack === "function" ? (ack as Ack<T>) : () => {};
    try {
      const parsed = schema.safeParse(payload);
      if (!parsed.success) {
        throw new AppError("INVALID", "That request was not understood.", { fieldErrors: fieldErrorsOf(parsed.error) });
      }
      reply({ ok: true, data: await run(parsed.data) });
    } catch (error) {
      if (!(error instanceof AppError)) console.error("Socket event failed", error);
      reply({ ok: false, error: toErrorPayload(error) });
    }
  };
}
