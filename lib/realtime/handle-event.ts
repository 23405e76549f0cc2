// Wraps a socket event handler: runs the domain call with the payload as sent
// (the domain function parses it, once) and always answers the ack — with
// data or an error payload — so a bad event can never crash the server or
// leave a client waiting.
import { AppError, toErrorPayload } from "@/lib/errors";
import type { Ack } from "./events";

/**
 * Socket.IO passes the client's arguments as they came: the ack, when there is
 * one, is the last; the payload is the first when it is not the ack. Anything
 * else is ignored, so extra arguments can never cost the client its answer.
 */
export function splitArguments(args: unknown[]): { payload: unknown; ack: Ack<unknown> | null } {
  const last = args.at(-1);
  const ack = typeof last === "function" ? (last as Ack<unknown>) : null;
  const first = args[0];
  return { payload: typeof first === "function" ? undefined : first, ack };
}

export function handleEvent<T>(run: (payload: unknown) => Promise<T>) {
  return async (...args: unknown[]): Promise<void> => {
    const { payload, ack } = splitArguments(args);
    const reply = (ack ?? (() => {})) as Ack<T>;
    try {
      reply({ ok: true, data: await run(payload) });
    } catch (error) {
      if (!(error instanceof AppError)) console.error("Socket event failed", error);
      reply({ ok: false, error: toErrorPayload(error) });
    }
  };
}
