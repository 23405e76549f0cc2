// Playwright fixtures: direct access to the e2e server's database for
// factories, and sign-in through next-auth's own endpoints (no typing).
import { AxeBuilder } from "@axe-core/playwright";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
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

/** axe's violations on the page as it is now, one line per rule with the first elements it found. */
async function axeViolations(page: Page): Promise<string[]> {
  // While router.refresh() re-renders after a form's success message is already shown, Next swaps the
  // page's <title> and for a moment the document has none. Wait for it briefly; a title that never comes
  // is still reported by axe (document-title).
  await page.waitForFunction(() => document.title !== "", null, { timeout: 3000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes
        .map((node) => node.target.join(" "))
        .slice(0, 5)
        .join("\n    ")}`,
  );
}

/**
 * Every accessibility rule axe runs by default (WCAG 2.0–2.2 A/AA and best practice), on the page as it
 * is now. Call it at each state a test reaches (a page, an open dialog, a held message…): the
 * product's bar is zero violations on every state the suite visits. The failure lists each
 * violation with the elements it found, so it can be fixed without re-running. (Every test also
 * gets one run over each page it leaves open: see `accessibleAtTheEnd` below.)
 */
export async function expectAccessible(page: Page, state = ""): Promise<void> {
  expect(await axeViolations(page), `axe on ${page.url()} ${state}`.trim()).toEqual([]);
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

/** The counselor puts the room in speaker–listener mode from the console's floor controls. */
export async function setSpeakerListener(page: Page, speakerId: string, listenerId: string): Promise<void> {
  await page.getByLabel("Mode").selectOption("SPEAKER_LISTENER");
  await page.getByLabel("Speaker").selectOption(speakerId);
  await page.getByLabel("Listener").selectOption(listenerId);
  await page.getByRole("button", { name: "Apply mode" }).click();
}

/** A member writes a message the rules nudge, and sends it anyway: under strict rules it is then held. */
export async function sendAnyway(page: Page, text: string): Promise<void> {
  await page.getByLabel("Your message").fill(text);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await page
    .getByTestId("nudge")
    .getByRole("button", { name: /Send mine anyway/ })
    .click();
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

/** The pages a test leaves open in its contexts: closed pages and empty tabs have nothing to check. */
function openPages(contexts: BrowserContext[]): Page[] {
  return contexts.flatMap((context) =>
    context.pages().filter((page) => !page.isClosed() && page.url() !== "about:blank"),
  );
}

/** axe on a page that may still be finishing a navigation the test started just before it ended. */
async function violationsOnceLoaded(page: Page): Promise<string[]> {
  await page.waitForLoadState("load");
  try {
    return await axeViolations(page);
  } catch (error) {
    if (!String(error).includes("Execution context was destroyed")) throw error;
    await page.waitForLoadState("load");
    return await axeViolations(page);
  }
}

export const test = base.extend<{ accessibleAtTheEnd: void }>({
  /**
   * After every test, axe runs over every page still open in every browser context the test used:
   * the default `page`'s context and each one the test opened itself (`pageAs`, `browser.newContext`).
   * A state a test ends on is then checked even where the spec has no `expectAccessible` call; the
   * calls stay for the states passed through on the way. The contexts the test opened are closed
   * here afterwards (Playwright only closes its own), so live rooms left open do not slow the next
   * test. A test that already failed is not checked again: its own failure is the one to read.
   */
  accessibleAtTheEnd: [
    async ({ browser, context }, use, testInfo) => {
      const before = new Set(browser.contexts());
      before.delete(context);
      await use();
      const opened = browser.contexts().filter((each) => !before.has(each) && each !== context);
      try {
        if (testInfo.status !== testInfo.expectedStatus || testInfo.status === "skipped") return;
        const problems: string[] = [];
        for (const page of openPages([context, ...opened])) {
          const found = await violationsOnceLoaded(page);
          if (found.length) problems.push(`${page.url()}\n  ${found.join("\n  ")}`);
        }
        expect(
          problems,
          `axe on the pages "${testInfo.titlePath.slice(1).join(" › ")}" ended on:\n${problems.join("\n")}`,
        ).toEqual([]);
      } finally {
        await Promise.all(opened.map((each) => each.close()));
      }
    },
    { auto: true, timeout: 60_000 },
  ],
});
export { expect };
