"use client";

import { useState } from "react";
import { ActionForm } from "./form/action-form";
import type { ActionResult } from "@/lib/http/action-result";

// The feed address is only shown right after it is made (only its hash is stored).
export function CalendarFeedForm({ action, hasFeed }: { action: () => Promise<ActionResult>; hasFeed: boolean }) {
  const [url, setUrl] = useState<string | null>(null);
  return (
    <>
      {url ? (
        <div className="field">
          <label htmlFor="feed-url">Your calendar address (copy it now; it is not shown again)</label>
          <input id="feed-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-testid="feed-url" />
        </div>
      ) : hasFeed ? (
        <p>
          You have a calendar address. Make a new one if you lost it or shared it by mistake; the old one stops working.
        </p>
      ) : null}
      <ActionForm
        action={action}
        submitLabel={hasFeed || url ? "Make a new address" : "Create my calendar address"}
        submitClassName="secondary"
        confirm={hasFeed || url ? "The current address will stop working. Continue?" : undefined}
        onSuccess={(_form, result) => {
          if (result.ok && result.message) setUrl(result.message);
        }}
      >
        {null}
      </ActionForm>
    </>
  );
}
