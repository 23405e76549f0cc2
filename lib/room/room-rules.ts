// The calm-communication rules of one room: a preset, or the counselor's own
// choice of action per category.
import { z } from "zod";
import { PRESETS, RuleSetSchema, type RuleSet } from "@/lib/moderation/rule-sets";

export const RoomRulesSchema = z.union([
  z.object({ preset: z.enum(["gentle", "standard", "strict"]) }),
  z.object({ preset: z.literal("custom"), rules: RuleSetSchema }),
]);
export type RoomRules = z.infer<typeof RoomRulesSchema>;

export function parseRoomRules(value: unknown): RoomRules {
  const parsed = RoomRulesSchema.safeParse(value);
  return parsed.success ? parsed.data : { preset: "standard" };
}

export function effectiveRules(rules: RoomRules): RuleSet {
  return rules.preset === "custom" ? rules.rules : PRESETS[rules.preset];
}
