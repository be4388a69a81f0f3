import { accessSync, constants, existsSync } from "node:fs";

/** Debian's and Ubuntu's Chromium package: Playwright cannot download its own on our CI. */
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/**
 * The Chromium the end-to-end tests launch: PLAYWRIGHT_CHROMIUM_PATH when set, the system's
 * when there is one, otherwise undefined (Playwright's own download).
 */
export function configuredChromium(
  env: Record<string, string | undefined> = process.env,
  system = SYSTEM_CHROMIUM,
): string | undefined {
  return env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync(system) ? system : undefined);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const INSTALL_HELP = [
  "Install a Chromium for the end-to-end tests, then run npm test again:",
  "  npx playwright install chromium          (Playwright's own build; needs internet)",
  "  sudo apt-get install chromium            (Debian or Ubuntu; used from /usr/bin/chromium)",
  "or point PLAYWRIGHT_CHROMIUM_PATH at a Chromium or Chrome you have.",
].join("\n");

export type ChromiumCheck =
  { ok: true; path: string } | { ok: false; reason: string; canDownload: boolean };

/**
 * Whether the tests have a browser to launch. `ownBuild` is where Playwright's own Chromium
 * lives (it may not be downloaded); `version` runs a binary with --version.
 */
export function checkChromium(
  env: Record<string, string | undefined>,
  ownBuild: string,
  version: (file: string) => string | null,
  system = SYSTEM_CHROMIUM,
): ChromiumCheck {
  const chosen = configuredChromium(env, system);
  const path = chosen ?? ownBuild;
  if (!isExecutable(path)) {
    if (env.PLAYWRIGHT_CHROMIUM_PATH)
      return {
        ok: false,
        canDownload: false,
        reason: `PLAYWRIGHT_CHROMIUM_PATH is ${env.PLAYWRIGHT_CHROMIUM_PATH}, which is not a program this user can run. Fix the path, or unset it.`,
      };
    return { ok: false, canDownload: true, reason: "No Chromium was found for the tests." };
  }
  const said = version(path);
  if (!said || !/chrom/i.test(said))
    return {
      ok: false,
      canDownload: false,
      reason: `${path} did not answer --version as Chromium or Chrome does (it said: ${said?.split("\n")[0] ?? "nothing"}).`,
    };
  return { ok: true, path };
}
