import { readFileSync } from "node:fs";
import { DateTime } from "luxon";
import { expect, expectAccessible, saveScreenshot, signInAs, test } from "./fixtures";
import { createUser, TEST_PASSWORD, uniqueEmail } from "../support/factories";
import { invitationTokenFor } from "../support/mailbox";

// The first of March next year: a weekly series from there crosses the US
// spring-forward change (second Sunday of March) while the UK has not changed yet.
const year = DateTime.now().year + 1;
const firstDate = `${year}-03-01`;

test("a counselor sets up a family and a weekly series that each member sees in their own time zone", async ({
  page,
  browser,
  baseURL,
}) => {
  const counselor = await createUser({ role: "COUNSELOR", name: "Dr. Ana Ortiz", timeZone: "America/New_York" });
  await signInAs(page, counselor.email, TEST_PASSWORD);

  // The family case.
  await page.goto("/families/new");
  await page.getByLabel("Family name").fill("Ortiz family");
  await expectAccessible(page, "new family form filled in");
  await page.getByRole("button", { name: "Create family case" }).click();
  await expect(page.getByRole("heading", { name: "Ortiz family" })).toBeVisible();

  // Invitations for a mother and her son.
  const momEmail = uniqueEmail("rosa");
  const sonEmail = uniqueEmail("leo");
  const invite = page.getByTestId("invite-form");
  for (const [name, email, role] of [
    ["Rosa Ortiz", momEmail, "PARENT"],
    ["Leo Ortiz", sonEmail, "TEEN"],
  ]) {
    await invite.getByLabel("Name").fill(name);
    await invite.getByLabel("Email").fill(email);
    await invite.getByLabel("Role").selectOption(role);
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await expect(invite.getByRole("status")).toHaveText(`Invitation sent to ${email}.`);
  }
  await expect(page.getByTestId("invitation-row")).toHaveCount(2);
  await expectAccessible(page, "two invitations sent");

  // Each accepts in their own browser, in their own time zone.
  const joined: Record<string, import("@playwright/test").Page> = {};
  for (const [key, email, zone, first] of [
    ["mom", momEmail, "America/New_York", "Rosa"],
    ["son", sonEmail, "Europe/London", "Leo"],
  ] as const) {
    const context = await browser.newContext({ baseURL, timezoneId: zone });
    const memberPage = await context.newPage();
    await memberPage.goto(`/invitations/${await invitationTokenFor(email)}`);
    await expect(memberPage.getByRole("heading", { name: "Join Ortiz family" })).toBeVisible();
    // The picker guesses the zone from the browser; the form sends its IANA id.
    await expect(memberPage.getByTestId("timeZone-picker")).toHaveAttribute("data-value", zone);
    await expect(memberPage.locator('input[type="hidden"][name="timeZone"]')).toHaveValue(zone);
    await expectAccessible(memberPage, `invitation for ${first}`);
    await memberPage.getByLabel("Choose a password").fill("river-otter-lamp-42");
    await memberPage.getByRole("button", { name: "Create account and join" }).click();
    await expect(memberPage.getByRole("heading", { name: `Hi, ${first}` })).toBeVisible();
    await expect(memberPage.getByText("No session is scheduled yet")).toBeVisible();
    await expectAccessible(memberPage, `${first}'s first home`);
    joined[key] = memberPage;
  }
  await page.reload();
  await expect(page.getByTestId("member-row")).toHaveCount(2);
  await expect(page.getByTestId("invitation-row")).toHaveCount(0);

  // A weekly series of six, at 17:00 New York time.
  await page.getByRole("link", { name: "Schedule a session" }).click();
  const form = page.getByTestId("schedule-form");
  await form.getByLabel("Title").fill("Family session");
  await form.getByLabel("Date").fill(firstDate);
  await form.getByLabel("Start time").fill("17:00");
  // Before scheduling, the counselor sees each member's own clock: 22:00 in London is late for the son.
  const clocks = form.getByTestId("family-clocks");
  await expect(clocks).toContainText("17:00 EST");
  await expect(clocks.getByRole("listitem").filter({ hasText: "22:00 GMT" })).toContainText("early or late for them");
  await saveScreenshot(page, "schedule-form-family-clocks");
  await form.getByLabel("Repeats").selectOption("WEEKLY");
  await form.getByLabel("Number of sessions", { exact: true }).fill("6");
  await expectAccessible(page, "a weekly series mid-edit");
  await form.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("heading", { name: "Upcoming sessions" })).toBeVisible();
  await expect(page.getByTestId("session-item")).toHaveCount(6);
  await expectAccessible(page, "six sessions scheduled");

  // The mother sees 17:00 every week (EST, then EDT).
  const mom = joined.mom;
  await mom.reload();
  await expect(mom.getByTestId("next-session")).toContainText(`Mon 1 Mar ${year}, 17:00–17:50 EST`);
  await expect(mom.getByTestId("session-item")).toHaveCount(5);
  await expect(mom.getByTestId("session-item").nth(1)).toContainText("17:00–17:50 EDT");

  // The son in London sees 22:00 GMT, then 21:00 GMT once the US has changed.
  const son = joined.son;
  await son.reload();
  await expect(son.getByTestId("next-session")).toContainText(`Mon 1 Mar ${year}, 22:00–22:50 GMT`);
  await expectAccessible(son, "the son's home with the series");
  await expect(son.getByTestId("session-item").nth(1)).toContainText("21:00–21:50 GMT");

  // And downloads the first session for his calendar.
  await son.getByTestId("next-session").getByRole("link", { name: "Family session" }).click();
  await expect(son.getByTestId("session-time")).toHaveText(`Mon 1 Mar ${year}, 22:00–22:50 GMT`);
  const [download] = await Promise.all([
    son.waitForEvent("download"),
    son.getByRole("link", { name: "Add to calendar (.ics)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`mend-session-${year}-03-01.ics`);
  const ics = readFileSync((await download.path())!, "utf8");
  expect(ics).toContain("BEGIN:VEVENT");
  expect(ics).toContain(`DTSTART:${year}0301T220000Z`);
  expect(ics).toContain("SUMMARY:Family session (Ortiz family)");

  // The counselor moves the first session by an hour. The form works in the session's own zone and
  // names it as the rest of Mend does ("Eastern Time — New York (UTC−05:00)"), not as "America/New_York".
  await page.getByTestId("session-item").first().getByRole("link", { name: "Family session" }).click();
  const move = page.getByTestId("reschedule-form");
  const start = move.getByLabel("Start time");
  await expect(start).toHaveValue("17:00");
  await expect(start).toHaveAccessibleDescription("In Eastern Time — New York (UTC−05:00), the session's time zone.");
  await expect(move).not.toContainText("America/New_York");
  await start.fill("18:00");
  await move.getByLabel("Move which sessions").selectOption("ONE");
  await move.getByRole("button", { name: "Move session" }).click();
  await expect(move.getByRole("status")).toHaveText("Session moved. The family has been emailed.");
  await expectAccessible(page, "a session moved");
  await expect(page.getByTestId("session-time")).toHaveText(`Mon 1 Mar ${year}, 18:00–18:50 EST`);

  // Cancelling it: the page shows the session as cancelled at once, with no forms left to move or cancel it.
  const cancel = page.getByTestId("cancel-form");
  await cancel.getByLabel("Reason (the family sees this)").fill("I am ill that week.");
  await cancel.getByLabel("Cancel which sessions").selectOption("ONE");
  await cancel.getByRole("button", { name: "Cancel session" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel session" }).click();
  await expect(page.getByTestId("session-status")).toHaveText("Cancelled");
  await expect(page.getByTestId("cancel-form")).toHaveCount(0);
  await expect(page.getByTestId("reschedule-form")).toHaveCount(0);
});

test("an unusable invitation link says why and offers only a way to sign in", async ({ page }) => {
  await page.goto("/invitations/this-link-was-never-issued-by-mend-0000000");
  await expect(page.getByTestId("invitation-unusable")).toHaveText(/This invitation link is not valid/);
  await expect(page.getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sign in to Mend" })).toHaveAttribute("href", "/login");
});

test("an unusable invitation link opened while signed in leads home, not to a sign-in", async ({ page }) => {
  const teen = await createUser({ role: "TEEN", name: "Ada Signed-In" });
  await signInAs(page, teen.email, TEST_PASSWORD);
  await page.goto("/invitations/this-link-was-never-issued-by-mend-0000000");
  await expect(page.getByTestId("invitation-unusable")).toBeVisible();
  await expect(page.getByTestId("invitation-signed-in")).toContainText("You are signed in as Ada Signed-In");
  await expect(page.getByRole("link", { name: "Go to your home page" })).toHaveAttribute("href", "/");
  await expect(page.getByRole("link", { name: "Sign in to Mend" })).toHaveCount(0);
  await expectAccessible(page, "an unusable invitation, signed in");
});

test("a signed-out visitor gets a 404 for a session's calendar file", async ({ request }) => {
  const response = await request.get("/api/sessions/cl000000000000000000000000/ics");
  expect(response.status()).toBe(404);
});
