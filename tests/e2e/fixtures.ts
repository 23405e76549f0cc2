// Playwright fixtures: direct access to the e2e server's database for
// factories, and sign-in through next-auth's own endpoints (no typing).
import { test as base, expect, type Page } from "@playwright/test";
import { E2E_PG_PORT } from "../../playwright.config";

process.env.DATABASE_URL ??= `postgresql://postgres:mend-embedded@127.0.0.1:${E2E_PG_PORT}/mend`;

export async function signInAs(page: Page, email: string, password: string): Promise<void> {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.ok()).toBe(true);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user?.email).toBe(email);
}

export const test = base;
export { expect };
