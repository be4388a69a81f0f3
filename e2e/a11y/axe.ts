import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/**
 * The rules whose outcome depends on colours. The schemes differ only in colour (the same
 * markup, other custom properties), so the dark scan runs these and the light scan all.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * Runs axe-core on the page as it is now, every rule in the light scheme and the colour
 * rules again in the dark one: the page is not reloaded, only the system preference
 * switched, so a state reached by clicks is checked in both. A failure lists one line per
 * failing node, so it says what to fix without opening the trace. The page is left in the
 * light scheme.
 */
export async function expectNoViolations(page: Page, state: string) {
  // After a client-side navigation Next.js streams the new <title> in behind the content, so
  // a scan right after the content appears can meet a page with none (seen in a run).
  await expect(page, `${state} has a title`).toHaveTitle(/\S/);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    // Colours ease between schemes (transition-colors): scan the settled page, not a blend.
    // At most a second: a transition that is cancelled or never runs must not hang the scan.
    await page.evaluate(() =>
      Promise.race([
        Promise.allSettled(
          document
            .getAnimations()
            .filter((a) => a instanceof CSSTransition)
            .map((a) => a.finished),
        ),
        new Promise((resolve) => setTimeout(resolve, 1_000)),
      ]),
    );
    await expectNoViolationsNow(page, `${state} (${colorScheme})`, colorScheme === "dark");
  }
  await page.emulateMedia({ colorScheme: "light" });
}

async function expectNoViolationsNow(page: Page, state: string, coloursOnly: boolean) {
  // Legacy mode runs axe once in the page. The default runs it per frame, then again in a
  // new blank page to merge the frames' results: twice the injections of axe's 500 kB and
  // a page per scan, for iframes these pages do not have.
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const { violations } = await (
    coloursOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(TAGS)
  ).analyze();
  const found = violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(" ")}` +
        ` [${node.failureSummary?.replace(/\s+/g, " ")}]`,
    ),
  );
  expect(found, `axe violations: ${state}`).toEqual([]);
}
