// A person whose access ends while the room is open (signed out on every device,
// or removed from the family) is told so and offered the way on, instead of
// "You're offline — reconnecting…" for good.
import { expect, expectAccessible, pageAs, saveScreenshot, test } from "./fixtures";
import { TEST_PASSWORD } from "../support/factories";
import { liveFamily } from "../support/room";

test("signed out on every device, the open room says so and offers to sign in again", async ({ browser, baseURL }) => {
  const { son, sessionId } = await liveFamily();
  const room = await pageAs(browser, baseURL!, son.email, TEST_PASSWORD);
  await room.goto(`/sessions/${sessionId}/room`);
  await expect(room.getByTestId("floor-banner")).toContainText("Open conversation");

  const other = await pageAs(browser, baseURL!, son.email, TEST_PASSWORD);
  await other.goto("/settings");
  await other.getByRole("button", { name: "Sign out of all devices" }).click();
  await other.getByRole("alertdialog").getByRole("button", { name: "Sign out everywhere" }).click();

  await expect(room.getByTestId("join-error")).toContainText("You were signed out of Mend on this device");
  await expect(room.getByTestId("sign-in-again")).toHaveAttribute(
    "href",
    `/login?next=${encodeURIComponent(`/sessions/${sessionId}/room`)}`,
  );
  await expect(room.getByTestId("offline-banner")).toHaveCount(0);
  await saveScreenshot(room, `${test.info().project.name}-room-signed-out`);
  await expectAccessible(room, "signed out while in the room");
});

test("removed from the family while in the room, the member is told the session is out of reach", async ({
  browser,
  baseURL,
}) => {
  const { counselor, mom, family, sessionId } = await liveFamily();
  const laura = await pageAs(browser, baseURL!, mom.email, TEST_PASSWORD);
  await laura.goto(`/sessions/${sessionId}/room`);
  await expect(laura.getByTestId("floor-banner")).toContainText("Open conversation");

  const maya = await pageAs(browser, baseURL!, counselor.email, TEST_PASSWORD);
  await maya.goto(`/families/${family.id}`);
  await maya.getByRole("button", { name: "Remove Laura Bennett" }).click();
  await maya.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();

  await expect(laura.getByTestId("join-error")).toContainText("We could not find that session.");
  await expect(laura.getByRole("link", { name: "Go to your home page" })).toBeVisible();
  await expect(laura.getByTestId("offline-banner")).toHaveCount(0);
});
