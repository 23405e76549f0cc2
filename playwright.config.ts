import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// The e2e server: the production build, on its own port, with a fresh embedded
// PostgreSQL under .mend/e2e (wiped at each start) and the demo data.
// Both ports can be moved (E2E_PORT, E2E_PG_PORT) so two checkouts can run the suite at once.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_PG_PORT = Number(process.env.E2E_PG_PORT ?? 54339);
const baseURL = `http://localhost:${E2E_PORT}`;
/** Shared with the tests, which read sealed links from the outbox (lib/mail/sealed-link.ts). */
export const E2E_SECRET = "e2e-only-secret-not-used-anywhere-else-000";
const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Phone-only specs end in .phone.spec.ts; member.spec.ts runs on both.
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /\.phone\.spec\.ts$/ },
    {
      // The phone the issue names: 390 × 844 (an iPhone 12–14), touch, rendered by Chromium.
      name: "phone",
      use: {
        ...devices["Pixel 7"],
        channel: undefined,
        viewport: { width: 390, height: 844 },
        screen: { width: 390, height: 844 },
        deviceScaleFactor: 3,
      },
      testMatch: /(member\.spec|\.phone\.spec)\.ts$/,
    },
  ],
  webServer: {
    command: "rm -rf .mend/e2e && tsx server.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(E2E_PORT),
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: E2E_SECRET,
      MEND_DATA_DIR: ".mend/e2e",
      EMBEDDED_PG_PORT: String(E2E_PG_PORT),
      SEED_DEMO_DATA: "true",
      DATABASE_URL: "",
    },
  },
});
