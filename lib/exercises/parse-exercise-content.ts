// The content a counselor submits for an exercise, checked with the one schema
// every reader of the version rows uses.
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { ExerciseContentSchema, type ExerciseContent } from "./definition";

export function parseContent(input: unknown): ExerciseContent {
  const parsed = ExerciseContentSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError("INVALID", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrorsOf(parsed.error),
    });
  return parsed.data;
}
