import { prisma } from "@/lib/db/client";
import { expect, expectAccessible, signInAs, test } from "./fixtures";
import { createFamily, createUser, TEST_PASSWORD, uniqueEmail } from "../support/factories";
import { lastEmailTo, linkTokenFor } from "../support/mailbox";

test("a counselor signs up, confirms the email, signs in, signs out and signs in again", async ({ page }) => {
  const email = uniqueEmail("counselor");
  const password = "marble-sparrow-kettle";
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Dr. Ana Ortiz");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("sign-up-sent")).toContainText(`We sent an email to ${email}`);
  await expectAccessible(page, "sign-up email sent");
  expect(await prisma.user.count({ where: { email } })).toBe(0);

  await page.goto(`/signup/confirm/${await linkTokenFor(email, "sign-up-confirm", "/signup/confirm")}`);
  await expectAccessible(page, "confirm the email");
  await page.getByRole("button", { name: "Confirm and create my account" }).click();
  await expect(page).toHaveURL(/\/login\?reason=confirmed/);
  await expect(page.getByText("Your email is confirmed")).toBeVisible();
  await expectAccessible(page, "sign-in after confirming");

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Dr. Ana Ortiz" })).toBeVisible();
  await expect(page.getByTestId("no-families")).toBeVisible();
  await expectAccessible(page, "a new counselor's home");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out/);
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await expectAccessible(page, "signed out");

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Dr. Ana Ortiz" })).toBeVisible();
  await expect(page).toHaveURL("/");
});

test("a wrong password shows the error and keeps the person on the sign-in page", async ({ page }) => {
  const user = await createUser({ role: "PARENT" });
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("definitely-not-it");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText(
    "That email and password do not match an account. Check them and try again.",
  );
  await expectAccessible(page, "sign-in error");
  await expect(page).toHaveURL(/\/login/);
});

test("sign-up errors appear next to their fields, and a taken email gets the same answer as a new one", async ({
  page,
}) => {
  const taken = await createUser({ role: "COUNSELOR" });
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Dr. Weak");
  await page.getByLabel("Work email").fill("not-an-email");
  await page.getByLabel("Password").fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("email-error")).toHaveText("Enter a valid email address, like name@example.com.");
  await expect(page.getByTestId("password-error")).toHaveText("Use at least 10 characters.");
  await expect(page.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "sign-up field errors");

  await page.getByLabel("Work email").fill(taken.email);
  await page.getByLabel("Password").fill("lantern-quarry-meadow-8");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("sign-up-sent")).toContainText(`We sent an email to ${taken.email}`);
  expect(await prisma.user.count({ where: { name: "Dr. Weak" } })).toBe(0);
  expect((await lastEmailTo(taken.email))?.kind).toBe("sign-up-existing");
});

test("repeated wrong passwords slow down guessing with a clear message, without naming the account", async ({
  page,
}) => {
  const user = await createUser({ role: "TEEN" });
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  for (let i = 0; i < 6; i++) {
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("form-error")).toContainText("do not match");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toContainText("Too many sign-in attempts");
  await expect(page.getByTestId("form-error")).toContainText("seconds before trying again");
  await expectAccessible(page, "sign-in slowed down");
});

test("after sign-in, a ?next= that points off the site leads home instead", async ({ page, baseURL }) => {
  const user = await createUser({ role: "PARENT" });
  await page.goto("/login?next=/%5Cevil.example/");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: /^Hi,/ })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(page.url()).pathname).toBe("/");
});

test("a session cookie copied before sign-out does not work after it", async ({ page, browser, baseURL }) => {
  const user = await createUser({ role: "PARENT", name: "Copied Cookie" });
  await signInAs(page, user.email, TEST_PASSWORD);
  await page.goto("/");
  const copied = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out/);

  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(copied);
  const thiefPage = await thief.newPage();
  expect(await (await thiefPage.request.get("/api/auth/session")).json()).toEqual({});
  await thiefPage.goto("/");
  await expect(thiefPage).toHaveURL(/\/login/);
  await expectAccessible(thiefPage, "the copied cookie's sign-in page");
  await thief.close();
});

test("a counselor sees each of their families with its members", async ({ page }) => {
  const counselor = await createUser({ role: "COUNSELOR", name: "Dr. Lee" });
  const mom = await createUser({ role: "PARENT", name: "Rosa Díaz" });
  const teen = await createUser({ role: "TEEN", name: "Leo Díaz" });
  await createFamily({
    counselorId: counselor.id,
    name: "Díaz family",
    members: [
      { userId: mom.id, role: "PARENT" },
      { userId: teen.id, role: "TEEN" },
    ],
  });
  await signInAs(page, counselor.email, TEST_PASSWORD);
  await page.goto("/");
  const card = page.getByTestId("family-card");
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("heading", { name: "Díaz family" })).toBeVisible();
  await expect(card.getByRole("list", { name: "Members" })).toContainText("Rosa Díaz");
  await expect(card.getByRole("list", { name: "Members" })).toContainText("Leo Díaz");
});

test("after 30 minutes without activity the person is signed out and told why", async ({ page }) => {
  const user = await createUser({ role: "PARENT", name: "Idle Parent" });
  await signInAs(page, user.email, TEST_PASSWORD);
  await page.clock.install();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Hi, Idle" })).toBeVisible();
  await page.clock.fastForward("29:10");
  await expect(page.getByText("For your privacy you will be signed out in about a minute.")).toBeVisible();
  await expectAccessible(page, "idle warning");
  await page.clock.fastForward("01:00");
  await expect(page).toHaveURL(/\/login\?reason=idle/);
  await expect(page.getByText("You were signed out after 30 minutes without activity")).toBeVisible();
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session).toEqual({});
});

test("a person whose session ran out while the tab was closed is told why on return", async ({
  page,
  context,
  baseURL,
}) => {
  const thirtyOneMinutesAgo = Date.now() - 31 * 60_000;
  await context.addCookies([{ name: "mend_last_activity", value: String(thirtyOneMinutesAgo), url: baseURL! }]);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByText("You were signed out after 30 minutes without activity")).toBeVisible();
  await page.reload();
  await expect(page.getByText("You were signed out after 30 minutes without activity")).toHaveCount(0);
});

test("a page that needs a session sends a signed-out visitor to sign in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in to Mend" })).toBeVisible();
});
