import { getCurrentUser } from "@/lib/auth/current-user";
import { requireSessionAccess } from "@/lib/scheduling/session-access";
import { buildCalendar } from "@/lib/calendar/build-calendar";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await getCurrentUser();
    // Signed out: the same 404 as a session that does not exist.
    if (!user) throw new AppError("NOT_FOUND", "We could not find that session.");
    const { session } = await requireSessionAccess(user, (await params).id);
    return new Response(buildCalendar(session.title, [session]), {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="mend-session-${session.startsAt.toISOString().slice(0, 10)}.ics"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
