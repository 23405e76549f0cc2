import type { Metadata } from "next";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { getPreferences } from "@/lib/accounts/get-preferences";
import { timeZoneOptions } from "@/lib/validation/time-zones";
import { hasCalendarFeed } from "@/lib/calendar/calendar-feed";
import { ActionForm } from "@/components/form/action-form";
import { TextAreaField } from "@/components/form/fields";
import { TimeZonePicker } from "@/components/ui/time-zone-picker";
import { CRISIS_RESOURCES_MAX, DEFAULT_CRISIS_RESOURCES } from "@/lib/room/crisis-resources";
import { CalendarFeedForm } from "@/components/calendar-feed-form";
import { CrisisLines } from "@/components/room/crisis-lines";
import { updatePreferencesAction, regenerateCalendarFeedAction, setCrisisResourcesAction } from "./actions";
import { TextField } from "@/components/form/fields";
import { TwoFactorSettings } from "@/components/two-factor-settings";
import { twoFactorStatus } from "@/lib/accounts/two-factor";
import {
  changePasswordAction,
  confirmTwoFactorAction,
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
  signOutEverywhereAction,
  startTwoFactorAction,
} from "./account-actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireCurrentUser();
  const { remindersEnabled, crisisResources } = await getPreferences({ actor: user });
  return (
    <div className="narrow" style={{ maxWidth: 640 }}>
      <h1>Settings</h1>
      <section className="card" aria-labelledby="prefs-heading">
        <h2 id="prefs-heading">Time and reminders</h2>
        <ActionForm action={updatePreferencesAction} submitLabel="Save" testId="preferences-form">
          <TimeZonePicker
            name="timeZone"
            label="Your time zone"
            defaultValue={user.timeZone}
            options={timeZoneOptions(user.timeZone)}
            hint="Every session time is shown to you in this zone."
          />
          <div className="field">
            <label>
              <input type="checkbox" name="remindersEnabled" defaultChecked={remindersEnabled} /> Email me a reminder 24
              hours and 1 hour before each session
            </label>
          </div>
        </ActionForm>
      </section>
      {user.role === "COUNSELOR" ? (
        <section className="card" aria-labelledby="crisis-heading">
          <h2 id="crisis-heading">Crisis resources</h2>
          <p className="muted">
            When a member writes about harming themselves, Mend shows them a caring message with these lines at once,
            and alerts you. Leave it empty to use the default: {DEFAULT_CRISIS_RESOURCES}
          </p>
          <ActionForm action={setCrisisResourcesAction} submitLabel="Save" testId="crisis-form">
            <TextAreaField
              name="crisisResources"
              label="Crisis lines for your families"
              defaultValue={crisisResources ?? ""}
              maxLength={CRISIS_RESOURCES_MAX}
              rows={3}
            />
          </ActionForm>
          <div className="crisis-preview" data-testid="crisis-preview">
            <h3>What a member sees</h3>
            <p className="muted">
              {crisisResources ? "Your saved lines" : "The default lines"}; numbers, web and email addresses can be
              tapped.
            </p>
            <CrisisLines resources={crisisResources ?? DEFAULT_CRISIS_RESOURCES} testId="crisis-preview-lines" />
          </div>
        </section>
      ) : null}
      <section className="card" aria-labelledby="feed-heading">
        <h2 id="feed-heading">Calendar feed</h2>
        <p className="muted">
          Subscribe to your sessions from Google Calendar, Apple Calendar or Outlook. The address is private: anyone who
          has it can see your session times.
        </p>
        <CalendarFeedForm action={regenerateCalendarFeedAction} hasFeed={await hasCalendarFeed({ actor: user })} />
      </section>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        <ActionForm
          action={changePasswordAction}
          submitLabel="Change password"
          pendingLabel="Changing…"
          testId="change-password-form"
        >
          <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" />
          <TextField
            name="newPassword"
            label="New password"
            type="password"
            autoComplete="new-password"
            hint="At least 10 characters. Changing it signs you out on every device."
          />
        </ActionForm>
      </section>
      {user.role === "COUNSELOR" ? (
        <section className="card" aria-labelledby="two-factor-heading">
          <h2 id="two-factor-heading">Two-step sign-in</h2>
          <TwoFactorSettings
            {...await twoFactorStatus({ actor: user })}
            start={startTwoFactorAction}
            confirm={confirmTwoFactorAction}
            disable={disableTwoFactorAction}
            regenerate={regenerateRecoveryCodesAction}
          />
        </section>
      ) : null}
      <section className="card" aria-labelledby="devices-heading">
        <h2 id="devices-heading">Devices</h2>
        <p className="muted">
          Signed in on a computer you no longer use, or lost a phone? This signs you out everywhere, including here.
        </p>
        <ActionForm
          action={signOutEverywhereAction}
          submitLabel="Sign out of all devices"
          submitClassName="secondary"
          confirm={{
            title: "Sign out on every device?",
            body: "Including this one. You will need your password to sign in again.",
            action: "Sign out everywhere",
          }}
        >
          {null}
        </ActionForm>
      </section>
    </div>
  );
}
