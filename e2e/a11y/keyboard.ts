import { expect, test, type APIRequestContext, type Locator, type Page } from "../support/test";
import { EMULATOR_URL } from "../env";
import { galleryLoaded, latestCode } from "../support/emulator";

/**
 * A keyboard user's moves for e2e/a11y: Tab until something has the focus, check that the
 * focus can be seen, and sign in through img.pro's hosted pages without a pointer.
 */

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}) {
  const key = backwards ? "Shift+Tab" : "Tab";
  await expect(target).toBeVisible();
  // Tab passes over a disabled control (Choose images, until the page has hydrated).
  await expect(target).toBeEnabled();
  for (let presses = 0; presses < max && !(await isFocused(target)); presses += 1) {
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
  if (!(await focusRing(target)).focusVisible) {
    // Seen once in 2-core CI: a tile's checkbox, reached by Tab, focused but not matching
    // :focus-visible, most likely moved by a refetch that reordered the grid under the focus
    // (tiles now keep their places: keepShownOrder). Should it happen again, a keyboard user
    // who lost the ring steps away and back; so do we, and the report says so. Reaching the
    // target by Tab must still show the ring below.
    test.info().annotations.push({
      type: "focus ring re-shown",
      description: `${await target.evaluate((element) => element.outerHTML.slice(0, 120))}`,
    });
    await page.keyboard.press(backwards ? "Tab" : "Shift+Tab");
    await page.keyboard.press(key);
  }
  await expectVisibleFocus(target);
}

const focusRing = (target: Locator) =>
  target.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      focusVisible: element.matches(":focus-visible"),
      outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
      transparent: style.outlineColor === "transparent" || /, 0\)$/.test(style.outlineColor),
    };
  });

/** Focused, and drawn so: a keyboard focus outline a sighted user can see. */
export async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  expect(await focusRing(target), "a visible focus outline").toEqual({
    focusVisible: true,
    outline: true,
    transparent: false,
  });
}

/** Landing page -> img.pro's hosted login (the emulator's pages) -> the gallery. */
export async function signInByKeyboard(page: Page, request: APIRequestContext, email: string) {
  await page.goto("/");
  await tabTo(page, page.getByRole("link", { name: "Continue with img.pro" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/connect\\?`));
  await tabTo(page, page.getByLabel("Email address"));
  await page.keyboard.type(email);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await tabTo(page, page.getByLabel("One-time code"));
  await page.keyboard.type(await latestCode(request, email));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Connect" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/gallery$/);
  await galleryLoaded(page);
}
