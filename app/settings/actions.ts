"use server";

import { requireSessionActor } from "@/lib/auth/session-actor";
import { formValues, runAction, type ActionResult } from "@/lib/http/action-result";
import { updatePreferences } from "@/lib/accounts/update-preferences";
import { regenerateCalendarFeed } from "@/lib/calendar/calendar-feed";
import { setCrisisResources } from "@/lib/accounts/set-crisis-resources";

export async function setCrisisResourcesAction(form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await setCrisisResources({ actor: await requireSessionActor(), input: formValues(form) });
    return { message: "Saved." };
  });
}

export async function updatePreferencesAction(form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await updatePreferences({ actor: await requireSessionActor(), input: formValues(form) });
    return { message: "Saved." };
  });
}

export async function regenerateCalendarFeedAction(): Promise<ActionResult> {
  return runAction(async () => {
    const { url } = await regenerateCalendarFeed({ actor: await requireSessionActor() });
    return { message: url };
  });
}
