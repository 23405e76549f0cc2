"use client";

import { signOut } from "next-auth/react";
import { forgetActivity } from "./idle-sign-out";

export function SignOutButton() {
  return (
    <button
      type="button"
      className="secondary"
      onClick={() => {
        forgetActivity();
        void signOut({ callbackUrl: "/login?reason=signed-out" });
      }}
    >
      Sign out
    </button>
  );
}
