import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { clientIp } from "@/lib/http/client-ip";
import { exportSessionRecord, RECORD_NOT_FOUND } from "@/lib/exports/export-session-record";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("NOT_FOUND", RECORD_NOT_FOUND);
    const query = new URL(req.url).searchParams;
    const file = await exportSessionRecord({
      actor: user,
      sessionId: (await params).id,
      input: { what: query.get("what"), format: query.get("format") },
      zone: user.timeZone,
      ip: await clientIp(),
    });
    return new Response(new Uint8Array(file.body), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
