import { describe, expect, it } from "vitest";
import { checkChromium } from "./chromium";

const MISSING = "/no/such/chromium";
const chromiumSays = () => "Chromium 156.0.8078.73 built on Debian";

describe("checkChromium", () => {
  it("takes the system Chromium when there is one", () => {
    expect(checkChromium({}, MISSING, chromiumSays, process.execPath)).toEqual({
      ok: true,
      path: process.execPath,
    });
  });

  it("asks for a download when there is no system Chromium and none of Playwright's own", () => {
    expect(checkChromium({}, MISSING, chromiumSays, MISSING)).toMatchObject({
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
