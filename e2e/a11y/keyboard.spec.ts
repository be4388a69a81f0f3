import { expect, test } from "../support/test";
import {
  expectUploaded,
  fileChoosers,
  makeImage,
  uploadButton,
  uploadPanel,
} from "../support/upload-helpers";
import { uniqueEmail } from "../support/emulator";
import { expectVisibleFocus, signInByKeyboard, tabTo } from "./keyboard";

/**
 * The whole app from the keyboard alone: Tab, Shift+Tab, Enter, Space, Escape and arrows,
 * never a pointer. The one thing done outside the page is picking files in the operating
 * system's dialog, which Playwright stands in for.
 */

test("sign in, upload, open, edit, delete, upgrade and sign out with the keyboard alone", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("keyboard");

  await signInByKeyboard(page, request, email);
  const choosers = await fileChoosers(page);

  // Upload two images: + Upload opens its menu with the focus on Choose images.
  await tabTo(page, uploadButton(page));
  await page.keyboard.press("Enter");
  const choose = uploadPanel(page).getByRole("button", { name: "Choose images", exact: true });
  await expectVisibleFocus(choose);
  await page.keyboard.press("Enter");
  await (
    await choosers.next()
  ).setFiles([await makeImage("first.png"), await makeImage("second.png")]);
  await expectUploaded(page, "first.png");
  await expectUploaded(page, "second.png");
  const grid = page.getByTestId("image-grid");
  await expect(grid.locator("li[data-image-id]")).toHaveCount(2);
  const [firstId, secondId] = (await grid
    .locator("li[data-image-id]")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-image-id")))) as string[];
  const firstTile = page.locator(`#tile-${firstId}`);
  const secondTile = page.locator(`#tile-${secondId}`);
  const name = (await firstTile.getByRole("img").getAttribute("alt")) ?? "";

  // Space selects a tile and the selection bar appears; Space again and it goes.
  const box = page.getByRole("checkbox", { name: /^Select / }).first();
  await tabTo(page, box);
  await page.keyboard.press("Space");
  await expect(page.getByTestId("selection-summary")).toHaveText("1 image selected");
  await page.keyboard.press("Space");
  await expect(page.getByTestId("selection-summary")).toHaveCount(0);
  await expectVisibleFocus(box);

  // The image opens in a dialog that takes the focus; Escape gives it back to the tile.
  await tabTo(page, firstTile, { backwards: true });
  await page.keyboard.press("Enter");
  const modal = page.getByRole("dialog", { name, exact: true });
  await expect(page).toHaveURL(new RegExp(`/images/${firstId}$`));
  await expectVisibleFocus(modal.getByRole("button", { name: "Close" }));
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/images/${secondId}$`));
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(new RegExp(`/images/${firstId}$`));
  await page.keyboard.press("Escape");
  await expect(modal).toHaveCount(0);
  await expectVisibleFocus(firstTile);
  await page.keyboard.press("Enter");
  await expect(modal).toBeVisible();

  // Caption, saved from the keyboard.
  const caption = modal.getByLabel("Caption");
  await tabTo(page, caption);
  await page.keyboard.type("Typed without a mouse");
  await tabTo(page, modal.getByRole("button", { name: "Save", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("detail-status")).toHaveText("Saved the caption.");
  await expect(caption).toHaveValue("Typed without a mouse");

  // Delete: the confirmation takes the focus on Cancel; Escape returns it to Delete.
  const remove = modal.getByRole("button", { name: "Delete image" });
  await tabTo(page, remove);
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("dialog", { name: `Delete ${name}?` });
  await expectVisibleFocus(confirm.getByRole("button", { name: "Cancel" }));
  await page.keyboard.press("Escape");
  await expect(confirm).toHaveCount(0);
  await expect(modal).toBeVisible();
  await expectVisibleFocus(remove);
  await page.keyboard.press("Enter");
  await expectVisibleFocus(confirm.getByRole("button", { name: "Cancel" }));
  await page.keyboard.press("Tab");
  await expectVisibleFocus(confirm.getByRole("button", { name: "Delete image" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/gallery$/);
  await expect(modal).toHaveCount(0);
  await expect(page.getByTestId("gallery-status")).toHaveText(`Deleted ${name}.`);
  await expect(grid.locator("li[data-image-id]")).toHaveCount(1);
  // The focus goes to the image that took the deleted one's place.
  await expectVisibleFocus(secondTile);

  // Billing: the main navigation, the interval switch, then img.pro's checkout page.
  const nav = page.getByRole("navigation", { name: "Main" });
  await tabTo(page, nav.getByRole("link", { name: "Billing" }), { backwards: true });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/billing$/);
  await expect(page.getByTestId("current-plan")).toHaveText("Free");
  await tabTo(page, page.getByRole("button", { name: "Annual" }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Annual" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.keyboard.press("Shift+Tab");
  await expectVisibleFocus(page.getByRole("button", { name: "Monthly" }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Monthly" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await tabTo(page, page.getByTestId("plan-pro").getByRole("button", { name: "Upgrade to Pro" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Subscribe to Pro" })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Pay $9.00" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/billing\?checkout=done$/);
  await expect(page.getByTestId("current-plan")).toHaveText("Pro");

  // Sign out from the header.
  await tabTo(page, page.getByRole("button", { name: "Sign out" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("You are signed out.");
});
