// What every server action returns to its form: success (maybe with where to
// go next), or the error in words for the person and per field.
import { toErrorPayload, type FieldErrors } from "@/lib/errors";

export type ActionResult =
  { ok: true; redirectTo?: string; message?: string } | { ok: false; message: string; fieldErrors?: FieldErrors };

export async function runAction(
  work: () => Promise<{ redirectTo?: string; message?: string } | void>,
): Promise<ActionResult> {
  try {
    return { ok: true, ...((await work()) ?? {}) };
  } catch (error) {
    const payload = toErrorPayload(error);
    if (payload.code === "INTERNAL") console.error("Server action failed", error);
    return { ok: false, message: payload.message, fieldErrors: payload.fieldErrors };
  }
}

/** A FormData as a plain object of strings (the domain's zod schemas do the rest). */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value;
  return values;
}

/** For actions whose form needs data back (e.g. a secret shown once). */
export type DataActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      message: string;
      fieldErrors?: FieldErrors;
      /** AppError's finer reason, e.g. STALE. */ reason?: string;
    };

export async function runDataAction<T>(work: () => Promise<T>): Promise<DataActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    const payload = toErrorPayload(error);
    if (payload.code === "INTERNAL") console.error("Server action failed", error);
    return { ok: false, message: payload.message, fieldErrors: payload.fieldErrors, reason: payload.reason };
  }
}
