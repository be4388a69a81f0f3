import { expect, type Page } from "@playwright/test";

/** The gallery grid's image tiles, in the order shown. */
export const gridTiles = (page: Page) =>
  page.getByTestId("image-grid").locator("li[data-image-id]");

/** The image ids of the tiles, in the order shown. */
export const gridTileIds = (page: Page) =>
  gridTiles(page).evaluateAll((items) => items.map((item) => item.getAttribute("data-image-id")));

/** Scrolls to the end of the grid, where the next page loads by itself. */
export const scrollToEnd = (page: Page) =>
  page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));

/** Scrolls until the grid shows `count` tiles, as a user reading to the end would. */
export async function scrollUntilTiles(page: Page, count: number) {
  await expect
    .poll(
      async () => {
        await scrollToEnd(page);
        return gridTiles(page).count();
      },
      { timeout: 60_000 },
    )
    .toBe(count);
}

/**
 * Opens an image from its tile, in the modal. Clicked before React has hydrated the grid, a
 * tile is a plain link to the image's own page (fine for a user, not what the test checks);
 * the tiles' boxes are enabled once it has, so wait for that.
 */
export async function openTile(page: Page, id: string) {
  await expect(page.getByTestId("image-grid").getByRole("checkbox").first()).toBeEnabled();
  await page.locator(`#tile-${id}`).click();
}
