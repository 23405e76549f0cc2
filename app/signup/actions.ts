"use server";

import { requestCounselorSignUp } from "@/lib/accounts/request-counselor-sign-up";
import { confirmCounselorSignUp } from "@/lib/accounts/confirm-counselor-sign-up";
import { formValues, runAction, type ActionResult } from "@/lib/http/action-result";

export async function signUpAction(form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const { email } = await requestCounselorSignUp(formValues(form));
    return { message: `We sent an email to ${email}. Open the link in it to finish creating your account.` };
  });
}

export async function confirmSignUpAction(token: string): Promise<ActionResult> {
  return runAction(async () => {
    await confirmCounselorSignUp({ token });
    return { redirectTo: "/login?reason=confirmed" };
  });
}
