import { describe, expect, it } from "vitest";
import { checkChromium, configuredChromium, showsWindow } from "./chromium";

const MISSING = "/no/such/chromium";
const chromiumSays = () => "Chromium 156.0.8078.73 built on Debian";
const HERE = process.execPath;

describe("configuredChromium", () => {
  it("runs headless in the system's headless shell when there is one", () => {
    expect(configuredChromium({}, { system: HERE, headlessShell: HERE })).toBe(HERE);
    expect(configuredChromium({}, { system: MISSING, headlessShell: HERE })).toBe(HERE);
  });

  it("takes the full system Chromium for a window, or when there is no headless shell", () => {
    const full = configuredChromium({}, { headed: true, system: HERE, headlessShell: HERE });
    expect(full).toBe(HERE);
    expect(configuredChromium({}, { headed: true, system: MISSING, headlessShell: HERE })).toBe(
      undefined,
    );
    expect(configuredChromium({}, { system: HERE, headlessShell: MISSING })).toBe(HERE);
  });

  it("leaves the choice to Playwright when the system has neither", () => {
    expect(configuredChromium({}, { system: MISSING, headlessShell: MISSING })).toBe(undefined);
  });

  it("lets PLAYWRIGHT_CHROMIUM_PATH override everything", () => {
    const env = { PLAYWRIGHT_CHROMIUM_PATH: "/opt/chrome" };
    expect(configuredChromium(env, { system: HERE, headlessShell: HERE })).toBe("/opt/chrome");
  });
});

describe("showsWindow", () => {
  it("knows the flags that show a window, and PWDEBUG", () => {
    const run = ["node", "playwright", "test"];
    expect(showsWindow(run, {})).toBe(false);
    expect(showsWindow([...run, "e2e/gallery", "--project", "chromium"], {})).toBe(false);
    for (const flag of ["--headed", "--debug", "--ui", "--ui-port=8080", "--ui-host=0.0.0.0"]) {
      expect(showsWindow([...run, flag], {}), flag).toBe(true);
    }
    expect(showsWindow(run, { PWDEBUG: "1" })).toBe(true);
    expect(showsWindow(run, { PWDEBUG: "console" })).toBe(true);
    expect(showsWindow(run, { PWDEBUG: "0" })).toBe(false);
  });
});

describe("checkChromium", () => {
  it("takes the system Chromium when there is one", () => {
    expect(
      checkChromium({}, MISSING, chromiumSays, { system: HERE, headlessShell: MISSING }),
    ).toEqual({
      ok: true,
      path: HERE,
    });
  });

  it("asks for a download when there is no system Chromium and none of Playwright's own", () => {
    expect(
      checkChromium({}, MISSING, chromiumSays, { system: MISSING, headlessShell: MISSING }),
    ).toMatchObject({
      ok: false,
      canDownload: true,
    });
  });

  it("never downloads over a wrong PLAYWRIGHT_CHROMIUM_PATH, and names it", () => {
    const check = checkChromium({ PLAYWRIGHT_CHROMIUM_PATH: MISSING }, MISSING, chromiumSays);
    expect(check).toMatchObject({ ok: false, canDownload: false });
    expect(!check.ok && check.reason).toContain(`PLAYWRIGHT_CHROMIUM_PATH is ${MISSING}`);
  });

  it("refuses a program that is not a Chromium", () => {
    const check = checkChromium(
      { PLAYWRIGHT_CHROMIUM_PATH: process.execPath },
      MISSING,
      () => "v20.20.2",
    );
    expect(check).toMatchObject({ ok: false, canDownload: false });
    expect(!check.ok && check.reason).toContain("did not answer --version as Chromium");
  });
});
