// Visits a list of pages and checks each one, collecting every problem before
// failing, so one run lists all of them (each named by page and person).
import type { Page } from "@playwright/test";
import { expect, expectAccessible, expectNoHorizontalOverflow } from "./fixtures";

export const SCREENSHOTS = process.env.MEND_SCREENSHOTS;

/** The whole page, and (for reading at a glance) what the first screen shows. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-first-screen.png` });
}

export async function tour(
  page: Page,
  who: string,
  pages: { name: string; path: string }[],
  options: { phone: boolean; shots?: string[] },
): Promise<void> {
  const problems: string[] = [];
  for (const { name, path } of pages) {
    const response = await page.goto(path);
    // Every page answers (a 404 page is a page too); a server error is a problem.
    if (!response || response.status() >= 500) problems.push(`${who} ${name} (${path}): HTTP ${response?.status()}`);
    await expect(page.locator("main h1").first()).toBeVisible();
    for (const check of [
      () => expectAccessible(page, `${who} ${name}`),
      ...(options.phone ? [() => expectNoHorizontalOverflow(page)] : []),
    ]) {
      try {
        await check();
      } catch (error) {
        problems.push(`${who} ${name} (${path}): ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (options.shots?.includes(name)) await screenshot(page, `${who}-${name}-${options.phone ? "phone" : "desktop"}`);
  }
  expect(problems, problems.join("\n\n")).toEqual([]);
}
