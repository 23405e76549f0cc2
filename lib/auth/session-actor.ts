// The signed-in person as an Actor for server actions and route handlers.
import { AppError } from "@/lib/errors";
import { getCurrentUser, type CurrentUser } from "./current-user";

export async function requireSessionActor(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
  return user;
}
