import { expect, expectAccessible, pageAs, saveScreenshot, test, setSpeakerListener } from "./fixtures";
import { TEST_PASSWORD } from "../support/factories";
import { liveFamily } from "../support/room";

const personPage = (browser: Parameters<typeof pageAs>[0], baseURL: string, email: string) =>
  pageAs(browser, baseURL, email, TEST_PASSWORD);

test("the counselor runs a speaker–listener exchange, mutes and unmutes, and ends with a read-only transcript", async ({
  browser,
  baseURL,
}) => {
  test.slow(); // three people through every floor mode, with an axe run at each state
  const { counselor, mom, son, sessionId } = await liveFamily({ open: false });

  const maya = await personPage(browser, baseURL!, counselor.email);
  const laura = await personPage(browser, baseURL!, mom.email);
  const sam = await personPage(browser, baseURL!, son.email);

  // Before the counselor opens it, Sam's session page leads to the waiting room, which says so.
  await sam.goto(`/sessions/${sessionId}`);
  await saveScreenshot(sam, "session-page-waiting-room-link");
  await sam.getByTestId("waiting-room-link").click();
  await expect(sam).toHaveURL(new RegExp(`/sessions/${sessionId}/room$`));
  await expect(sam.getByTestId("room-closed")).toContainText("Waiting for Maya to open the room");
  await expectAccessible(sam, "waiting for the room to open");

  await maya.goto(`/sessions/${sessionId}`);
  await maya.getByRole("button", { name: "Open the room" }).click();
  await expect(maya).toHaveURL(new RegExp(`/sessions/${sessionId}/room$`));
  await expect(maya.getByTestId("floor-banner")).toContainText("Open conversation");

  // Members join from their session page.
  for (const page of [laura, sam]) {
    await page.goto(`/sessions/${sessionId}`);
    await page.getByRole("link", { name: "Join the session" }).click();
    await expect(page.getByTestId("floor-banner")).toContainText("Open conversation");
  }
  await expect(maya.getByTestId(`presence-${son.id}`)).toHaveClass(/online/);

  // Speaker–listener: Sam speaks, Laura listens (the console opens on its Floor tab).
  await expect(maya.getByRole("tab", { name: "Floor" })).toHaveAttribute("aria-selected", "true");
  await setSpeakerListener(maya, son.id, mom.id);
  await expect(sam.getByTestId("floor-banner")).toContainText("You speak — Laura listens");
  await expectAccessible(maya, "console after setting speaker–listener");
  await expectAccessible(sam, "the speaker's room");

  // Laura cannot answer yet; her composer says why.
  await expect(laura.getByTestId("composer-reason")).toHaveText(
    "Wait for the speaker to say something, then say back what you heard.",
  );
  await expectAccessible(laura, "the listener waits for the speaker");

  await sam.getByLabel("Your message").fill("I feel ignored when my phone gets taken without warning.");
  await sam.getByRole("button", { name: "Send" }).click();
  await expect(laura.getByTestId("message").filter({ hasText: "I feel ignored" })).toBeVisible();

  // Laura paraphrases, starting from the offered starter.
  await expect(laura.getByLabel("Your paraphrase")).toHaveValue("What I hear you saying is ");
  await laura
    .getByLabel("Your paraphrase")
    .pressSequentially("that it hurts when I take your phone without telling you first.");
  await expectAccessible(laura, "a paraphrase mid-edit");
  await laura.getByRole("button", { name: "Send paraphrase" }).click();
  await expect(sam.locator('[data-kind="PARAPHRASE"]')).toContainText("What I hear you saying is that it hurts");

  // Sam cannot pass the floor until he has confirmed; then he does.
  await expect(sam.getByRole("button", { name: "Pass the floor to Laura" })).toBeDisabled();
  await expectAccessible(sam, "the speaker is asked to confirm the paraphrase");
  await sam.getByRole("button", { name: "Yes, that's it" }).click();
  await sam.getByRole("button", { name: "Pass the floor to Laura" }).click();
  await expect(laura.getByTestId("floor-banner")).toContainText("You speak — Sam listens");
  await expect(
    maya.getByTestId("event").filter({ hasText: "Sam passed the floor: Laura speaks now, Sam listens." }),
  ).toBeVisible();

  // Mute and unmute, from the Calm tab.
  await maya.getByRole("tab", { name: "Calm" }).click();
  await maya.getByRole("button", { name: "Mute Laura" }).click();
  await expect(laura.getByTestId("composer-reason")).toHaveText(
    "The counselor has muted you for now. You can still read along.",
  );
  await expectAccessible(laura, "muted");
  await expectAccessible(maya, "the Calm tab with Laura muted");
  await maya.getByRole("button", { name: "Unmute Laura" }).click();
  await expect(laura.getByTestId("composer-reason")).toHaveCount(0);

  // End, after a confirmation: everyone's room becomes a read-only transcript.
  await maya.getByRole("button", { name: "End the session" }).click();
  await expect(maya.getByRole("alertdialog", { name: "End the session for everyone?" })).toBeVisible();
  await expectAccessible(maya, "end-the-session dialog");
  await maya
    .getByRole("alertdialog", { name: "End the session for everyone?" })
    .getByRole("button", { name: "End the session" })
    .click();
  for (const page of [maya, laura, sam]) {
    await expect(page.getByText("Ended", { exact: true })).toBeVisible();
    await expect(page.getByTestId("composer")).toHaveCount(0);
  }
  await expect(sam.getByTestId("wrap-up")).toContainText("Thank you, Sam");
  await expect(maya.getByRole("heading", { name: "How the session went" })).toBeVisible();
  for (const [page, who] of [
    [maya, "console"],
    [laura, "Laura's wrap-up"],
  ] as const)
    await expectAccessible(page, `ended: ${who}`);
  await sam.reload();
  await expect(sam.getByTestId("message").filter({ hasText: "I feel ignored" })).toBeVisible();
  await expect(sam.getByTestId("event").filter({ hasText: "Maya ended the session." })).toBeVisible();
  await expect(sam.getByTestId("composer")).toHaveCount(0);

  // The ended console leads on to the record: the note, in one click.
  await saveScreenshot(maya, `${test.info().project.name}-ended-console`);
  await maya.getByTestId("after-session").getByRole("link", { name: "Write the session note" }).click();
  await expect(maya).toHaveURL(new RegExp(`/sessions/${sessionId}/note$`));
});
