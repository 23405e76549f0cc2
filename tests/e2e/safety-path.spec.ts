import { expect, expectAccessible, pageAs, test } from "./fixtures";
import { TEST_PASSWORD } from "../support/factories";
import { liveFamily } from "../support/room";

test("a teen who writes about self-harm sees care and crisis lines at once; the counselor checks in privately with one click", async ({
  browser,
  baseURL,
}) => {
  const { counselor, mom, son, sessionId } = await liveFamily();
  const [maya, laura, sam] = await Promise.all(
    [counselor, mom, son].map((u) => pageAs(browser, baseURL!, u.email, TEST_PASSWORD)),
  );

  // The counselor puts her own crisis lines in place of the 988 default.
  await maya.goto("/settings");
  await expect(maya.getByText("Leave it empty to use the default")).toContainText("988");
  await expect(maya.getByTestId("crisis-preview")).toContainText("The default lines");
  await expect(maya.getByTestId("crisis-preview").getByRole("link", { name: "988" }).first()).toHaveAttribute(
    "href",
    "tel:988",
  );
  await maya.getByLabel("Crisis lines for your families").fill("Call or text 988, or our on-call line 555-0100.");
  await maya.getByTestId("crisis-form").getByRole("button", { name: "Save" }).click();
  await expect(maya.getByTestId("crisis-form")).toContainText("Saved.");
  // The preview shows the saved lines as a member will get them, with the number to tap.
  await expect(maya.getByTestId("crisis-preview-lines")).toHaveText("Call or text 988, or our on-call line 555-0100.");
  await expect(maya.getByTestId("crisis-preview").getByRole("link", { name: "555-0100" })).toHaveAttribute(
    "href",
    "tel:5550100",
  );
  await expectAccessible(maya, "crisis lines saved");
  await maya.screenshot({ path: "test-results/safety-settings-desktop.png", fullPage: true });

  for (const page of [maya, laura, sam]) {
    await page.goto(`/sessions/${sessionId}/room`);
    await expect(page.getByTestId("floor-banner")).toContainText("Open conversation");
  }

  await sam.getByLabel("Your message").fill("honestly i dont want to be here anymore");
  await sam.getByRole("button", { name: "Send", exact: true }).click();
  const care = sam.getByTestId("crisis-resources");
  await expect(care).toContainText("you don't have to carry it alone");
  await expect(sam.getByTestId("crisis-lines")).toHaveText("Call or text 988, or our on-call line 555-0100.");
  // One tap from a call on a phone.
  await expect(sam.getByRole("link", { name: "555-0100" })).toHaveAttribute("href", "tel:5550100");
  await expectAccessible(sam, "care and crisis lines shown");
  await sam.screenshot({ path: "test-results/safety-sender-desktop.png", fullPage: true });

  const alert = maya.getByTestId("safety-alert");
  await expect(alert).toContainText("Sam");
  await expect(alert).toContainText("honestly i dont want to be here anymore");
  await expectAccessible(maya, "a safety alert");
  await maya.screenshot({ path: "test-results/safety-counselor-desktop.png", fullPage: true });
  await expect(laura.getByText("honestly i dont want to be here anymore")).toHaveCount(0);

  await alert.getByRole("button", { name: "Check in privately with Sam" }).click();
  await expect(sam.locator('[data-kind="COACHING"]')).toContainText("I'm here for you");
  await expect(laura.locator('[data-kind="COACHING"]')).toHaveCount(0);
  await expect(maya.getByTestId("safety-alert")).toHaveCount(0);
  // The check-in opens a private conversation: the coaching box is ready for Maya's next words to Sam.
  await expect(maya.getByLabel("Message (only they see it)")).toBeFocused();
  await expect(maya.locator("#coach-who")).toHaveValue(son.id);
  await expectAccessible(sam, "the counselor's private check-in");

  // The held message is never shared by one key or click (a new user approved one with "A" after
  // checking in): both ask first, and keeping it leaves the parent with nothing.
  await maya.locator("body").click({ position: { x: 1, y: 1 } });
  await maya.keyboard.press("a");
  const confirm = maya.getByTestId("approve-safety-dialog");
  await expect(confirm).toContainText("may be about self-harm");
  await expectAccessible(maya, "confirming a safety-path message");
  await confirm.getByRole("button", { name: "Keep it with me" }).click();
  await expect(confirm).toHaveCount(0);
  await maya
    .getByTestId("held-item")
    .getByRole("button", { name: /^Approve/ })
    .click();
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Keep it with me" }).click();
  await expect(maya.getByTestId("held-item")).toHaveCount(1);
  await expect(laura.getByText("honestly i dont want to be here anymore")).toHaveCount(0);

  await sam.setViewportSize({ width: 390, height: 844 });
  await sam.screenshot({ path: "test-results/safety-sender-phone.png", fullPage: true });
  // The crisis card fits a phone (the site header's own width is not this feature's).
  const box = await care.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  // …and leaves the conversation, where Maya's check-in arrived, more room than it takes.
  const conversation = await sam.getByTestId("messages").boundingBox();
  expect(conversation!.height).toBeGreaterThan(box!.height);
});
