// Every page outside the live room, on a desktop, for the demo counselor, parent
// and teen and for a signed-out visitor: zero axe violations on each. Plus the
// lists that must put an ended or cancelled session under "Past sessions".
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/db/seed-demo";
import { demoTour, tourPages, type DemoTour } from "../support/demo-tour";
import { expect, expectAccessible, signInAs, test } from "./fixtures";
import { screenshot, tour } from "./page-tour";

let demo: DemoTour;
// A tour visits up to 18 pages and runs axe on each.
test.describe.configure({ timeout: 240_000 });
test.beforeAll(async () => {
  demo = await demoTour("desktop", 1);
});

const SHOTS = ["home", "family", "schedule", "session-scheduled", "session-ended", "settings", "not-found", "login"];

test("every page a signed-out visitor can reach passes axe, including the 404 page", async ({ page }) => {
  await tour(page, "visitor", tourPages(demo).signedOut, { phone: false, shots: SHOTS });
  const missing = await page.goto("/no-such-page-in-mend");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to your home page" })).toBeVisible();
});

test("every page the demo counselor reaches passes axe, and a destructive action asks first in a dialog", async ({
  page,
}) => {
  await signInAs(page, DEMO_USERS.counselor.email, DEMO_PASSWORD);
  await tour(page, "counselor", tourPages(demo).counselor, { phone: false, shots: SHOTS });

  await page.goto(`/families/${demo.familyId}`);
  const remove = page
    .getByTestId("member-row")
    .filter({ hasText: "Sam Bennett" })
    .getByRole("button", { name: "Remove Sam Bennett" });
  await remove.click();
  const dialog = page.getByRole("alertdialog", { name: "Remove Sam Bennett from Bennett family?" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, "remove-member dialog");
  await screenshot(page, "counselor-remove-dialog-desktop");
  await dialog.getByRole("button", { name: "Go back" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();
  await expect(page.getByTestId("member-row").filter({ hasText: "Sam Bennett" })).toHaveCount(1);
});

for (const who of ["parent", "teen"] as const) {
  test(`every page the demo ${who} reaches passes axe`, async ({ page }) => {
    await signInAs(page, DEMO_USERS[who].email, DEMO_PASSWORD);
    await tour(page, who, tourPages(demo)[who], { phone: false, shots: who === "parent" ? SHOTS : [] });
  });
}

test("a session that ended early and one cancelled ahead are listed under past sessions, never upcoming", async ({
  page,
}) => {
  const { ended, cancelled, scheduled } = demo.sessions;
  for (const who of ["counselor", "parent"] as const) {
    await page.context().clearCookies();
    await signInAs(page, DEMO_USERS[who].email, DEMO_PASSWORD);
    await page.goto(`/families/${demo.familyId}`);
    const upcoming = page.getByRole("region", { name: "Upcoming sessions" });
    const past = page.getByRole("region", { name: "Past sessions" });
    const link = (id: string) => `a[href="/sessions/${id}"]`;
    await expect(upcoming.locator(link(scheduled.id))).toBeVisible();
    await expect(past.locator(link(ended.id))).toBeVisible();
    await expect(past.locator(link(cancelled.id))).toBeVisible();
    await expect(upcoming.locator(link(ended.id))).toHaveCount(0);
    await expect(upcoming.locator(link(cancelled.id))).toHaveCount(0);
    // Home and the schedule's agenda list only what is still to come.
    for (const path of ["/", "/schedule"]) {
      await page.goto(path);
      await expect(page.getByTestId("session-item").locator(link(ended.id))).toHaveCount(0);
      await expect(page.getByTestId("session-item").locator(link(cancelled.id))).toHaveCount(0);
    }
  }
});

test("the time-zone picker opens on the chosen zone, filters as one types, and chooses with the keyboard", async ({
  page,
}) => {
  await signInAs(page, DEMO_USERS.counselor.email, DEMO_PASSWORD);
  await page.goto(`/families/${demo.familyId}/schedule`);
  const picker = page.getByRole("button", { name: /^Time zone/ });
  await expect(picker).toHaveAttribute("data-value", "America/New_York");
  await picker.click();
  const search = page.getByRole("combobox", { name: "Search time zone" });
  await expect(search).toBeFocused();
  const zones = page.getByRole("listbox", { name: "Time zone" });
  await expect(zones.getByRole("option", { selected: true })).toHaveText(/Eastern Time — New York \(UTC−0[45]:00\)/);
  // It opens scrolled to the zone already chosen.
  await expect(zones.getByRole("option", { selected: true })).toBeInViewport();
  await expectAccessible(page, "time-zone picker open");
  await screenshot(page, "counselor-timezone-open-desktop");
  await search.fill("tokyo");
  await expect(zones.getByRole("option")).toHaveText([/Japan Standard Time — Tokyo \(UTC\+09:00\)/]);
  await search.press("ArrowDown");
  await search.press("Enter");
  await expect(picker).toHaveAttribute("data-value", "Asia/Tokyo");
  await expect(page.locator('input[type="hidden"][name="timeZone"]')).toHaveValue("Asia/Tokyo");
  // Escape closes without changing the choice, and focus returns to the field.
  await picker.click();
  await page.getByRole("combobox", { name: "Search time zone" }).fill("london");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("listbox")).toHaveCount(0);
  await expect(picker).toBeFocused();
  await expect(picker).toHaveAttribute("data-value", "Asia/Tokyo");
});
