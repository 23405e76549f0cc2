// Every page outside the live room on a 390 × 844 phone, for the demo counselor,
// parent and teen and a signed-out visitor: nothing wider than the window and zero
// axe violations, also with the menu and the time-zone picker open.
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/db/seed-demo";
import { demoTour, tourPages, type DemoTour } from "../support/demo-tour";
import { expect, expectAccessible, expectInViewport, expectNoHorizontalOverflow, signInAs, test } from "./fixtures";
import { screenshot, tour } from "./page-tour";
import { createFamily, createUser, TEST_PASSWORD } from "../support/factories";
import { prisma } from "@/lib/db/client";

let demo: DemoTour;
// A tour visits up to 18 pages and runs axe on each.
test.describe.configure({ timeout: 240_000 });
test.beforeAll(async () => {
  demo = await demoTour("phone", 2);
});

const SHOTS = ["home", "family", "schedule", "session-scheduled", "session-ended", "settings", "not-found", "login"];

test("every page a signed-out visitor can reach fits a phone and passes axe", async ({ page }) => {
  await tour(page, "visitor", tourPages(demo).signedOut, { phone: true, shots: SHOTS });
});

test("every page the demo counselor reaches fits a phone and passes axe; the top bar folds into a menu", async ({
  page,
}) => {
  await signInAs(page, DEMO_USERS.counselor.email, DEMO_PASSWORD);
  await tour(page, "counselor", tourPages(demo).counselor, { phone: true, shots: SHOTS });

  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.getByRole("button", { name: /^Menu/ }).click();
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
  await expectInViewport(page, menu.getByRole("menuitem", { name: "Sign out" }));
  await expectAccessible(page, "menu open");
  await expectNoHorizontalOverflow(page);
  await screenshot(page, "counselor-menu-phone");
  await menu.getByRole("menuitem", { name: "Schedule" }).click();
  await expect(page).toHaveURL(/\/schedule$/);

  // Remove is on screen and asks first.
  await page.goto(`/families/${demo.familyId}`);
  const remove = page
    .getByTestId("member-row")
    .filter({ hasText: "Sam Bennett" })
    .getByRole("button", { name: "Remove" });
  await remove.scrollIntoViewIfNeeded();
  await expectInViewport(page, remove);
  await remove.click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await expectInViewport(page, page.getByRole("alertdialog").getByRole("button", { name: "Remove" }));
  await expectAccessible(page, "remove dialog on a phone");
  await page.getByRole("alertdialog").getByRole("button", { name: "Go back" }).click();
});

test("on a phone the time-zone picker searches by city, keeps the IANA id and saves it", async ({ page }) => {
  await signInAs(page, DEMO_USERS.parent.email, DEMO_PASSWORD);
  await page.goto("/settings");
  const picker = page.getByRole("button", { name: /Your time zone/ });
  await expect(picker).toContainText("Eastern Time — New York (UTC");
  await picker.click();
  const search = page.getByRole("combobox", { name: "Search your time zone" });
  await expect(search).toBeFocused();
  await expectAccessible(page, "time-zone picker open");
  await expectNoHorizontalOverflow(page);
  await screenshot(page, "settings-timezone-open-phone");
  await search.fill("london");
  const zones = page.getByRole("listbox", { name: "Your time zone" });
  await expect(zones.getByRole("option")).toHaveCount(1);
  await expect(zones.getByRole("option")).toContainText("London");
  await screenshot(page, "settings-timezone-search-phone");
  await search.press("Enter");
  await expect(picker).toHaveAttribute("data-value", "Europe/London");
  await expect(picker).toBeFocused();
  await page.getByTestId("preferences-form").getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("preferences-form").getByRole("status")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: /Your time zone/ })).toHaveAttribute("data-value", "Europe/London");
  // Back to New York by keyboard, for the other tests that use the demo parent.
  await page.getByRole("button", { name: /Your time zone/ }).click();
  await page.getByRole("combobox", { name: "Search your time zone" }).fill("new york");
  await page.getByRole("combobox", { name: "Search your time zone" }).press("Enter");
  await page.getByTestId("preferences-form").getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("preferences-form").getByRole("status")).toBeVisible();
});

test("on a phone the schedule's free days are one short line each; a day with a session keeps its box", async ({
  page,
}) => {
  const counselor = await createUser({ role: "COUNSELOR", name: "Dr. Week", timeZone: "UTC" });
  const family = await createFamily({ counselorId: counselor.id, name: "Week family" });
  const startsAt = new Date();
  await prisma.session.create({
    data: {
      familyId: family.id,
      counselorId: counselor.id,
      title: "Today's talk",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 50 * 60_000),
      timeZone: "UTC",
    },
  });
  await signInAs(page, counselor.email, TEST_PASSWORD);
  await page.goto("/schedule");
  const days = page.getByTestId("week-view").locator('[data-testid^="day-"]');
  await expect(days).toHaveCount(7);
  const free = days.filter({ hasText: "Nothing scheduled" });
  await expect(free).toHaveCount(6);
  for (const day of await free.all()) {
    const heading = (await day.getByRole("heading").boundingBox())!;
    const note = (await day.getByText("Nothing scheduled").boundingBox())!;
    // The date and "Nothing scheduled" share one line: the note starts before the date's line ends.
    expect(note.y).toBeLessThan(heading.y + heading.height);
    expect(note.x).toBeGreaterThan(heading.x + heading.width);
  }
  const busy = days.filter({ has: page.getByRole("link", { name: /Today's talk/ }) });
  await expect(busy).toHaveCount(1);
  const link = (await busy.getByRole("link").boundingBox())!;
  const date = (await busy.getByRole("heading").boundingBox())!;
  expect(link.y, "a day with a session lists it under its date").toBeGreaterThanOrEqual(date.y + date.height);
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page, "week view with free days");
  await screenshot(page, "schedule-week-phone");
});

for (const who of ["parent", "teen"] as const) {
  test(`every page the demo ${who} reaches fits a phone and passes axe`, async ({ page }) => {
    await signInAs(page, DEMO_USERS[who].email, DEMO_PASSWORD);
    await tour(page, who, tourPages(demo)[who], { phone: true, shots: who === "parent" ? SHOTS : [] });
  });
}
