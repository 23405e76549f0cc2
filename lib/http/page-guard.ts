// Pages call domain functions directly; this turns their refusals into the
// page-level answers: sign in, or a plain 404 that reveals nothing.
import { notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";

export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && error.code === "UNAUTHENTICATED") redirect("/login");
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}
