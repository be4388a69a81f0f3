import { test as base, expect, type BrowserContext, type ConsoleMessage } from "@playwright/test";

export * from "@playwright/test";

/**
 * Every spec imports `test` from here, not from @playwright/test: an uncaught exception in a
 * page, or a console error, fails the test that caused it. A green run that logged React's
 * "Too many re-renders" once hid a gallery that did not work under `npm run dev`.
 */

/** A console error a test may cause on purpose, with the reason it is harmless there. */
export interface AllowedPageError {
  pattern: RegExp;
  reason: string;
}

/**
 * The browser logs "Failed to load resource" for every answer >= 400, including the ones the
 * app asked for and handles: its own data routes answering a refusal that the UI then shows
 * (a test's injected fault, an expired session). The app's pages, scripts, styles, images and
 * icons are not covered: a 404 there is a real fault.
 */
const FAILED_ANSWER = /^Failed to load resource: the server responded with a status of (4|5)\d\d/;

/**
 * A page's own document answering 4xx or 5xx logs the same line; the app then shows its
 * not-found or error page, which the test checks.
 */
function isHandledAnswer(message: ConsoleMessage): boolean {
  if (!FAILED_ANSWER.test(message.text())) return false;
  const url = message.location().url;
  return new URL(url, "http://x").pathname.startsWith("/api/") || url === message.page()?.url();
}

function describe(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return `console.error: ${message.text().slice(0, 500)}${url ? ` (${url}:${lineNumber})` : ""}`;
}

/**
 * A production page whose server render failed logs React's error #441 when the route's
 * error boundary catches it. Allowed only in tests that make img.pro fail on purpose and
 * check that the boundary says so and offers Retry.
 */
export const SERVER_RENDER_FAILED: AllowedPageError = {
  pattern: /Minified React error #441|An error occurred in the Server Components render/,
  reason: "img.pro was made to fail; the route's error boundary shows it and offers Retry",
};

/**
 * A test that blocks the app's own chunks on purpose: to see the page before hydration, or
 * code that loads on first use and now cannot.
 */
export const BLOCKED_SCRIPTS: AllowedPageError = {
  pattern: /^Failed to load resource: net::ERR_FAILED/,
  reason: "the test aborts the app's script and style chunks on purpose",
};

/** Collects page errors from a browser context; the fixture checks them after the test. */
function watchPageErrors(
  context: BrowserContext,
  allowed: readonly AllowedPageError[],
  problems: string[],
) {
  context.on("weberror", (error) => problems.push(`uncaught: ${error.error().message}`));
  context.on("console", (message) => {
    if (message.type() !== "error") return;
    if (isHandledAnswer(message)) return;
    if (allowed.some((entry) => entry.pattern.test(message.text()))) return;
    problems.push(describe(message));
  });
}

export const test = base.extend<{
  /** `pageErrors.allow(entry)`: a console error this test causes on purpose, with why. */
  pageErrors: { allow(entry: AllowedPageError): void };
}>({
  pageErrors: [
    async ({ context }, use) => {
      const problems: string[] = [];
      const allowed: AllowedPageError[] = [];
      watchPageErrors(context, allowed, problems);
      await use({ allow: (entry) => void allowed.push(entry) });
      expect(problems, "errors in the page (see e2e/support/test.ts)").toEqual([]);
    },
    { auto: true },
  ],
});
