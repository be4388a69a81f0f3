import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/**
 * Runs axe-core on the page as it is now, with every rule on. A failure lists one line per
 * failing node, so it says what to fix without opening the trace.
 */
export async function expectNoViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(" ")}` +
        ` [${node.failureSummary?.replace(/\s+/g, " ")}]`,
    ),
  );
  expect(found, `axe violations: ${state}`).toEqual([]);
}
