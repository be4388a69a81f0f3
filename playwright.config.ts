import { defineConfig, devices } from "@playwright/test";
import { DEMO_APP } from "./emulator/demo-app";
import { configuredChromium, showsWindow } from "./scripts/chromium";
import {
  APP_PORT,
  APP_URL,
  CONSTRAINED_APP_PORT,
  CONSTRAINED_APP_URL,
  CONSTRAINED_CALL_TIMEOUT_MS,
  CONSTRAINED_UPLOAD_LIMIT,
  CONSTRAINED_UPLOAD_TIMEOUT_MS,
  DEV_APP_PORT,
  DEV_APP_URL,
  DEV_DIST_DIR,
  E2E_SESSION_SECRET,
  EMULATOR_PORT,
  EMULATOR_URL,
} from "./e2e/env";

/**
 * Whether this run shows a window. Decided once, in the runner's process, which sees the
 * command line; the workers load this file again without it and inherit the variable.
 */
process.env.E2E_HEADED ||= String(showsWindow(process.argv));

/**
 * Playwright cannot download its own browser on our machines: use Debian's when it is there
 * (its headless shell for a headless run; PLAYWRIGHT_CHROMIUM_PATH overrides), Playwright's
 * own otherwise. `npm run test:e2e` checks first that there is one (scripts/ensure-chromium.ts).
 */
const chromiumPath = configuredChromium(process.env, {
  headed: process.env.E2E_HEADED === "true",
});

const chromium = {
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
};

/**
 * The end-to-end suite runs the whole product under another name than lib/site.ts's default,
 * servers and tests alike: renaming the app (a fork's first change) keeps it green. Set
 * before the servers and workers start, which inherit it.
 */
process.env.NEXT_PUBLIC_APP_NAME ||= "Lumen Album";

/** The app's configuration for the servers the tests start, against the test emulator. */
const appEnv = {
  IMGPRO_APP_ID: DEMO_APP.id,
  IMGPRO_SECRET_KEY: DEMO_APP.secret,
  IMGPRO_API_URL: EMULATOR_URL,
  IMGPRO_WEB_URL: EMULATOR_URL,
  IMGPRO_CDN_URL: EMULATOR_URL,
  SESSION_SECRET: E2E_SESSION_SECRET,
  NEXT_TELEMETRY_DISABLED: "1",
};

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
    // An action (a click, a key, a locator's evaluate) that cannot happen fails in seconds with
    // its step named, instead of waiting out the whole test.
    actionTimeout: 15_000,
    // A failed test keeps its trace (actions with their logs, console, network), a screenshot
    // and the page's accessibility tree (error-context.md), but no screencast and no DOM
    // snapshots: recording them for every passing test cost a quarter of the suite's time,
    // and a tenth, on 2 cores.
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: false, sources: true },
    screenshot: "only-on-failure",
  },
  projects: [
    {
      // `next dev`, what README's first command starts: every page and the main flows. Listed
      // first so its two long walks start first, not last with a worker idle beside them.
      name: "dev",
      testDir: "e2e/dev",
      use: { ...chromium, baseURL: DEV_APP_URL, actionTimeout: 30_000 },
      // next dev compiles each route on its first request: seconds on two busy cores.
      expect: { timeout: 30_000 },
    },
    {
      // The production build, as deployed.
      name: "chromium",
      testIgnore: "dev/**",
      use: chromium,
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
        EMULATOR_REDIRECT_URIS: [APP_URL, CONSTRAINED_APP_URL, DEV_APP_URL]
          .map((origin) => `${origin}/callback`)
          .join(","),
      },
    },
    {
      // The production build, as deployed: `next build && next start`; the same build also
      // runs as a constrained deployment (see CONSTRAINED_APP_URL). Both stop with this command.
      command:
        `npx next build && (` +
        `UPLOAD_MAX_BYTES=${CONSTRAINED_UPLOAD_LIMIT} ` +
        `IMGPRO_UPLOAD_TIMEOUT_MS=${CONSTRAINED_UPLOAD_TIMEOUT_MS} ` +
        `IMGPRO_TIMEOUT_MS=${CONSTRAINED_CALL_TIMEOUT_MS} APP_URL=${CONSTRAINED_APP_URL} ` +
        `npx next start --port ${CONSTRAINED_APP_PORT} --keepAliveTimeout 75000 & ` +
        `npx next start --port ${APP_PORT} --keepAliveTimeout 75000)`,
      url: APP_URL,
      reuseExistingServer: false,
      timeout: 300_000,
      env: { ...appEnv, APP_URL },
    },
    {
      command: `npx next dev --port ${DEV_APP_PORT}`,
      url: DEV_APP_URL,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { ...appEnv, APP_URL: DEV_APP_URL, NEXT_DIST_DIR: DEV_DIST_DIR },
    },
  ],
});
