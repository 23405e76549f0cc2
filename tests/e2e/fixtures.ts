// Playwright fixtures: direct access to the e2e server's database for
// factories, and sign-in through next-auth's own endpoints (no typing).
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { E2E_PG_PORT, E2E_SECRET } from "../../playwright.config";

process.env.DATABASE_URL ??= `postgresql://postgres:mend-embedded@127.0.0.1:${E2E_PG_PORT}/mend`;
process.env.NEXTAUTH_SECRET ??= E2E_SECRET;

export async function signInAs(page: Page, email: string, password: string): Promise<void> {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.ok()).toBe(true);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user?.email).toBe(email);
}

/** A signed-in page in its own browser context (its own cookies), as a second person would have. */
export async function pageAs(browser: Browser, baseURL: string, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInAs(page, email, password);
  return page;
}

export const test = base;
export { expect };
