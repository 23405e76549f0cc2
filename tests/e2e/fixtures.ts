// Playwright fixtures: direct access to the e2e server's database for
// factories, and sign-in through next-auth's own endpoints (no typing).
import { AxeBuilder } from "@axe-core/playwright";
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

/**
 * Every accessibility rule axe runs by default (WCAG 2.0–2.2 A/AA and best practice), on the page as it
 * is now. Call it at each state a test reaches (a page, an open dialog, a held message…): the
 * product's bar is zero violations on every state the suite visits. The failure lists each
 * violation with the elements it found, so it can be fixed without re-running.
 */
export async function expectAccessible(page: Page, state = ""): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes
        .map((node) => node.target.join(" "))
        .slice(0, 5)
        .join("\n    ")}`,
  );
  expect(found, `axe on ${page.url()} ${state}`.trim()).toEqual([]);
}

/** Nothing on the page is wider than the window (on a 390-px phone every page must fit). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(widths.page, `page ${page.url()} is ${widths.page}px wide in a ${widths.window}px window`).toBeLessThanOrEqual(
    widths.window,
  );
}

/** The element is inside the window as it is now, without scrolling the page. */
export async function expectInViewport(page: Page, locator: ReturnType<Page["locator"]>): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box, "element is rendered").not.toBeNull();
  expect(viewport).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.y, "element starts inside the window").toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, "element ends inside the window").toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width, "element fits the window's width").toBeLessThanOrEqual(viewport.width);
}

/**
 * Below 1100 px the counselor's console shows one pane at a time behind a switcher
 * ("Conversation", "Waiting", "Controls"); this opens one. On a desktop every pane is shown.
 */
export async function showConsolePane(page: Page, pane: "Conversation" | "Waiting" | "Controls"): Promise<void> {
  const button = page
    .getByRole("navigation", { name: "Console sections" })
    .getByRole("button", { name: new RegExp(`^${pane}`) });
  if (await button.isVisible()) await button.click();
}

/** The counselor ends the session and confirms it in the dialog that asks first. */
export async function endTheSession(page: Page): Promise<void> {
  await page.getByRole("button", { name: "End the session" }).click();
  await page
    .getByRole("alertdialog", { name: "End the session for everyone?" })
    .getByRole("button", { name: "End the session" })
    .click();
}

/**
 * A screenshot for a person to look at, only when MEND_SCREENSHOTS names a folder
 * (`MEND_SCREENSHOTS=/tmp/shots npx playwright test …`); CI takes none.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.MEND_SCREENSHOTS;
  if (!folder) return;
  await page.screenshot({ path: `${folder}/${name}.png` });
}

export const test = base;
export { expect };
