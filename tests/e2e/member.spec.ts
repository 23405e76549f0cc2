import { DEMO_FAMILY_NAME, DEMO_PASSWORD, DEMO_USERS } from "@/lib/db/seed-demo";
import { expect, test } from "./fixtures";

test("the demo parent signs in and sees her family and counselor", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO_USERS.parent.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByRole("heading", { name: "Hi, Laura" })).toBeVisible();
  const family = page.getByTestId("family-card");
  await expect(family.getByRole("heading", { name: DEMO_FAMILY_NAME })).toBeVisible();
  await expect(family).toContainText(`Your counselor: ${DEMO_USERS.counselor.name}`);
  await expect(family.getByRole("list", { name: "Members" })).toContainText("Sam Bennett");
  // The counselor's private case description is never shown to a member.
  await expect(page.getByText("Frequent arguments")).toHaveCount(0);
});
