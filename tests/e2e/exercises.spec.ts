import { DateTime } from "luxon";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, pageAs, saveScreenshot, signInAs, test } from "./fixtures";
import { createFamily, createUser, TEST_PASSWORD } from "../support/factories";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/db/seed-demo";
import { prisma } from "@/lib/db/client";

const SHOTS = "test-results/exercise-screenshots";
const today = DateTime.utc().toISODate()!;
const inDays = (n: number) => DateTime.utc().plus({ days: n }).toISODate()!;

async function noHorizontalOverflow(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
}

async function assign(
  counselor: Page,
  familyId: string,
  options: { exercise: RegExp; who: string[]; dueDate: string; repeatUntil?: string; note?: string; shared?: boolean },
) {
  await counselor.goto(`/families/${familyId}`);
  const form = counselor.getByTestId("assign-form");
  const option = form.getByLabel("Exercise").locator("option", { hasText: options.exercise });
  await form.getByLabel("Exercise").selectOption((await option.getAttribute("value"))!);
  for (const name of options.who) await form.getByLabel(name).check();
  await form.getByLabel("Due date").fill(options.dueDate);
  if (options.repeatUntil) await form.getByLabel("Repeat weekly until (optional)").fill(options.repeatUntil);
  if (options.note) await form.getByLabel("A personal note (optional)").fill(options.note);
  if (options.shared) await form.getByLabel(/Shared with the family/).check();
  await expectAccessible(counselor, "assign form filled in");
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(form.getByRole("status")).toContainText("Exercise assigned");
  await expectAccessible(counselor, "exercise assigned");
}

test("an appreciation exercise goes from assignment through draft, revision and review to the family, and hope checks chart over three weeks", async ({
  page: counselor,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const dr = await createUser({ role: "COUNSELOR", name: "Dr. Ana Ortiz" });
  const mom = await createUser({ role: "PARENT", name: "Rosa Ortiz" });
  const son = await createUser({ role: "TEEN", name: "Leo Ortiz" });
  const family = await createFamily({
    counselorId: dr.id,
    name: "Ortiz family",
    members: [
      { userId: mom.id, role: "PARENT" },
      { userId: son.id, role: "TEEN" },
    ],
  });
  await signInAs(counselor, dr.email, TEST_PASSWORD);

  // The counselor assigns the appreciation exercise to both, shared with the family.
  await assign(counselor, family.id, {
    exercise: /^Three things I appreciate about you/,
    who: ["Rosa Ortiz", "Leo Ortiz"],
    dueDate: inDays(3),
    note: "Each of you, for the other.",
    shared: true,
  });
  await expect(
    counselor.getByTestId("member-exercises").filter({ hasText: "Leo Ortiz" }).getByTestId("assignment-item"),
  ).toHaveCount(1);

  // The son starts on his phone and leaves a draft.
  const phoneContext = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const phone = await phoneContext.newPage();
  await signInAs(phone, son.email, TEST_PASSWORD);
  await phone.goto("/");
  const homeItem = phone.getByTestId("home-exercises").getByTestId("assignment-item");
  await expect(homeItem).toContainText("Three things I appreciate about you");
  await expect(homeItem).toContainText("Due");
  await noHorizontalOverflow(phone);
  await expectAccessible(phone, "teen's home on a phone, an exercise due");
  await homeItem.getByRole("link").click();
  await expect(phone.getByRole("heading", { name: "Three things I appreciate about you", level: 1 })).toBeVisible();
  const assignmentUrl = phone.url();
  await expect(phone.getByTestId("assignment-note")).toContainText("Each of you, for the other.");
  const list = phone.getByRole("group", { name: "Three things I appreciate about you" });
  await list.getByLabel("1 of 3").fill("You drive me to practice every week");
  await list.getByLabel("2 of 3").fill("You make the best pancakes");
  await expect(phone.getByTestId("draft-status")).toContainText("Draft saved");
  await noHorizontalOverflow(phone);
  await expectAccessible(phone, "an exercise mid-edit, draft saved");
  await phone.screenshot({ path: `${SHOTS}/member-form-phone.png`, fullPage: true });
  // Sending too early shows what is missing, in words for him.
  await phone.getByRole("button", { name: "Send to my counselor" }).click();
  await expect(phone.getByTestId("appreciations-error")).toHaveText("Write 3 of them (you have 2 so far).");
  await expectAccessible(phone, "an exercise sent too early");
  await phoneContext.close();

  // The mother cannot open his answers before they are sent in.
  const mother = await pageAs(browser, baseURL!, mom.email, TEST_PASSWORD);
  const missing = await mother.goto(assignmentUrl);
  expect(missing?.status()).toBe(404);
  await expectAccessible(mother, "another member's unsent answers: not found");

  // He finishes on another device: the draft is there.
  const laptop = await pageAs(browser, baseURL!, son.email, TEST_PASSWORD);
  await laptop.goto(assignmentUrl);
  const list2 = laptop.getByRole("group", { name: "Three things I appreciate about you" });
  await expect(list2.getByLabel("1 of 3")).toHaveValue("You drive me to practice every week");
  await expect(list2.getByLabel("2 of 3")).toHaveValue("You make the best pancakes");
  await list2.getByLabel("3 of 3").fill("You came to my game");
  await laptop.screenshot({ path: `${SHOTS}/member-form-desktop.png`, fullPage: true });
  await laptop.getByRole("button", { name: "Send to my counselor" }).click();
  await expect(laptop.getByTestId("assignment-status")).toHaveText("Submitted");
  await expect(laptop.getByTestId("submission")).toContainText("You came to my game");
  await expectAccessible(laptop, "exercise submitted");

  // The counselor finds it waiting on her home page, comments and returns it.
  await counselor.goto("/");
  await counselor
    .getByTestId("awaiting-review")
    .getByRole("link", { name: "Three things I appreciate about you" })
    .click();
  await expect(counselor).toHaveURL(assignmentUrl);
  await expect(counselor.getByTestId("submission")).toContainText("You make the best pancakes");
  const review = counselor.getByTestId("review-form");
  await review.getByLabel("Comment for Leo").fill("Lovely. Could you say why the pancakes matter to you?");
  await review.getByLabel("Outcome").selectOption("RETURNED");
  await expectAccessible(counselor, "review mid-edit");
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(counselor.getByTestId("assignment-status")).toHaveText("Returned for revision");
  await expectAccessible(counselor, "returned for revision");

  // He sees the comment and resubmits.
  await laptop.reload();
  await expect(laptop.getByTestId("review-comment")).toContainText("Could you say why the pancakes matter to you?");
  await expectAccessible(laptop, "the counselor's comment on a returned exercise");
  await list2.getByLabel("2 of 3").fill("You make pancakes on Sundays, when we actually talk");
  await laptop.getByRole("button", { name: "Send it in again" }).click();
  await expect(laptop.getByTestId("assignment-status")).toHaveText("Submitted");

  // The counselor sees both versions and marks it reviewed.
  await counselor.reload();
  await expect(counselor.getByTestId("submission")).toHaveCount(2);
  await expect(counselor.getByTestId("submission").first()).toContainText("when we actually talk");
  await expect(counselor.getByTestId("submission").last()).toContainText("Returned for revision: Lovely.");
  await expectAccessible(counselor, "both versions");
  await counselor.screenshot({ path: `${SHOTS}/counselor-review-desktop.png`, fullPage: true });
  await review.getByLabel("Outcome").selectOption("REVIEWED");
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(counselor.getByTestId("assignment-status")).toHaveText("Reviewed");
  await expectAccessible(counselor, "reviewed");

  // The mother sees it because it is shared: the answers, not the counselor's comments.
  await mother.goto("/exercises");
  await mother
    .getByRole("region", { name: "Shared with you" })
    .getByRole("link", { name: "Three things I appreciate about you" })
    .click();
  await expect(mother.getByTestId("submission")).toHaveCount(1);
  await expect(mother.getByTestId("submission")).toContainText("when we actually talk");
  await expect(mother.getByText("Lovely. Could you say")).toHaveCount(0);
  await expectAccessible(mother, "a shared exercise");

  // Three weekly hope checks chart as three points.
  await assign(counselor, family.id, {
    exercise: /^Weekly hope check/,
    who: ["Leo Ortiz"],
    dueDate: today,
    repeatUntil: inDays(14),
  });
  await laptop.goto("/exercises");
  // One line for the series, not three identical rows.
  const series = laptop.getByRole("region", { name: "To do" }).getByTestId("assignment-item");
  await expect(series.filter({ hasText: "Weekly hope check" })).toHaveCount(1);
  await expect(series.getByTestId("series-later")).toContainText("Then 2 more, weekly until");
  for (const [value, why] of [
    ["4", "We argued about my phone."],
    ["6", "Dinner was calm."],
    ["7", "We laughed at a film."],
  ]) {
    await laptop.goto("/exercises");
    await laptop
      .getByRole("region", { name: "To do" })
      .getByRole("link", { name: "Weekly hope check" })
      .first()
      .click();
    await laptop.getByRole("radio", { name: value, exact: true }).check();
    await laptop.getByLabel("One sentence on why").fill(why);
    if (value === "4") await expectAccessible(laptop, "a hope check mid-edit");
    await laptop.getByRole("button", { name: "Send to my counselor" }).click();
    await expect(laptop.getByTestId("assignment-status")).toHaveText("Submitted");
  }
  await laptop.goto("/exercises");
  await expect(laptop.getByTestId("progress-chart").getByTestId("chart-point")).toHaveCount(3);
  await expectAccessible(laptop, "the member's hope chart");
  await laptop.screenshot({ path: `${SHOTS}/member-exercises-desktop.png`, fullPage: true });

  await counselor.goto(`/families/${family.id}`);
  const chart = counselor.getByTestId("progress-chart");
  await expect(chart.getByTestId("chart-point")).toHaveCount(3);
  await expect(chart.getByRole("img")).toHaveAccessibleDescription(/4; .*: 6; .*: 7\./);
  await expectAccessible(counselor, "the counselor's hope chart");
  await chart.scrollIntoViewIfNeeded();
  await counselor.screenshot({ path: `${SHOTS}/counselor-family-desktop.png`, fullPage: true });

  // Phone-sized views of the member's page and the counselor's review and chart.
  for (const [who, path, name] of [
    [laptop, "/exercises", "member-exercises-phone"],
    [counselor, assignmentUrl, "counselor-review-phone"],
    [counselor, `/families/${family.id}`, "counselor-family-phone"],
  ] as const) {
    await who.setViewportSize({ width: 390, height: 844 });
    await who.goto(path);
    await noHorizontalOverflow(who);
    await expectAccessible(who, `${name} at 390 px`);
    await who.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  }
});

test("the demo teen finds his exercises and a three-week hope trend", async ({ page }) => {
  await signInAs(page, DEMO_USERS.teen.email, DEMO_PASSWORD);
  await page.goto("/exercises");
  const todo = page.getByRole("region", { name: "To do" });
  await expect(todo.getByRole("link", { name: "Weekly hope check" })).toBeVisible();
  await expect(todo.getByRole("link", { name: "Three things I appreciate about you" })).toBeVisible();
  await expect(page.getByTestId("progress-chart").getByTestId("chart-point")).toHaveCount(3);
});

test("a counselor copies a built-in exercise, changes it in the form builder and saves a new version", async ({
  page,
}) => {
  const dr = await createUser({ role: "COUNSELOR", name: "Dr. Builder" });
  await signInAs(page, dr.email, TEST_PASSWORD);
  await page.goto("/exercises/library");
  await expect(page.getByTestId("library-item")).toHaveCount(14);
  await page
    .getByTestId("library-item")
    .filter({ hasText: "My calm-down plan" })
    .getByRole("button", { name: "Copy to adapt" })
    .click();
  await expect(page.getByRole("heading", { name: "My calm-down plan (my copy)" })).toBeVisible();
  await expectAccessible(page, "a copied exercise in the builder");
  const builder = page.getByTestId("exercise-builder");
  await builder.getByLabel("Title").fill("Our calm-down plan");
  await builder.getByRole("button", { name: "Add a prompt" }).click();
  const added = builder.getByTestId("prompt-editor").last();
  await added.getByLabel("Type").selectOption("SCALE");
  await added.getByLabel("Question").fill("How heated did it get this week?");
  await expectAccessible(page, "an exercise mid-edit in the builder");
  await builder.getByRole("button", { name: "Save as a new version" }).click();
  await expect(builder.getByRole("status")).toContainText("Saved as version 2");
  await expectAccessible(page, "a new version saved");
  await page.screenshot({ path: `${SHOTS}/counselor-builder-desktop.png`, fullPage: true });
  await page.goto("/exercises/library");
  await expect(page.getByTestId("library-item").filter({ hasText: "Our calm-down plan" })).toContainText(
    "4 prompts · yours, version 2",
  );
});

test("right after a session, the counselor assigns an exercise from the session page", async ({ page }) => {
  const dr = await createUser({ role: "COUNSELOR", name: "Dr. After" });
  const teen = await createUser({ role: "TEEN", name: "Mia After" });
  const family = await createFamily({ counselorId: dr.id, members: [{ userId: teen.id, role: "TEEN" }] });
  const session = await prisma.session.create({
    data: {
      familyId: family.id,
      counselorId: dr.id,
      title: "Tuesday talk",
      startsAt: new Date(Date.now() - 2 * 3600_000),
      endsAt: new Date(Date.now() - 3600_000),
      timeZone: "UTC",
      status: "ENDED",
    },
  });
  await signInAs(page, dr.email, TEST_PASSWORD);
  await page.goto(`/sessions/${session.id}`);
  const form = page.getByTestId("assign-form");
  await expect(page.getByRole("heading", { name: "Assign an exercise after this session" })).toBeVisible();
  const option = form.getByLabel("Exercise").locator("option", { hasText: /^I-statement rewrite/ });
  await form.getByLabel("Exercise").selectOption((await option.getAttribute("value"))!);
  await form.getByLabel("Mia After").check();
  await form.getByLabel("Due date").fill(inDays(2));
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(form.getByRole("status")).toHaveText("Exercise assigned.");
  await expectAccessible(page, "assigned from the session page");
  await page.goto(`/families/${family.id}`);
  await expect(page.getByTestId("member-exercises").getByTestId("assignment-item")).toContainText(
    "I-statement rewrite",
  );
});

test("the same exercise open in two tabs: the stale tab says so instead of replacing the other's answers", async ({
  browser,
  baseURL,
}) => {
  const counselor = await createUser({ role: "COUNSELOR", name: "Dr. Two Tabs" });
  const teen = await createUser({ role: "TEEN", name: "Noa Tabs" });
  const family = await createFamily({ counselorId: counselor.id, members: [{ userId: teen.id, role: "TEEN" }] });
  const maya = await pageAs(browser, baseURL!, counselor.email, TEST_PASSWORD);
  await assign(maya, family.id, { exercise: /Three things I appreciate/, who: ["Noa Tabs"], dueDate: inDays(3) });

  const first = await pageAs(browser, baseURL!, teen.email, TEST_PASSWORD);
  await first.goto("/exercises");
  await first
    .getByRole("region", { name: "To do" })
    .getByRole("link", { name: /Three things I appreciate/ })
    .click();
  await expect(first.getByRole("heading", { name: "Three things I appreciate about you", level: 1 })).toBeVisible();
  const url = first.url();
  const second = await first.context().newPage();
  await second.goto(url);

  const group = (page: Page) => page.getByRole("group", { name: "Three things I appreciate about you" });
  await group(first).getByLabel("1 of 3").fill("You drove me to the match in the rain");
  await expect(first.getByTestId("draft-status")).toContainText("Draft saved");
  await group(second).getByLabel("1 of 3").fill("TAB B: you fixed my bike");
  const stale = second.getByTestId("draft-stale");
  await expect(stale).toContainText("changed in another tab or on another device");
  await expectAccessible(second, "a stale exercise tab");
  await saveScreenshot(second, "exercise-stale-tab");
  // What the second tab typed stays on screen to copy; the first tab's answer is what is saved.
  await expect(group(second).getByLabel("1 of 3")).toHaveValue("TAB B: you fixed my bike");
  await stale.getByRole("button", { name: "Reload the newest answers" }).click();
  await expect(group(second).getByLabel("1 of 3")).toHaveValue("You drove me to the match in the rain");
  await first.reload();
  await expect(group(first).getByLabel("1 of 3")).toHaveValue("You drove me to the match in the rain");
});

test("a member removed from the family stays in its exercise record for the counselor, marked as no longer in it", async ({
  browser,
  baseURL,
}) => {
  const counselor = await createUser({ role: "COUNSELOR", name: "Dr. Keeps Record" });
  const teen = await createUser({ role: "TEEN", name: "Rio Former" });
  const family = await createFamily({ counselorId: counselor.id, members: [{ userId: teen.id, role: "TEEN" }] });
  const maya = await pageAs(browser, baseURL!, counselor.email, TEST_PASSWORD);
  await assign(maya, family.id, { exercise: /Three things I appreciate/, who: ["Rio Former"], dueDate: inDays(3) });

  await maya.getByRole("button", { name: "Remove Rio Former" }).click();
  const dialog = maya.getByRole("alertdialog", { name: /Remove Rio Former/ });
  await expect(dialog).toContainText("including a session that is live now");
  await dialog.getByRole("button", { name: "Remove" }).click();
  await expect(maya.getByTestId("member-row").filter({ hasText: "Rio Former" })).toHaveCount(0);

  const former = maya.getByTestId("former-member-exercises");
  await expect(former).toContainText("Rio Former · no longer in the family");
  await saveScreenshot(maya, `former-member-exercises`);
  await former.getByRole("link", { name: "Three things I appreciate about you" }).click();
  await expect(maya.getByRole("heading", { name: "Three things I appreciate about you", level: 1 })).toBeVisible();
  await expectAccessible(maya, "a former member's exercise");
});
