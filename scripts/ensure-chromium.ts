import { execFileSync, spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { checkChromium, INSTALL_HELP } from "./chromium";

/**
 * Runs before the end-to-end tests: a fresh laptop without a browser gets Playwright's
 * Chromium downloaded; where it cannot be downloaded (no internet, as on our CI machines,
 * which install Debian's instead), the run stops at once with the command to run.
 */
const versionOf = (file: string) => {
  try {
    return execFileSync(file, ["--version"], {
      encoding: "utf8",
      timeout: 20_000,
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return null;
  }
};

let check = checkChromium(process.env, chromium.executablePath(), versionOf);
if (!check.ok && check.canDownload) {
  console.log("No Chromium for the end-to-end tests: downloading Playwright's (one time)...");
  const install = spawnSync("npx", ["playwright", "install", "chromium"], {
    stdio: "inherit",
    timeout: 300_000,
  });
  if (install.status === 0)
    check = checkChromium(process.env, chromium.executablePath(), versionOf);
  else
    check = {
      ok: false,
      canDownload: false,
      reason: "Playwright's Chromium could not be downloaded.",
    };
}
if (!check.ok) {
  console.error(`\n${check.reason}\n\n${INSTALL_HELP}\n`);
  process.exit(1);
}
