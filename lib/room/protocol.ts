// The live room's client→server payloads: one zod schema per event, with the
// limits they enforce. Client-safe (no server imports): the composer uses the
// same limits, and the socket contract in lib/realtime/events.ts infers its
// payload types from these schemas, so the two sides cannot drift apart.
import { z } from "zod";
import { IdSchema } from "@/lib/validation/ids";
import { hasUnsafeTextCharacters } from "@/lib/validation/fields";
import { RoomRulesSchema } from "./room-rules";

export const MESSAGE_MAX = 2000;
/** Speaker–listener asks the speaker for short chunks the listener can reflect back. */
export const SPEAKER_CHUNK_MAX = 400;
export const NOTE_MAX = 1000;
/** Sequence numbers are PostgreSQL integers. */
export const SEQ_MAX = 2_147_483_647;

function textField(max: number, tooLong: string) {
  return z
    .string("Write something first.")
    .trim()
    .min(1, "Write something first.")
    .max(max, tooLong)
    .refine(
      (text) => !hasUnsafeTextCharacters(text),
      "Your message contains an invisible control character (often from copied text) that can hide or reorder words. Remove it and try again.",
    );
}

export const MessageText = textField(MESSAGE_MAX, `Keep a message under ${MESSAGE_MAX} characters.`);
const Seq = z.number().int().positive().max(SEQ_MAX);

export const SessionOnlyInput = z.object({ sessionId: IdSchema });

export const JoinRoomInput = z.object({
  sessionId: IdSchema,
  afterSeq: z.number().int().min(0).max(SEQ_MAX).default(0),
});

export const SendMessageInput = z.object({
  sessionId: IdSchema,
  clientId: z.uuid("clientId must be a UUID."),
  text: MessageText,
  kind: z.enum(["MESSAGE", "PARAPHRASE"]).default("MESSAGE"),
  /** The sender saw a nudge and chose to send the message as it is. */
  sendAnyway: z.boolean().default(false),
});
export type SendInput = z.output<typeof SendMessageInput>;

const SetModeSchema = z.discriminatedUnion("mode", [
  z.object({ type: z.literal("SET_MODE"), mode: z.literal("OPEN") }),
  z.object({
    type: z.literal("SET_MODE"),
    mode: z.literal("ROUND_ROBIN"),
    order: z.array(IdSchema).min(2).max(10),
    turnSeconds: z.number().int().min(15).max(900).nullable(),
  }),
  z.object({ type: z.literal("SET_MODE"), mode: z.literal("HAND_RAISE") }),
  z.object({ type: z.literal("SET_MODE"), mode: z.literal("SPEAKER_LISTENER"), speaker: IdSchema, listener: IdSchema }),
]);

export const FloorActionSchema = z.discriminatedUnion("type", [
  SetModeSchema,
  z.object({ type: z.literal("GRANT_FLOOR"), userId: IdSchema }),
  z.object({ type: z.literal("TAKE_FLOOR_BACK") }),
  z.object({ type: z.literal("RAISE_HAND") }),
  z.object({ type: z.literal("LOWER_HAND") }),
  z.object({ type: z.literal("PASS_FLOOR") }),
  z.object({ type: z.literal("CONFIRM_PARAPHRASE"), seq: Seq }),
  z.object({ type: z.literal("CORRECT_PARAPHRASE"), seq: Seq }),
  z.object({ type: z.literal("SWAP_ROLES"), force: z.boolean().optional() }),
  z.object({ type: z.literal("PAUSE") }),
  z.object({ type: z.literal("RESUME") }),
  z.object({ type: z.literal("MUTE"), userId: IdSchema }),
  z.object({ type: z.literal("UNMUTE"), userId: IdSchema }),
  z.object({ type: z.literal("COOL_DOWN"), userId: IdSchema.nullable(), minutes: z.number().min(1).max(30) }),
  z.object({ type: z.literal("END_COOL_DOWN") }),
]);

export const ControlRoomInput = z.object({ sessionId: IdSchema, action: FloorActionSchema });

export const CoachInput = z.object({ sessionId: IdSchema, clientId: z.uuid(), userId: IdSchema, text: MessageText });

export const DecideHeldInput = z.object({
  sessionId: IdSchema,
  heldId: IdSchema,
  decision: z.enum(["APPROVE", "REJECT", "RETURN"]),
  note: z
    .string()
    .trim()
    .max(NOTE_MAX, "Keep the note under 1,000 characters.")
    .refine((t) => !hasUnsafeTextCharacters(t), "The note contains a character that can't be sent.")
    .optional(),
});

/** A member's private line to the counselor; `isBreak` marks "I need a break". */
export const PrivateLineInput = z.object({
  sessionId: IdSchema,
  clientId: z.uuid("clientId must be a UUID."),
  text: MessageText,
  isBreak: z.boolean().default(false),
});

/** The sender takes back their own message while it waits for the counselor. */
export const WithdrawHeldInput = z.object({ sessionId: IdSchema, heldId: IdSchema });

export const SetRoomRulesInput = z.object({ sessionId: IdSchema, rules: RoomRulesSchema });

/** Every event a client may send, with the schema its payload must pass. */
export const ClientEventSchemas = {
  "room:join": JoinRoomInput,
  "room:leave": SessionOnlyInput,
  "room:send": SendMessageInput,
  "room:control": ControlRoomInput,
  "room:moderate": DecideHeldInput,
  "room:rules": SetRoomRulesInput,
  "room:stats": SessionOnlyInput,
  "room:coach": CoachInput,
  "room:break": SessionOnlyInput,
  "room:private": PrivateLineInput,
  "room:withdraw": WithdrawHeldInput,
  "room:end": SessionOnlyInput,
  "room:typing": SessionOnlyInput,
} as const;
export type ClientEventName = keyof typeof ClientEventSchemas;
export type ClientPayload<E extends ClientEventName> = z.input<(typeof ClientEventSchemas)[E]>;
