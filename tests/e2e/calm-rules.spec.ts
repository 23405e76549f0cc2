import { expect, expectAccessible, pageAs, sendAnyway, test } from "./fixtures";
import { TEST_PASSWORD } from "../support/factories";
import { liveFamily } from "../support/room";

test("the son is nudged and takes the suggestion; under strict rules the counselor rejects the mother's contempt with a note", async ({
  browser,
  baseURL,
}) => {
  const { counselor, mom, son, sessionId } = await liveFamily();

  const [maya, laura, sam] = await Promise.all(
    [counselor, mom, son].map((u) => pageAs(browser, baseURL!, u.email, TEST_PASSWORD)),
  );
  for (const page of [maya, laura, sam]) {
    await page.goto(`/sessions/${sessionId}/room`);
    await expect(page.getByTestId("floor-banner")).toContainText("Open conversation");
  }

  // Sam shouts; he is nudged, sees why and a calmer version, and takes it.
  await sam.getByLabel("Your message").fill("STOP TAKING MY PHONE!!!");
  await sam.getByRole("button", { name: "Send", exact: true }).click();
  const nudge = sam.getByTestId("nudge");
  await expect(nudge).toContainText("Shouting");
  await expect(nudge).toContainText("read as shouting");
  await expect(sam.getByTestId("nudge-suggestion")).toHaveText("Stop taking my phone.");
  await expect(laura.getByTestId("message")).toHaveCount(0);
  await expect(maya.getByTestId("moderation-log")).toContainText("Sam was nudged to rephrase (Shouting)");
  // The calmer version is already in the box, ready to edit or send.
  await expect(sam.getByLabel("Your message")).toHaveValue("Stop taking my phone.");
  await expectAccessible(sam, "nudged, the calmer version in the box");
  await expectAccessible(maya, "the console's log of a nudge");
  await sam.getByRole("button", { name: "Send", exact: true }).click();
  await expect(laura.getByTestId("message").filter({ hasText: "Stop taking my phone." })).toBeVisible();

  // Strict rules: Laura's contempt waits for the counselor, who rejects it with a note.
  await maya.getByRole("tab", { name: "Calm" }).click();
  await maya.getByLabel("Rules", { exact: true }).selectOption("strict");
  await expectAccessible(maya, "the Calm tab, strict rules");
  await expect(laura.getByTestId("event").filter({ hasText: "switched the room to the “strict” rules" })).toBeVisible();
  await sendAnyway(laura, "Oh grow up, Sam.");
  await expect(laura.getByTestId("held-notice")).toContainText("Waiting for Maya to read it");
  const held = maya.getByTestId("held-item");
  await expect(held).toContainText("Laura: Oh grow up, Sam.");
  await expect(held).toContainText("Contempt");
  await expectAccessible(laura, "her message held");
  await expectAccessible(maya, "a held message in the queue");
  await held.getByRole("button", { name: /Reject/ }).click();
  const confirm = maya.getByRole("alertdialog", { name: "Reject Laura's message?" });
  await confirm.getByLabel("Private note to Laura (optional)").fill("Tell Sam what you need from him instead.");
  await expectAccessible(maya, "reject dialog with a note");
  await confirm.getByRole("button", { name: "Reject message" }).click();

  await expect(laura.getByTestId("rejected-notice")).toContainText("Maya chose not to pass this on.");
  await expect(laura.locator('[data-kind="COACHING"]')).toContainText("Tell Sam what you need from him instead.");
  await expectAccessible(laura, "her message rejected, with the counselor's note");
  await expect(sam.getByText("Oh grow up, Sam.")).toHaveCount(0);
  await expect(sam.locator('[data-kind="COACHING"]')).toHaveCount(0);

  // The counselor's figures, in plain words.
  await maya.getByRole("tab", { name: "Figures" }).click();
  await expect(maya.getByTestId("stats")).toContainText("1 message held for you — Laura: 1 rejected");
  await expect(maya.getByTestId("stats")).toContainText("2 nudges — Laura sent it anyway; Sam reworded it");
});
