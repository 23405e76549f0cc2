import type { Page } from "@playwright/test";
import {
  expect,
  expectAccessible,
  expectInViewport,
  expectNoHorizontalOverflow,
  pageAs,
  saveScreenshot,
  sendAnyway,
  signInAs,
  test,
} from "./fixtures";
import { TEST_PASSWORD } from "../support/factories";
import { liveFamily } from "../support/room";

const shot = (page: Page, name: string) => saveScreenshot(page, `console-phone-${name}`);

test("on a phone the counselor reaches the queue and “End the session” at once, decides a held message and ends after a confirmation", async ({
  page,
  browser,
  baseURL,
}) => {
  // One long walk through every console state, with an axe run at each: more than the default minute on a shared machine.
  test.setTimeout(180_000);
  const { counselor, mom, son, sessionId } = await liveFamily();
  await signInAs(page, counselor.email, TEST_PASSWORD);
  const maya = page;
  const [laura, sam] = await Promise.all([mom, son].map((u) => pageAs(browser, baseURL!, u.email, TEST_PASSWORD)));
  for (const p of [maya, laura, sam]) {
    await p.goto(`/sessions/${sessionId}/room`);
    await expect(p.getByTestId("floor-banner")).toContainText("Open conversation");
  }

  const waiting = maya.getByRole("button", { name: /^Waiting/ });
  await expectInViewport(maya, waiting);
  await expectInViewport(maya, maya.getByRole("button", { name: "End the session" }));
  await expectInViewport(maya, maya.getByLabel("Your message"));
  await expectNoHorizontalOverflow(maya);
  await expectAccessible(maya, "phone console, conversation");
  await shot(maya, "empty");

  // Controls: each tab fits and passes axe.
  await maya.getByRole("button", { name: "Controls" }).click();
  for (const tab of ["Floor", "Calm", "Coaching", "Figures"]) {
    await maya.getByRole("tab", { name: tab }).click();
    await expect(maya.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
    await expectNoHorizontalOverflow(maya);
    await expectAccessible(maya, `phone ${tab} tab`);
    await shot(maya, `tab-${tab.toLowerCase()}`);
  }
  await maya.getByRole("tab", { name: "Calm" }).click();
  await maya.getByLabel("Rules", { exact: true }).selectOption("strict");
  await expect(laura.getByTestId("event").filter({ hasText: "switched the room to the “strict” rules" })).toBeVisible();

  // A held message: the switcher's badge counts it, one tap shows it.
  await sendAnyway(laura, "Oh grow up, Sam.");
  await expect(waiting).toContainText("1");
  await waiting.click();
  const held = maya.getByTestId("held-item");
  await expect(held).toContainText("Laura: Oh grow up, Sam.");
  await expectInViewport(maya, held.getByRole("button", { name: /Approve/ }));
  await expectNoHorizontalOverflow(maya);
  await expectAccessible(maya, "phone, held message");
  await shot(maya, "held");

  // Reject asks first, and the dialog fits the phone.
  await held.getByRole("button", { name: /Reject/ }).click();
  const rejectDialog = maya.getByRole("alertdialog", { name: "Reject Laura's message?" });
  await expectInViewport(maya, rejectDialog.getByRole("button", { name: "Reject message" }));
  await expectAccessible(maya, "phone, reject confirmation");
  await shot(maya, "reject-dialog");
  await rejectDialog.getByRole("button", { name: "Keep it waiting" }).click();
  await held.getByRole("button", { name: /Approve/ }).click();
  await expect(held).toHaveCount(0);
  await expect(sam.getByTestId("message").filter({ hasText: "Oh grow up, Sam." })).toBeVisible();

  // End, confirmed, with the figures in plain words.
  await maya.getByRole("button", { name: "End the session" }).click();
  const endDialog = maya.getByRole("alertdialog", { name: "End the session for everyone?" });
  await expectInViewport(maya, endDialog.getByRole("button", { name: "End the session" }));
  await endDialog.getByRole("button", { name: "End the session" }).click();
  await expect(maya.getByText("Ended", { exact: true })).toBeVisible();
  await maya.getByRole("button", { name: /^Figures/ }).click();
  await expect(maya.getByTestId("stats")).toContainText("1 message held for you — Laura: 1 approved");
  await expectNoHorizontalOverflow(maya);
  await expectAccessible(maya, "phone, ended");
  await shot(maya, "ended");
});
