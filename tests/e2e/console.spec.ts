import type { Page } from "@playwright/test";
import { expect, expectAccessible, expectInViewport, pageAs, saveScreenshot, signInAs, test } from "./fixtures";
import { TEST_PASSWORD } from "../support/factories";
import { liveFamily } from "../support/room";

const shot = (page: Page, name: string) => saveScreenshot(page, `console-desktop-${name}`);

test("the counselor's console: queue, conversation and tabbed controls in one window; A, R and X decide held messages; ending needs a confirmation", async ({
  page,
  browser,
  baseURL,
}) => {
  // One long walk through every console state, with an axe run at each: more than the default minute on a shared machine.
  test.setTimeout(180_000);
  const { counselor, mom, son, sessionId } = await liveFamily();
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInAs(page, counselor.email, TEST_PASSWORD);
  const maya = page;
  const [laura, sam] = await Promise.all([mom, son].map((u) => pageAs(browser, baseURL!, u.email, TEST_PASSWORD)));
  for (const p of [maya, laura, sam]) {
    await p.goto(`/sessions/${sessionId}/room`);
    await expect(p.getByTestId("floor-banner")).toContainText("Open conversation");
  }

  // The regions, with the queue and "End the session" inside the window.
  await expect(maya.getByRole("region", { name: "Conversation" })).toBeVisible();
  await expect(maya.getByRole("region", { name: "Controls" })).toBeVisible();
  await expect(maya.getByRole("tablist", { name: "Session controls" })).toBeVisible();
  await expectInViewport(maya, maya.getByTestId("held-queue"));
  await expectInViewport(maya, maya.getByRole("button", { name: "End the session" }));
  await expect(maya.getByRole("button", { name: "End the session" })).toHaveClass(/danger/);
  await expect(maya.getByTestId("queue-count")).toHaveText("0");
  await expectAccessible(maya, "console open");
  await shot(maya, "empty");

  // Every tab, each checked by axe.
  for (const tab of ["Floor", "Calm", "Coaching", "Figures"]) {
    await maya.getByRole("tab", { name: tab }).click();
    await expect(maya.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
    await expectAccessible(maya, `${tab} tab`);
    await shot(maya, `tab-${tab.toLowerCase()}`);
  }

  // Strict rules: Laura's contempt waits for the counselor.
  await maya.getByRole("tab", { name: "Calm" }).click();
  await maya.getByLabel("Rules", { exact: true }).selectOption("strict");
  await expect(laura.getByTestId("event").filter({ hasText: "switched the room to the “strict” rules" })).toBeVisible();
  await sam.getByLabel("Your message").fill("Thank you for listening, Mom.");
  await sam.getByRole("button", { name: "Send", exact: true }).click();
  await expect(maya.getByTestId("message").filter({ hasText: "Thank you for listening" })).toBeVisible();

  const heldItem = maya.getByTestId("held-item");
  const holdFromLaura = async (text: string) => {
    await laura.getByLabel("Your message").fill(text);
    await laura.getByRole("button", { name: "Send", exact: true }).click();
    // Nudged first (decision 018); held once she sends it as it is.
    await laura
      .getByTestId("nudge")
      .getByRole("button", { name: /Send mine anyway/ })
      .click();
    await expect(heldItem).toContainText(`Laura: ${text}`);
  };

  await holdFromLaura("Oh grow up, Sam.");
  await expect(maya.getByTestId("queue-count")).toHaveText("1");
  await expect(heldItem).toContainText("Contempt");
  await expect(maya.getByTestId("moderation-log")).toContainText("Laura's message was held for you (Contempt)");
  await expectInViewport(maya, heldItem);
  await expect(maya.getByTestId("console-announcement")).toHaveText(
    /Laura's message is waiting for you\. Press A to approve/,
  );
  await expect(heldItem.getByRole("button", { name: /Approve/ })).toHaveAttribute("aria-keyshortcuts", "A");
  await expect(heldItem.getByRole("button", { name: /Reject/ })).toHaveClass(/danger/);
  await expectAccessible(maya, "with a held message");
  await shot(maya, "held");

  // While the counselor types, A is a letter, not an approval.
  await maya.getByLabel("Your message").focus();
  await maya.keyboard.press("a");
  await expect(maya.getByLabel("Your message")).toHaveValue("a");
  await expect(heldItem).toHaveCount(1);
  await maya.getByLabel("Your message").fill("");

  // A approves: Sam reads the message.
  await maya.getByRole("heading", { name: /Waiting for you/ }).click();
  await maya.keyboard.press("a");
  await expect(heldItem).toHaveCount(0);
  await expect(sam.getByTestId("message").filter({ hasText: "Oh grow up, Sam." })).toBeVisible();
  await expect(maya.getByTestId("console-announcement")).toHaveText("Approved Laura's message.");

  // R opens the note field; the message goes back to Laura, not to Sam.
  await holdFromLaura("Grow up, Sam, honestly.");
  await maya.getByRole("heading", { name: /Waiting for you/ }).click();
  await maya.keyboard.press("r");
  const note = maya.getByLabel("Note to Laura (only they see it)");
  await expect(note).toBeFocused();
  await note.fill("Say what you need from him instead.");
  await maya.getByRole("button", { name: "Send back to Laura" }).click();
  await expect(heldItem).toHaveCount(0);
  await expect(maya.getByTestId("console-announcement")).toHaveText("Returned Laura's message to rephrase.");
  await expect(sam.getByText("Grow up, Sam, honestly.")).toHaveCount(0);

  // X asks first; cancelling keeps the message waiting; confirming rejects it.
  await holdFromLaura("Grow up already, Sam.");
  await maya.getByRole("heading", { name: /Waiting for you/ }).click();
  await maya.keyboard.press("x");
  const rejectDialog = maya.getByRole("alertdialog", { name: "Reject Laura's message?" });
  await expect(rejectDialog).toBeVisible();
  await expectAccessible(maya, "reject confirmation open");
  await shot(maya, "reject-dialog");
  await rejectDialog.getByRole("button", { name: "Keep it waiting" }).click();
  await expect(rejectDialog).toHaveCount(0);
  await expect(heldItem).toHaveCount(1);
  await heldItem.getByRole("button", { name: /Reject/ }).click();
  await rejectDialog.getByLabel("Private note to Laura (optional)").fill("Tell Sam what you need from him instead.");
  await rejectDialog.getByRole("button", { name: "Reject message" }).click();
  await expect(heldItem).toHaveCount(0);
  await expect(maya.getByTestId("console-announcement")).toHaveText("Rejected Laura's message.");
  await expect(
    laura.locator('[data-kind="COACHING"]').filter({ hasText: "Tell Sam what you need from him instead." }),
  ).toBeVisible();
  await expect(sam.getByText("Grow up already, Sam.")).toHaveCount(0);

  // The figures in plain words, with a chart.
  await maya.getByRole("tab", { name: "Figures" }).click();
  const figures = maya.getByTestId("stats");
  await expect(figures).toContainText("Sam: 1 kind or appreciative message, 0 harsh");
  await expect(figures).toContainText(/Laura: 0 kind or appreciative messages, \d+ harsh/);
  await expect(figures).toContainText(
    "3 messages held for you — Laura: 1 approved, 1 returned to rephrase, 1 rejected",
  );
  await expect(figures).not.toContainText("positive : negative");
  await expect(maya.getByRole("img", { name: "Kind and harsh messages per person" })).toBeVisible();
  await expectAccessible(maya, "figures tab with figures");

  // Ending asks first.
  await maya.getByRole("button", { name: "End the session" }).click();
  const endDialog = maya.getByRole("alertdialog", { name: "End the session for everyone?" });
  await expect(endDialog).toBeVisible();
  await expectAccessible(maya, "end confirmation open");
  await shot(maya, "end-dialog");
  await endDialog.getByRole("button", { name: "Keep talking" }).click();
  await expect(maya.getByText("Live", { exact: true })).toBeVisible();
  await maya.getByRole("button", { name: "End the session" }).click();
  await endDialog.getByRole("button", { name: "End the session" }).click();
  await expect(maya.getByText("Ended", { exact: true })).toBeVisible();
  await expect(laura.getByText("Ended", { exact: true })).toBeVisible();
  await expect(maya.getByRole("heading", { name: "How the session went" })).toBeVisible();
  await expect(maya.getByTestId("stats")).toContainText("Sam: 1 kind or appreciative message");
  await expect(maya.getByRole("tablist")).toHaveCount(0);
  await expectAccessible(maya, "ended");
  await shot(maya, "ended");
});
