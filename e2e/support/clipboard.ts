import type { Page } from "@playwright/test";

/** Makes this page's clipboard refuse writes, as a denied permission or an insecure origin does. */
export async function refuseClipboard(page: Page) {
  await page.evaluate(() => {
    Object.defineProperty(navigator.clipboard, "writeText", {
      configurable: true,
      value: () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")),
    });
  });
}
