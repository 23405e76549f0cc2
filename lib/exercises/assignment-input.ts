// What the counselor fills in to assign, review and share. Client-safe: the
// forms and the domain functions use the same schemas.
import { z } from "zod";
import { isValidLocalDate } from "@/lib/scheduling/local-time";
import { CheckboxField, optionalText } from "@/lib/validation/fields";

const LocalDateField = (message: string) => z.string({ error: message }).trim().refine(isValidLocalDate, message);

export const AssignExerciseInput = z
  .object({
    exerciseId: z
      .string({ error: "Choose an exercise." })
      .trim()
      .min(1, "Choose an exercise.")
      .max(64, "Choose an exercise."),
    assigneeIds: z
      .array(z.string().trim().max(64), { error: "Choose at least one member." })
      .min(1, "Choose at least one member.")
      .max(20),
    dueDate: LocalDateField("Choose the due date."),
    repeatUntil: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      LocalDateField("Choose the date of the last repeat.").optional(),
    ),
    note: optionalText(1000, "Keep the note under 1,000 characters."),
    shared: CheckboxField.default(false),
  })
  .superRefine((v, ctx) => {
    if (v.repeatUntil !== undefined && v.repeatUntil <= v.dueDate)
      ctx.addIssue({
        code: "custom",
        path: ["repeatUntil"],
        message: "The last repeat must come after the first due date.",
      });
  });
export type AssignExerciseValues = z.output<typeof AssignExerciseInput>;

export const ReviewSubmissionInput = z
  .object({
    outcome: z.enum(["REVIEWED", "RETURNED"], { error: "Choose to mark it reviewed or return it." }),
    comment: optionalText(2000, "Keep the comment under 2,000 characters."),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "RETURNED" && !v.comment)
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Tell them what to look at again." });
  });
