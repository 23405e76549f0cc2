import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";
import { clientIp } from "@/lib/http/client-ip";
import { exportAuditTrailCsv } from "@/lib/audit/list-audit-trail";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("NOT_FOUND", "We could not find that family.");
    const familyId = (await params).id;
    const csv = await exportAuditTrailCsv({ actor: user, familyId, zone: user.timeZone, ip: await clientIp() });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="mend-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
