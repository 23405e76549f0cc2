"use server";

import { clientIp } from "@/lib/http/client-ip";
import { requireSessionActor } from "@/lib/auth/session-actor";
import { formValues, runAction, type ActionResult } from "@/lib/http/action-result";
import { scheduleSession } from "@/lib/scheduling/schedule-session";
import { rescheduleSession } from "@/lib/scheduling/reschedule-session";
import { cancelSession } from "@/lib/scheduling/cancel-session";
import { openRoom } from "@/lib/room/open-room";

export async function scheduleSessionAction(familyId: string, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const { sessionIds } = await scheduleSession({
      actor: await requireSessionActor(),
      familyId,
      input: formValues(form),
    });
    return { redirectTo: sessionIds.length === 1 ? `/sessions/${sessionIds[0]}` : `/families/${familyId}` };
  });
}

export async function rescheduleSessionAction(sessionId: string, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const { movedIds } = await rescheduleSession({
      actor: await requireSessionActor(),
      sessionId,
      input: formValues(form),
    });
    return {
      message:
        movedIds.length === 1
          ? "Session moved. The family has been emailed."
          : `${movedIds.length} sessions moved. The family has been emailed.`,
    };
  });
}

export async function cancelSessionAction(sessionId: string, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const { cancelledIds } = await cancelSession({
      actor: await requireSessionActor(),
      sessionId,
      input: formValues(form),
    });
    return {
      message:
        cancelledIds.length === 1
          ? "Session cancelled. The family has been emailed."
          : `${cancelledIds.length} sessions cancelled. The family has been emailed.`,
    };
  });
}

export async function openRoomAction(sessionId: string): Promise<ActionResult> {
  return runAction(async () => {
    await openRoom({ actor: await requireSessionActor(), sessionId, ip: await clientIp() });
    return { redirectTo: `/sessions/${sessionId}/room` };
  });
}
