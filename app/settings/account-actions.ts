"use server";

// Account security: password, sign-out everywhere, two-step sign-in.
import { cookies } from "next/headers";
import { requireSessionActor } from "@/lib/auth/session-actor";
import { sessionCookieName } from "@/lib/auth/auth-options";
import {
  formValues,
  runAction,
  runDataAction,
  type ActionResult,
  type DataActionResult,
} from "@/lib/http/action-result";
import { changePassword } from "@/lib/accounts/change-password";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import {
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorEnrolment,
} from "@/lib/accounts/two-factor";

/** The session has already ended on the server; this browser forgets its cookie too. */
async function forgetSessionCookie() {
  (await cookies()).delete(sessionCookieName());
}

export async function changePasswordAction(form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await changePassword({ actor: await requireSessionActor(), input: formValues(form) });
    await forgetSessionCookie();
    return { redirectTo: "/login?reason=password-changed" };
  });
}

export async function signOutEverywhereAction(): Promise<ActionResult> {
  return runAction(async () => {
    await signOutEverywhere({ actor: await requireSessionActor() });
    await forgetSessionCookie();
    return { redirectTo: "/login?reason=signed-out-everywhere" };
  });
}

export async function startTwoFactorAction(): Promise<DataActionResult<{ secret: string; qrSvg: string }>> {
  return runDataAction(async () => {
    const { secret, qrSvg } = await startTwoFactorEnrolment({ actor: await requireSessionActor() });
    return { secret, qrSvg };
  });
}

export async function confirmTwoFactorAction(form: FormData): Promise<DataActionResult<{ recoveryCodes: string[] }>> {
  return runDataAction(async () =>
    confirmTwoFactorEnrolment({ actor: await requireSessionActor(), input: formValues(form) }),
  );
}

export async function regenerateRecoveryCodesAction(
  form: FormData,
): Promise<DataActionResult<{ recoveryCodes: string[] }>> {
  return runDataAction(async () =>
    regenerateRecoveryCodes({ actor: await requireSessionActor(), input: formValues(form) }),
  );
}

export async function disableTwoFactorAction(form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await disableTwoFactor({ actor: await requireSessionActor(), input: formValues(form) });
  });
}
