// Notes belong to the family's counselor alone. Members, other counselors and
// strangers all get the same NOT_FOUND a made-up session id gets, so nobody can
// learn whether a note (or the session) exists.
import { AppError, isAppError } from "@/lib/errors";
import { requireSessionCounselor } from "@/lib/scheduling/session-access";

export const NOTE_NOT_FOUND = "We could not find that note.";

export async function requireNoteCounselor(actor: unknown, sessionId: unknown) {
  try {
    return await requireSessionCounselor(actor, sessionId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") throw new AppError("NOT_FOUND", NOTE_NOT_FOUND);
    throw error;
  }
}
