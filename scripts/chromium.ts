import { accessSync, constants, existsSync } from "node:fs";

/** Debian's Chromium packages: Playwright cannot download its own on our CI. */
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const SYSTEM_HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

type ChromiumOptions = {
  /** A window is wanted (--headed, --ui, --debug): the headless shell cannot show one. */
  headed?: boolean;
  system?: string;
  headlessShell?: string;
};

/**
 * The Chromium the tests, the benchmark and the screenshots launch: PLAYWRIGHT_CHROMIUM_PATH
 * when set; for a headless run the system's headless shell when there is one, else the
 * system's Chromium; otherwise undefined (Playwright's own download). The headless shell is
 * what Playwright itself runs headless: the same engine without the desktop browser around
 * it, and about a third less time for the end-to-end suite on two cores.
 */
export function configuredChromium(
  env: Record<string, string | undefined> = process.env,
  {
    headed = false,
    system = SYSTEM_CHROMIUM,
    headlessShell = SYSTEM_HEADLESS_SHELL,
  }: ChromiumOptions = {},
): string | undefined {
  if (env.PLAYWRIGHT_CHROMIUM_PATH) return env.PLAYWRIGHT_CHROMIUM_PATH;
  if (!headed && existsSync(headlessShell)) return headlessShell;
  return existsSync(system) ? system : undefined;
}

/**
 * Whether a Playwright run shows a window: `--headed`, UI mode (`--ui`, or `--ui-port` and
 * `--ui-host`, which imply it), `--debug`, or PWDEBUG set (any value but "0").
 */
export function showsWindow(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): boolean {
  if (env.PWDEBUG && env.PWDEBUG !== "0") return true;
  return argv.some(
    (arg) =>
      arg === "--headed" ||
      arg === "--debug" ||
      arg === "--ui" ||
      arg.startsWith("--ui-port") ||
      arg.startsWith("--ui-host"),
  );
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
  "  sudo apt-get install chromium-headless-shell chromium",
  "                                           (Debian; used from /usr/bin)",
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
  installed: Omit<ChromiumOptions, "headed"> = {},
): ChromiumCheck {
  const chosen = configuredChromium(env, installed);
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
