"use server";

import { signUpCounselor } from "@/lib/accounts/sign-up-counselor";
import { toErrorPayload, type ErrorPayload } from "@/lib/errors";

export type SignUpResult = { ok: true } | { ok: false; error: ErrorPayload };

export async function signUpAction(input: unknown): Promise<SignUpResult> {
  try {
    await signUpCounselor(input);
    return { ok: true };
  } catch (error) {
    const payload = toErrorPayload(error);
    if (payload.code === "INTERNAL") console.error("Sign-up failed", error);
    return { ok: false, error: payload };
  }
}
