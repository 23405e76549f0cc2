import { generate } from "otplib";
import { expect, expectAccessible, saveScreenshot, signInAs, test } from "./fixtures";
import { createUser, TEST_PASSWORD } from "../support/factories";
import { linkTokenFor } from "../support/mailbox";

const NEW_PASSWORD = "pelican-ember-stairway-19";

async function signInWithForm(page: import("@playwright/test").Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a person changes their password in Settings, is signed out, and signs in with the new one", async ({ page }) => {
  const user = await createUser({ role: "PARENT", name: "Rosa Díaz" });
  await signInAs(page, user.email, TEST_PASSWORD);
  await page.goto("/settings");
  const form = page.getByTestId("change-password-form");
  await form.getByLabel("Current password").fill("not-my-password");
  await form.getByLabel("New password").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByTestId("currentPassword-error")).toHaveText("That is not your current password.");
  await expectAccessible(page, "change-password field error");

  await form.getByLabel("Current password").fill(TEST_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/login\?reason=password-changed/);
  await expect(page.getByText("Your password has been changed")).toBeVisible();
  await expectAccessible(page, "signed out after a password change");

  await signInWithForm(page, user.email, TEST_PASSWORD);
  await expect(page.getByTestId("form-error")).toContainText("do not match");
  await expectAccessible(page, "the old password refused");
  await signInWithForm(page, user.email, NEW_PASSWORD);
  await expect(page.getByRole("heading", { name: "Hi, Rosa" })).toBeVisible();
});

test("a person who forgot their password resets it with the emailed link, once", async ({ page }) => {
  const user = await createUser({ role: "TEEN", name: "Leo Díaz" });
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgotten your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgotten your password?" })).toBeVisible();
  await expectAccessible(page, "forgotten password");
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("status")).toContainText(`If ${user.email} has a Mend account, we have sent it a link`);
  await expectAccessible(page, "reset link sent");

  const token = await linkTokenFor(user.email, "password-reset", "/reset-password");
  await page.goto(`/reset-password/${token}`);
  await page.getByLabel("New password").fill("password123");
  await page.getByRole("button", { name: "Save my new password" }).click();
  await expect(page.getByTestId("password-error")).toContainText("too easy to guess");
  await expectAccessible(page, "new password too easy");
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Save my new password" }).click();
  await expect(page).toHaveURL(/\/login\?reason=password-reset/);

  await signInWithForm(page, user.email, NEW_PASSWORD);
  await expect(page.getByRole("heading", { name: "Hi, Leo" })).toBeVisible();
  await page.goto(`/reset-password/${token}`);
  await expect(page.getByTestId("reset-unusable")).toBeVisible();
  await expectAccessible(page, "a used reset link");
});

test("a counselor turns on two-step sign-in and then signs in with a code from the app", async ({ page }) => {
  const counselor = await createUser({ role: "COUNSELOR", name: "Dr. Two Step" });
  await signInAs(page, counselor.email, TEST_PASSWORD);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await expectAccessible(page, "two-step setup: QR code and key");
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  const now = Math.floor(Date.now() / 1000);
  await page.getByLabel("6-digit code from the app").fill(await generate({ secret, epoch: now }));
  await page.getByLabel("Your password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  const codes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await expectAccessible(page, "two-step setup: recovery codes");
  await page.getByRole("button", { name: "I have saved them" }).click();
  await expect(page.getByTestId("two-factor-on")).toContainText("10 unused recovery codes");
  await expectAccessible(page, "two-step sign-in on");
  // New codes replace the old ones, with the password.
  await page.getByTestId("new-codes-form").getByLabel("Your password").fill(TEST_PASSWORD);
  await saveScreenshot(page, `${test.info().project.name}-two-factor-on`);
  await page.getByRole("button", { name: "Make new recovery codes" }).click();
  await expect(page.getByTestId("recovery-codes")).toContainText("the earlier codes no longer work");
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await page.getByRole("button", { name: "I have saved them" }).click();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed-out/);
  await signInWithForm(page, counselor.email, TEST_PASSWORD);
  await expect(page.getByLabel("Code from your authenticator app")).toBeVisible();
  await expectAccessible(page, "sign-in asks for the code");
  await page
    .getByLabel("Code from your authenticator app")
    .fill("000000" === (await generate({ secret, epoch: now + 30 })) ? "111111" : "000000");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("form-error")).toContainText("That code did not work");
  await expectAccessible(page, "a wrong code");
  // The next step's code: the enrolment code's step is already used, and one step ahead is accepted.
  await page.getByLabel("Code from your authenticator app").fill(await generate({ secret, epoch: now + 30 }));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Dr. Two Step" })).toBeVisible();
});
