"use client";

import { useState, useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { ActionForm } from "./form/action-form";
import { TextField } from "./form/fields";
import { TimeZonePicker } from "./ui/time-zone-picker";
import type { TimeZoneChoice } from "@/lib/validation/time-zones";
import type { ActionResult } from "@/lib/http/action-result";

const noSubscription = () => () => {};

export function AcceptInvitationForm(props: {
  action: (form: FormData) => Promise<ActionResult>;
  email: string;
  defaultName: string;
  timeZones: TimeZoneChoice[];
}) {
  const router = useRouter();
  // The browser's zone is the default; the server cannot know it.
  const browserZone = useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "UTC",
  );
  const [zone, setZone] = useState<string | null>(null);
  return (
    <ActionForm
      action={props.action}
      submitLabel="Create account and join"
      pendingLabel="Joining…"
      testId="accept-form"
      onSuccess={async (form) => {
        await signIn("credentials", { email: props.email, password: String(form.get("password")), redirect: false });
        router.replace("/");
        router.refresh();
      }}
    >
      <TextField name="name" label="Your name" defaultValue={props.defaultName} autoComplete="name" />
      <TextField
        name="password"
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. A few unrelated words together work well."
      />
      <TimeZonePicker
        name="timeZone"
        label="Your time zone"
        value={zone ?? browserZone}
        onChange={setZone}
        options={props.timeZones}
        hint="We guessed it from this device. Session times are shown to you in this zone."
      />
    </ActionForm>
  );
}
