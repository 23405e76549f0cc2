// What an exercise is made of, and what a member's answers look like. Client-safe:
// the form builder, the member's form, the domain and the seed all parse with
// these schemas, so the JSON columns are read exactly as they were written.
import { z } from "zod";

export const STRATEGIES = ["ACKNOWLEDGE", "LISTEN", "CALM", "SEEK_HELP", "POSITIVE", "PATIENCE", "LOVE"] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const STRATEGY_LABEL: Record<Strategy, string> = {
  ACKNOWLEDGE: "Acknowledge the problem",
  LISTEN: "Active listening",
  CALM: "Calm communication",
  SEEK_HELP: "Seek help",
  POSITIVE: "Focus on the positive",
  PATIENCE: "Patience and hope",
  LOVE: "Love and appreciation",
};

export const PROMPT_TYPES = ["SHORT_TEXT", "LONG_TEXT", "SCALE", "CHECKLIST", "LIST"] as const;
export type PromptType = (typeof PROMPT_TYPES)[number];

export const PROMPT_TYPE_LABEL: Record<PromptType, string> = {
  SHORT_TEXT: "Short text",
  LONG_TEXT: "Long text",
  SCALE: "Scale (1–10)",
  CHECKLIST: "Checklist",
  LIST: "List of items",
};

/** Hard ceilings, whatever a counselor configures. */
export const LIMITS = { shortText: 300, longText: 5000, listItems: 10, checklistOptions: 12, prompts: 20 } as const;

const PromptId = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "Use lower-case letters, digits and _ for a prompt id.");
const Label = z.string().trim().min(1, "Write the question.").max(300, "Keep the question under 300 characters.");
const Help = z.string().trim().max(500, "Keep the help text under 500 characters.").optional();

const ShortText = z.object({
  type: z.literal("SHORT_TEXT"),
  id: PromptId,
  label: Label,
  help: Help,
  required: z.boolean(),
  maxLength: z.number().int().min(1).max(LIMITS.shortText),
});

const LongText = z.object({
  type: z.literal("LONG_TEXT"),
  id: PromptId,
  label: Label,
  help: Help,
  required: z.boolean(),
  minLength: z.number().int().min(0).max(LIMITS.longText),
  maxLength: z.number().int().min(1).max(LIMITS.longText),
});

const Scale = z.object({
  type: z.literal("SCALE"),
  id: PromptId,
  label: Label,
  help: Help,
  required: z.boolean(),
  min: z.number().int().min(0).max(10),
  max: z.number().int().min(1).max(10),
  minLabel: z.string().trim().max(40).optional(),
  maxLabel: z.string().trim().max(40).optional(),
});

const Checklist = z.object({
  type: z.literal("CHECKLIST"),
  id: PromptId,
  label: Label,
  help: Help,
  required: z.boolean(),
  options: z.array(z.string().trim().min(1).max(200)).min(1).max(LIMITS.checklistOptions),
  /** How many must be ticked when the prompt is answered (required prompts need at least 1). */
  minChecked: z.number().int().min(0).max(LIMITS.checklistOptions),
});

const List = z.object({
  type: z.literal("LIST"),
  id: PromptId,
  label: Label,
  help: Help,
  required: z.boolean(),
  /** How many items must be filled in when the prompt is answered. */
  minItems: z.number().int().min(1).max(LIMITS.listItems),
  /** How many item boxes the form shows. */
  maxItems: z.number().int().min(1).max(LIMITS.listItems),
  itemMaxLength: z.number().int().min(1).max(LIMITS.shortText),
});

export const PromptSchema = z
  .discriminatedUnion("type", [ShortText, LongText, Scale, Checklist, List])
  .superRefine((p, ctx) => {
    if (p.type === "LONG_TEXT" && p.minLength > p.maxLength)
      ctx.addIssue({ code: "custom", path: ["minLength"], message: "The minimum length must not exceed the maximum." });
    if (p.type === "SCALE" && p.min >= p.max)
      ctx.addIssue({ code: "custom", path: ["min"], message: "The low end of the scale must be below the high end." });
    if (p.type === "CHECKLIST" && p.minChecked > p.options.length)
      ctx.addIssue({ code: "custom", path: ["minChecked"], message: "Ask for no more ticks than there are options." });
    if (p.type === "LIST" && p.minItems > p.maxItems)
      ctx.addIssue({ code: "custom", path: ["minItems"], message: "Ask for no more items than the list shows." });
  });
export type Prompt = z.infer<typeof PromptSchema>;

export const PromptsSchema = z
  .array(PromptSchema)
  .min(1, "Add at least one prompt.")
  .max(LIMITS.prompts, `Use at most ${LIMITS.prompts} prompts.`)
  .superRefine((prompts, ctx) => {
    const seen = new Set<string>();
    prompts.forEach((p, index) => {
      if (seen.has(p.id))
        ctx.addIssue({ code: "custom", path: [index, "id"], message: "Each prompt needs its own id." });
      seen.add(p.id);
    });
  });

/** The editable content of one version of an exercise. */
export const ExerciseContentSchema = z.object({
  title: z
    .string({ error: "Give the exercise a title." })
    .trim()
    .min(1, "Give the exercise a title.")
    .max(120, "Use at most 120 characters."),
  strategy: z.enum(STRATEGIES, { error: "Choose the strategy this exercise serves." }),
  instructions: z
    .string({ error: "Write the instructions." })
    .trim()
    .min(1, "Write the instructions.")
    .max(3000, "Keep the instructions under 3,000 characters."),
  minutes: z.coerce
    .number({ error: "Enter the estimated time in minutes." })
    .int("Enter whole minutes.")
    .min(1, "At least 1 minute.")
    .max(240, "At most 240 minutes."),
  prompts: PromptsSchema,
});
export type ExerciseContent = z.infer<typeof ExerciseContentSchema>;

/** One answer: text, a scale value, ticked options, or list items. */
export const AnswerSchema = z.union([
  z.string().max(LIMITS.longText),
  z.number(),
  z.array(z.string().max(LIMITS.longText)).max(LIMITS.checklistOptions),
]);
export type Answer = z.infer<typeof AnswerSchema>;

/** Answers keyed by prompt id: a draft may hold anything of this shape; a submission is also validated against the prompts. */
export const AnswersSchema = z
  .record(z.string().max(40), AnswerSchema)
  .refine((a) => Object.keys(a).length <= LIMITS.prompts, "Too many answers.");
export type Answers = z.infer<typeof AnswersSchema>;
