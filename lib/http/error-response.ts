import { isAppError, toErrorPayload } from "@/lib/errors";

/** The one mapping from a thrown error to an HTTP response for route handlers. */
export function errorResponse(error: unknown): Response {
  if (!isAppError(error)) console.error("Route handler failed", error);
  const status = isAppError(error) ? error.status : 500;
  return Response.json({ error: toErrorPayload(error) }, { status, headers: { "Cache-Control": "no-store" } });
}
