import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

/** zod issues grouped by top-level field, for showing each next to its input. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
