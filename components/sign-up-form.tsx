"use client";

import { useState, useSyncExternalStore } from "react";
import { signUpAction } from "@/app/signup/actions";
import { ActionForm } from "./form/action-form";
import { TextField } from "./form/fields";
import { TimeZonePicker } from "./ui/time-zone-picker";
import type { TimeZoneChoice } from "@/lib/validation/time-zones";

const noSubscription = () => () => {};

export function SignUpForm({ timeZones }: { timeZones: TimeZoneChoice[] }) {
  const [sent, setSent] = useState<string | null>(null);
  // The browser's zone is the default; the server cannot know it.
  const browserZone = useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "UTC",
  );
  const [zone, setZone] = useState<string | null>(null);
  if (sent) {
    return (
      <p className="alert info" role="status" data-testid="sign-up-sent">
        {sent}
      </p>
    );
  }
  return (
    <ActionForm
      action={signUpAction}
      submitLabel="Create account"
      pendingLabel="Creating your account…"
      submitClassName="full"
      onSuccess={(_form, result) =>
        setSent(result.ok && result.message ? result.message : "Check your email to finish creating your account.")
      }
    >
      <TextField name="name" label="Your name" autoComplete="name" />
      <TextField name="email" label="Work email" type="email" autoComplete="email" />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. A few unrelated words together work well."
      />
      <TimeZonePicker
        name="timeZone"
        label="Your time zone"
        value={zone ?? browserZone}
        onChange={setZone}
        options={timeZones}
        hint="We guessed it from this device. Session times are shown to you in this zone."
      />
    </ActionForm>
  );
}
