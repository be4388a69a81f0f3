import { expect, test, type APIRequestContext, type Page } from "../support/test";
import {
  expectUploaded,
  fileChoosers,
  makeImage,
  uploadButton,
  uploadPanel,
  uploadRow,
} from "../support/upload-helpers";
import { uniqueEmail, userIdOf, injectFault } from "../support/emulator";
import { numbered, seedImages, type SeedSpec } from "../support/gallery-seed";
import { expectVisibleFocus, signInByKeyboard, tabTo } from "./keyboard";
import { gridTiles } from "../support/grid";

/**
 * Controls that go away, or turn into others, when used from the keyboard: the focus moves
 * on to a sensible neighbour instead of dropping to <body>. Images are seeded through the
 * emulator's API; everything done in the page is done with the keyboard.
 */

async function keyboardUser(page: Page, request: APIRequestContext, specs: SeedSpec[]) {
  const email = uniqueEmail("focus");
  await signInByKeyboard(page, request, email);
  const userId = await userIdOf(request, email);
  const ids = await seedImages(request, userId, specs);
  return { userId, ids };
}

test("an image's tags, album and custom fields hand the focus on as they go, and one Save keeps it", async ({
  page,
  request,
}) => {
  const { ids } = await keyboardUser(page, request, [
    { filename: "pier.jpg", tags: ["alpha", "beta"], namespace: "trips" },
  ]);
  await page.goto(`/images/${ids[0]}`);
  const status = page.getByTestId("detail-status");
  const tagInput = page.getByRole("textbox", { name: "Tags" });

  await tabTo(page, page.getByRole("button", { name: "Remove tag alpha" }));
  await page.keyboard.press("Enter");
  await expectVisibleFocus(page.getByRole("button", { name: "Remove tag beta" }));
  await page.keyboard.press("Enter");
  await expectVisibleFocus(tagInput);
  // Enter in the tag field adds the typed tags as chips and keeps the focus there.
  await page.keyboard.type("golden hour, travel");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Tags" }).getByRole("listitem")).toHaveCount(2);
  await expectVisibleFocus(tagInput);

  const album = page.getByLabel("Album", { exact: true });
  await tabTo(page, album);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("summer");
  const save = page.getByRole("button", { name: "Save", exact: true });
  await tabTo(page, save);
  await page.keyboard.press("Enter");
  await expect(status).toHaveText('Saved the tags and the album "summer".');
  await expectVisibleFocus(save);

  await tabTo(page, page.getByRole("button", { name: "Add a field" }), { backwards: true });
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Remove field 1" }), { backwards: true });
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Name of field 1")).toHaveCount(0);
  await expectVisibleFocus(page.getByRole("button", { name: "Add a field" }));
});

test("upload rows and the import form keep the focus through cancel, retry and remove", async ({
  page,
  request,
}) => {
  const { userId } = await keyboardUser(page, request, []);
  const choosers = await fileChoosers(page);
  // + Upload, then its second item: the import form takes the focus.
  await tabTo(page, uploadButton(page));
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expectVisibleFocus(uploadPanel(page).getByRole("button", { name: "Import from a URL…" }));
  await page.keyboard.press("Enter");
  const url = page.getByLabel("Import from a URL");
  await expect(url).toBeFocused();
  await page.keyboard.type("ftp://example.com/a.jpg");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(url).toHaveAttribute("aria-invalid", "true");
  await expectVisibleFocus(page.getByRole("button", { name: "Import", exact: true }));

  const fault = await injectFault(request, userId, {
    path: "/v1/images",
    method: "POST",
    latency_ms: 30_000,
    times: 1,
  });
  // Escape closes the import form and gives the focus back to + Upload.
  await page.keyboard.press("Escape");
  await expectVisibleFocus(uploadButton(page));
  await page.keyboard.press("Enter");
  const choose = uploadPanel(page).getByRole("button", { name: "Choose images", exact: true });
  await expectVisibleFocus(choose);
  await page.keyboard.press("Enter");
  await (await choosers.next()).setFiles(await makeImage("slow.png"));
  const row = uploadRow(page, "slow.png");
  await tabTo(page, row.getByRole("button", { name: "Cancel slow.png" }));
  await page.keyboard.press("Enter");
  await expect(row).toContainText("Canceled");
  await expectVisibleFocus(row.getByRole("button", { name: "Retry slow.png" }));
  await fault.lift();
  // Retry turns back into Cancel; when the upload is done its row folds into the summary,
  // and the focus goes to the button that shows it again.
  await page.keyboard.press("Enter");
  const showUploaded = uploadPanel(page).getByRole("button", { name: "Show 1 uploaded" });
  await expectVisibleFocus(showUploaded);
  await page.keyboard.press("Enter");
  await expect(row).toContainText("Uploaded");
  await tabTo(page, row.getByRole("button", { name: "Remove slow.png from the list" }), {
    backwards: true,
  });
  await page.keyboard.press("Enter");
  await expect(row).toHaveCount(0);
  // The tray closes with its last row, and gives the focus back to + Upload.
  await expectVisibleFocus(uploadButton(page));
  await page.keyboard.press("Enter");
  await expectVisibleFocus(choose);

  await page.keyboard.press("Space");
  await (await choosers.next()).setFiles([await makeImage("one.png"), await makeImage("two.png")]);
  await expectUploaded(page, "one.png");
  await expectUploaded(page, "two.png");
  await tabTo(page, uploadRow(page, "one.png").getByRole("button", { name: /^Remove / }));
  await page.keyboard.press("Enter");
  await expectVisibleFocus(uploadRow(page, "two.png").getByRole("button", { name: /^Remove / }));
  await tabTo(page, uploadPanel(page).getByRole("button", { name: "Clear finished" }));
  await page.keyboard.press("Enter");
  await expect(uploadRow(page, "two.png")).toHaveCount(0);
  await expectVisibleFocus(uploadButton(page));
});

test("the batch bar and Load more keep the focus on the page", async ({ page, request }) => {
  // Tiles tall enough (4 a row) that the first page fills more than the screen and the
  // list's end, so the second page waits for Load more instead of loading by itself.
  await page.setViewportSize({ width: 1000, height: 720 });
  await keyboardUser(page, request, numbered(32));
  await page.goto("/gallery");
  const summary = page.getByTestId("selection-summary");
  const heading = page.getByRole("heading", { name: "Your photos" });

  await tabTo(page, page.getByRole("checkbox", { name: "Select photo-031.jpg" }));
  await page.keyboard.press("Space");
  await expect(summary).toHaveText("1 image selected");
  await tabTo(page, page.getByRole("button", { name: "Clear selection" }), { backwards: true });
  await page.keyboard.press("Enter");
  // The selection bar goes with the selection; the focus moves to the gallery's heading.
  await expect(summary).toHaveCount(0);
  await expectVisibleFocus(heading);

  await tabTo(page, page.getByRole("checkbox", { name: "Select photo-030.jpg" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Delete selected" }), { backwards: true });
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("dialog", { name: "Delete 1 image?" });
  await expectVisibleFocus(confirm.getByRole("button", { name: "Cancel" }));
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("gallery-status")).toHaveText("Deleted 1 image.");
  // The selection bar goes with the selection; the focus moves to the gallery's heading.
  await expect(summary).toHaveCount(0);
  await expectVisibleFocus(heading);

  // Reaching Load more scrolls the list's end into view, which starts loading the last page
  // (held here until the button has the focus); the button then goes, and the focus with it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/images*", async (route) => {
    await held;
    await route.continue();
  });
  await tabTo(page, page.getByRole("button", { name: /^(Load more images|Loading…)$/ }));
  await page.keyboard.press("Enter");
  release();
  const end = page.getByTestId("list-status");
  await expect(end).toHaveText("You've reached the end.");
  await expect(gridTiles(page)).toHaveCount(31);
  await expectVisibleFocus(end);
});
