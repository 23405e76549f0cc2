// Which action each category triggers. Three presets, and a per-session custom
// set the counselor edits in the room.
import { z } from "zod";
import { ACTIONS, CATEGORIES, type Action, type Category } from "./categories";

export type RuleSet = Record<Category, Action>;

const all = (action: Action): RuleSet => Object.fromEntries(CATEGORIES.map((c) => [c, action])) as RuleSet;

export const PRESETS = {
  gentle: { ...all("NUDGE"), THREAT: "HOLD", SELF_HARM: "HOLD" },
  standard: { ...all("NUDGE"), CONTEMPT: "HOLD", THREAT: "HOLD", SELF_HARM: "HOLD", SLUR: "BLOCK" },
  strict: { ...all("HOLD"), SLUR: "BLOCK" },
} satisfies Record<string, RuleSet>;

export type PresetName = keyof typeof PRESETS;
export const DEFAULT_PRESET: PresetName = "standard";

export const RuleSetSchema = z.object(
  Object.fromEntries(CATEGORIES.map((c) => [c, z.enum(ACTIONS)])) as Record<
    Category,
    z.ZodEnum<{ ALLOW: "ALLOW"; NUDGE: "NUDGE"; HOLD: "HOLD"; BLOCK: "BLOCK" }>
  >,
);
