"use server";

import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { resetPassword } from "@/lib/accounts/reset-password";
import { formValues, runAction, type ActionResult } from "@/lib/http/action-result";

export async function requestPasswordResetAction(form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const { email } = await requestPasswordReset(formValues(form));
    // The same words whether or not the address has an account.
    return {
      message: `If ${email} has a Mend account, we have sent it a link to choose a new password. It works for an hour.`,
    };
  });
}

export async function resetPasswordAction(token: string, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await resetPassword({ token, input: formValues(form) });
    return { redirectTo: "/login?reason=password-reset" };
  });
}
