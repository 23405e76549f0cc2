"use client";

import { useState } from "react";
import { ActionForm } from "./form/action-form";
import { SelectField, TextAreaField, TextField } from "./form/fields";
import type { ActionResult } from "@/lib/http/action-result";
import type { TimeZoneChoice } from "@/lib/validation/time-zones";
import { TimeZonePicker } from "./ui/time-zone-picker";
import { familyClockTimes } from "@/lib/scheduling/local-time";

export function ScheduleSessionForm(props: {
  action: (form: FormData) => Promise<ActionResult>;
  timeZone: string;
  timeZones: TimeZoneChoice[];
  /** The family's members and their zones: the form shows each one's own clock for the start. */
  members: { name: string; timeZone: string | null }[];
}) {
  const { action, timeZone, timeZones } = props;
  const [repeat, setRepeat] = useState("NONE");
  const [when, setWhen] = useState({ date: "", time: "", zone: timeZone });
  const clocks = familyClockTimes(when.date, when.time, when.zone, props.members);
  const [ending, setEnding] = useState<"count" | "date">("count");
  return (
    <ActionForm action={action} submitLabel="Schedule" pendingLabel="Scheduling…" testId="schedule-form">
      <TextField name="title" label="Title" defaultValue="Family session" />
      <TextAreaField name="agenda" label="Agenda (optional)" hint="The family sees this." />
      <div className="row">
        <TextField name="date" label="Date" type="date" onChange={(e) => setWhen({ ...when, date: e.target.value })} />
        <TextField
          name="time"
          label="Start time"
          type="time"
          step={300}
          onChange={(e) => setWhen({ ...when, time: e.target.value })}
        />
        <TextField
          name="durationMinutes"
          label="Length (minutes)"
          type="number"
          min={15}
          max={240}
          step={5}
          defaultValue={50}
        />
      </div>
      <TimeZonePicker
        name="timeZone"
        label="Time zone"
        defaultValue={timeZone}
        options={timeZones}
        hint="Times are entered in this zone; everyone sees them in their own."
        onChange={(zone) => setWhen({ ...when, zone })}
      />
      {clocks && clocks.length ? (
        <div className="field family-clocks" role="status" data-testid="family-clocks">
          <p className="hint">On the family&apos;s own clocks:</p>
          <ul>
            {clocks.map((c) => (
              <li key={c.name}>
                {c.name}: <strong>{c.text}</strong>
                {c.unsociable ? <span className="pill warn"> early or late for them</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <SelectField
        name="repeat"
        label="Repeats"
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
        options={[
          { value: "NONE", label: "Does not repeat" },
          { value: "WEEKLY", label: "Every week" },
          { value: "BIWEEKLY", label: "Every two weeks" },
        ]}
      />
      {repeat !== "NONE" ? (
        <fieldset className="field">
          <legend>Ends</legend>
          <label>
            <input type="radio" name="ending" checked={ending === "count"} onChange={() => setEnding("count")} /> After
            a number of sessions
          </label>
          <label>
            <input type="radio" name="ending" checked={ending === "date"} onChange={() => setEnding("date")} /> On a
            date
          </label>
          {ending === "count" ? (
            <TextField name="endsAfter" label="Number of sessions" type="number" min={2} max={104} defaultValue={6} />
          ) : (
            <TextField name="endsOn" label="Last possible date" type="date" />
          )}
        </fieldset>
      ) : null}
    </ActionForm>
  );
}
