// Who is asking. Every domain function takes one and checks it itself; an
// actor without an id never reaches a query (Prisma drops undefined filters).
import { z } from "zod";
import { AppError } from "@/lib/errors";

export const ActorSchema = z.object({
  id: z.string().min(1),
  role: z.enum(["COUNSELOR", "PARENT", "TEEN"]),
});

export type Actor = z.infer<typeof ActorSchema>;

export function requireActor(actor: unknown): Actor {
  const parsed = ActorSchema.safeParse(actor);
  if (!parsed.success) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  return parsed.data;
}
