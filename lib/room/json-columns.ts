// One schema per JSON column of the room, used by the code that writes it and
// the code that reads it (server and browser alike), so no reader casts.
// Stored rows outlive code: categories are kept as strings, not an enum, so a
// category renamed or retired later still reads; unknown keys are dropped.
import { z } from "zod";
import { RoomRulesSchema } from "./room-rules";

const Span = z.object({ start: z.number().int(), end: z.number().int() });

/** RoomMessage.moderation and HeldMessage.findings: what the rules found, for the counselor. */
export const ModerationRecordSchema = z.object({
  findings: z
    .array(
      z.object({
        category: z.string(),
        severity: z.number().int().min(1).max(3),
        spans: z.array(Span),
        antidote: z.string(),
      }),
    )
    .default([]),
  positives: z.array(z.string()).default([]),
  /** The sender was nudged and sent it as it was. */
  sentAnyway: z.boolean().optional(),
  /** It waited for the counselor, who approved it. */
  held: z.boolean().optional(),
  approvedAt: z.string().optional(),
  /** Held on the safety path (self-harm): kept whatever the counselor decides. */
  safety: z.boolean().optional(),
});
export type ModerationRecord = z.output<typeof ModerationRecordSchema>;

/** Reads a stored moderation record; null when there is none or it cannot be read. */
export function readModeration(value: unknown): ModerationRecord | null {
  if (value === null || value === undefined) return null;
  const parsed = ModerationRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** RoomMessage.data of EVENT messages: what happened, for the transcript and clients. */
export const EventDataSchema = z.union([
  z.object({ type: z.literal("OPEN_ROOM") }),
  z.object({ type: z.literal("END_SESSION") }),
  z.object({ type: z.literal("CLOCK") }),
  z.object({ type: z.literal("BREAK_REQUEST"), userId: z.string() }),
  z.object({ type: z.literal("SET_RULES"), rules: RoomRulesSchema }),
  // A floor action: its own fields (see FloorActionSchema) and who took it.
  z.looseObject({ type: z.string(), actorId: z.string() }),
]);
export type EventData = z.output<typeof EventDataSchema>;

export function readEventData(value: unknown): EventData | null {
  if (value === null || value === undefined) return null;
  const parsed = EventDataSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
