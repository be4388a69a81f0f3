import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { DEMO_APP } from "./emulator/demo-app";
import {
  APP_PORT,
  APP_URL,
  CONSTRAINED_APP_PORT,
  CONSTRAINED_APP_URL,
  CONSTRAINED_UPLOAD_LIMIT,
  CONSTRAINED_UPLOAD_TIMEOUT_MS,
  E2E_SESSION_SECRET,
  EMULATOR_PORT,
  EMULATOR_URL,
} from "./e2e/env";

/**
 * Playwright cannot download its own browser on our machines: use Debian's Chromium when it
 * is there (PLAYWRIGHT_CHROMIUM_PATH overrides), Playwright's own browser otherwise.
 */
const chromiumPath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ??
  (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: APP_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath,
          // Without these Chromium keeps dialling Google services the closed network refuses.
          args: [
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: "npm run emulator",
      url: `${EMULATOR_URL}/__emulator/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        EMULATOR_PORT: String(EMULATOR_PORT),
        EMULATOR_MEMORY: "1",
        EMULATOR_REDIRECT_URIS: `${APP_URL}/callback,${CONSTRAINED_APP_URL}/callback`,
      },
    },
    {
      // The production build, as deployed: `next build && next start`; the same build also
      // runs as a constrained deployment (see CONSTRAINED_APP_URL). Both stop with this command.
      command:
        `npx next build && (` +
        `UPLOAD_MAX_BYTES=${CONSTRAINED_UPLOAD_LIMIT} ` +
        `IMGPRO_UPLOAD_TIMEOUT_MS=${CONSTRAINED_UPLOAD_TIMEOUT_MS} APP_URL=${CONSTRAINED_APP_URL} ` +
        `npx next start --port ${CONSTRAINED_APP_PORT} --keepAliveTimeout 75000 & ` +
        `npx next start --port ${APP_PORT} --keepAliveTimeout 75000)`,
      url: APP_URL,
      reuseExistingServer: false,
      timeout: 300_000,
      env: {
        IMGPRO_APP_ID: DEMO_APP.id,
        IMGPRO_SECRET_KEY: DEMO_APP.secret,
        IMGPRO_API_URL: EMULATOR_URL,
        IMGPRO_WEB_URL: EMULATOR_URL,
        IMGPRO_CDN_URL: EMULATOR_URL,
        APP_URL,
        SESSION_SECRET: E2E_SESSION_SECRET,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
