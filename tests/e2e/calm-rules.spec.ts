import { prisma } from "@/lib/db/client";
import { openRoom } from "@/lib/room/open-room";
import { expect, pageAs, test } from "./fixtures";
import { createFamily, createUser, TEST_PASSWORD } from "../support/factories";

test("the son is nudged and takes the suggestion; under strict rules the counselor rejects the mother's contempt with a note", async ({ browser, baseURL }) => {
  const counselor = await createUser({ role: "COUNSELOR", name: "Maya Reyes" });
  const mom = await createUser({ role: "PARENT", name: "Laura Bennett" });
  const son = await createUser({ role: "TEEN", name: "Sam Bennett" });
  const family = await createFamily({ counselorId: counselor.id, members: [{ userId: mom.id, role: "PARENT" }, { userId: son.id, role: "TEEN" }] });
  const start = new Date(Date.now() + 10 * 60_000);
  const session = await prisma.session.create({
    data: { familyId: family.id, counselorId: counselor.id, title: "Thursday talk", startsAt: start, endsAt: new Date(start.getTime() + 50 * 60_000), timeZone: "UTC" },
  });
  await openRoom({ actor: counselor, sessionId: session.id });

  const [maya, laura, sam] = await Promise.all([counselor, mom, son].map((u) => pageAs(browser, baseURL!, u.email, TEST_PASSWORD)));
  for (const page of [maya, laura, sam]) {
    await page.goto(`/sessions/${session.id}/room`);
    await expect(page.getByTestId("floor-banner")).toContainText("Open conversation");
  }

  // Sam shouts; he is nudged, sees why and a calmer version, and takes it.
  await sam.getByLabel("Your message").fill("STOP TAKING MY PHONE WITHOUT ASKING!!!");
  await sam.getByRole("button", { name: "Send", exact: true }).click();
  const nudge = sam.getByTestId("nudge");
  await expect(nudge).toContainText("Shouting");
  await expect(nudge).toContainText("read as shouting");
  await expect(sam.getByTestId("nudge-suggestion")).toHaveText("Stop taking my phone without asking.");
  await expect(laura.getByTestId("message")).toHaveCount(0);
  await expect(maya.getByTestId("moderation-log")).toContainText("Sam was nudged (Shouting)");
  await nudge.getByRole("button", { name: "Use this" }).click();
  await expect(sam.getByLabel("Your message")).toHaveValue("Stop taking my phone without asking.");
  await sam.getByRole("button", { name: "Send", exact: true }).click();
  await expect(laura.getByTestId("message").filter({ hasText: "Stop taking my phone without asking." })).toBeVisible();

  // Strict rules: Laura's contempt waits for the counselor, who rejects it with a note.
  await maya.getByLabel("Rules", { exact: true }).selectOption("strict");
  await expect(laura.getByTestId("event").filter({ hasText: "switched the room to the “strict” rules" })).toBeVisible();
  await laura.getByLabel("Your message").fill("Oh grow up, Sam.");
  await laura.getByRole("button", { name: "Send", exact: true }).click();
  await expect(laura.getByTestId("held-notice")).toHaveText("Waiting for the counselor…");
  const held = maya.getByTestId("held-item");
  await expect(held).toContainText("Laura: Oh grow up, Sam.");
  await expect(held).toContainText("Contempt");
  await held.getByPlaceholder("Optional private note").fill("Tell Sam what you need from him instead.");
  await held.getByRole("button", { name: "Reject" }).click();

  await expect(laura.getByText("Not shared by your counselor.")).toBeVisible();
  await expect(laura.locator('[data-kind="COACHING"]')).toContainText("Tell Sam what you need from him instead.");
  await expect(sam.getByText("Oh grow up, Sam.")).toHaveCount(0);
  await expect(sam.locator('[data-kind="COACHING"]')).toHaveCount(0);

  // The counselor's figures.
  await maya.getByRole("button", { name: "Show figures" }).click();
  await expect(maya.getByTestId("stats")).toContainText("held 1 (approved 0, rejected 1)");
  await expect(maya.getByTestId("stats")).toContainText("nudges 1 (reworded 1, sent anyway 0)");
});
