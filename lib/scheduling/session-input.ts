// What a counselor fills in to schedule, move or cancel sessions. Shared by the
// forms (client-side hints) and the domain functions (the real check).
import { z } from "zod";
import { isValidLocalDate, LOCAL_TIME } from "./local-time";
import { MAX_OCCURRENCES, type RecurrenceRule } from "./recurrence";
import { optionalText, plainLine, TimeZoneSchema } from "@/lib/validation/fields";

const LocalDateField = (message: string) => z.string({ error: message }).trim().refine(isValidLocalDate, message);
const LocalTimeField = z
  .string({ error: "Choose a start time." })
  .trim()
  .regex(LOCAL_TIME, "Choose a start time, like 17:00.");
const DurationField = z.coerce
  .number({ error: "Enter the length in minutes." })
  .int("Enter whole minutes.")
  .min(15, "A session lasts at least 15 minutes.")
  .max(240, "A session lasts at most 4 hours (240 minutes).");

export const ScheduleSessionInput = z
  .object({
    title: plainLine({
      required: "Give the session a title.",
      max: 120,
      tooLong: "Use at most 120 characters.",
      allowLinks: true,
    }),
    agenda: optionalText(2000, "Keep the agenda under 2,000 characters."),
    date: LocalDateField("Choose the date of the (first) session."),
    time: LocalTimeField,
    durationMinutes: DurationField,
    timeZone: TimeZoneSchema,
    repeat: z.enum(["NONE", "WEEKLY", "BIWEEKLY"], { error: "Choose how often the session repeats." }).default("NONE"),
    endsAfter: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z.coerce
        .number({ error: "Enter a number of sessions." })
        .int("Enter a whole number.")
        .min(2, "A series has at least 2 sessions.")
        .max(MAX_OCCURRENCES, `A series has at most ${MAX_OCCURRENCES} sessions.`)
        .optional(),
    ),
    endsOn: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      LocalDateField("Choose the date of the last session.").optional(),
    ),
  })
  .superRefine((value, ctx) => {
    if (value.repeat === "NONE") return;
    if (value.endsAfter === undefined && value.endsOn === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["endsAfter"],
        message: "Choose when the series ends: after a number of sessions, or on a date.",
      });
    } else if (value.endsAfter !== undefined && value.endsOn !== undefined) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Choose one way for the series to end, not both." });
    } else if (value.endsOn !== undefined && value.endsOn <= value.date) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The series must end after its first session." });
    }
  });

export type ScheduleSessionValues = z.output<typeof ScheduleSessionInput>;

export function ruleOf(values: ScheduleSessionValues): RecurrenceRule {
  if (values.repeat === "NONE") return { kind: "once" };
  return values.endsAfter !== undefined
    ? { kind: "repeat", frequency: values.repeat, count: values.endsAfter }
    : { kind: "repeat", frequency: values.repeat, untilDate: values.endsOn! };
}

export const ScopeSchema = z
  .enum(["ONE", "FOLLOWING"], { error: "Choose this session only, or this and the following ones." })
  .default("ONE");

export const RescheduleSessionInput = z.object({
  date: LocalDateField("Choose the new date."),
  time: LocalTimeField,
  durationMinutes: DurationField,
  scope: ScopeSchema,
});

export const CancelSessionInput = z.object({
  reason: z
    .string({ error: "Tell the family why the session is cancelled." })
    .trim()
    .min(3, "Tell the family why the session is cancelled.")
    .max(500, "Keep the reason under 500 characters."),
  scope: ScopeSchema,
});
