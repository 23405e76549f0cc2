"use server";

import { signUpCounselor } from "@/lib/accounts/sign-up-counselor";
import { formValues, runAction, type ActionResult } from "@/lib/http/action-result";

export async function signUpAction(form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await signUpCounselor(formValues(form));
  });
}
