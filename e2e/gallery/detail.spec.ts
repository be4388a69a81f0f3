import { expect, test } from "../support/test";
import { APP_URL } from "../env";
import { injectFault } from "../support/emulator";
import { libraryIds, mediaObject, numbered, userWithImages } from "../support/gallery-seed";
import { gridTileIds, gridTiles, openTile } from "../support/grid";
import { refuseClipboard } from "../support/clipboard";

test("caption, tags and a custom field are saved, survive a reload, and a field can be removed", async ({
  page,
  request,
  context,
}) => {
  const { userId, ids } = await userWithImages(page, request, numbered(1));
  const id = ids[0] as string;
  await page.goto(`/images/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "photo-000.jpg" })).toBeVisible();
  const status = page.getByTestId("detail-status");

  await page.getByLabel("Caption").fill("A square at dusk");
  await page.getByRole("button", { name: "Add a field" }).click();
  await page.getByLabel("Name of field 1").fill("tags");
  await page.getByLabel("Value of field 1").fill("Leica M6");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText(/"tags" is a name img.pro reserves/)).toBeVisible();
  await page.getByLabel("Name of field 1").fill("camera");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(status).toHaveText('Saved the caption and the field "camera".');

  await page.getByLabel("Add a tag").fill("Sunset");
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(status).toHaveText('Added the tag "sunset".');
  await page.getByLabel("Add a tag").fill("x".repeat(51));
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(
    page.getByText("A tag can be at most 50 characters (this one has 51)."),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Caption")).toHaveValue("A square at dusk");
  await expect(page.getByRole("list", { name: "Tags" })).toHaveText(/sunset/);
  await expect(page.getByLabel("Name of field 1")).toHaveValue("camera");
  await expect(page.getByLabel("Value of field 1")).toHaveValue("Leica M6");
  await expect(page.getByRole("img", { name: "A square at dusk" })).toBeVisible();

  await page.getByRole("button", { name: "Remove camera" }).click();
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(status).toHaveText('Saved the removal of the field "camera".');
  await page.reload();
  await expect(page.getByLabel("Name of field 1")).toHaveCount(0);
  const stored = await mediaObject(request, userId, id);
  expect(stored.camera).toBeUndefined();
  expect(stored.caption).toBe("A square at dusk");

  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: APP_URL });
  await page.getByRole("button", { name: "Copy Large WEBP URL" }).click();
  await expect(page.getByText("Copied the Large WEBP URL.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/${id}\\.jpg\\?size=l&format=webp$`));
  // A refused clipboard says so and shows the URL to copy by hand.
  await refuseClipboard(page);
  await page.getByRole("button", { name: "Copy Large WEBP URL" }).click();
  await expect(
    page.getByText(
      `Couldn't copy: the browser refused access to the clipboard. The URL is ${copied}`,
    ),
  ).toBeVisible();
  // Public, the viewer page has a link to copy; private, it has none.
  const viewerLink = page.getByRole("button", { name: "Copy viewer page link" });
  await expect(viewerLink).toBeVisible();
  await page.getByLabel("Public viewer page").uncheck();
  await expect(status).toHaveText("The viewer page is private now.");
  await expect(viewerLink).toHaveCount(0);
});

test("a refused save is undone and says so; a rate limit says how long to wait", async ({
  page,
  request,
}) => {
  const { userId, ids } = await userWithImages(page, request, numbered(1));
  await page.goto(`/images/${ids[0]}`);
  const status = page.getByTestId("detail-status");
  const fault = { path: "/v1/media/*", method: "PATCH", times: 1 };

  await injectFault(request, userId, { ...fault, status: 503 });
  await page.getByLabel("Caption").fill("Never saved");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(status).toHaveText(
    /^Couldn't save the caption: .+\. Nothing was saved; your edits are still in the form to try again\.$/,
  );
  await expect(page.getByLabel("Caption")).toHaveValue("Never saved");
  expect((await mediaObject(request, userId, ids[0] as string)).caption).toBeUndefined();
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(status).toHaveText("Saved the caption.");
  expect((await mediaObject(request, userId, ids[0] as string)).caption).toBe("Never saved");

  await injectFault(request, userId, { ...fault, status: 429, retry_after: 7 });
  await page.getByLabel("Add a tag").fill("busy");
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(status).toHaveText(
    'Couldn\'t add the tag "busy": img.pro is busy. Try again in 7 seconds. Your change was undone.',
  );
  await expect(page.getByText("No tags yet.")).toBeVisible();
  expect((await mediaObject(request, userId, ids[0] as string)).tags).toBeUndefined();
});

test("the grid opens an image in a modal: arrows and buttons move, Escape returns; a hard load is a page", async ({
  page,
  request,
}) => {
  await userWithImages(page, request, numbered(3));
  await page.goto("/gallery");
  const [first, second, third] = (await gridTileIds(page)) as [string, string, string];
  await openTile(page, first);
  const modal = page.getByRole("dialog");
  await expect(modal.getByRole("heading", { name: "photo-002.jpg" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/images/${first}$`));
  await expect(gridTiles(page)).toHaveCount(3);

  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/images/${second}$`));
  await expect(modal.getByRole("heading", { name: "photo-001.jpg" })).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(modal.getByRole("heading", { name: "photo-002.jpg" })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/images/${third}$`));
  await expect(modal.getByRole("button", { name: "Next →" })).toBeDisabled();
  // A double click steps twice, as two arrow presses do, even before the first step lands.
  await modal.getByRole("button", { name: "← Previous" }).dblclick();
  await expect(page).toHaveURL(new RegExp(`/images/${first}$`));
  await expect(modal.getByRole("heading", { name: "photo-002.jpg" })).toBeVisible();
  // Previous is now disabled: the focus it had moves to Next instead of leaving the dialog.
  await expect(modal.getByRole("button", { name: "← Previous" })).toBeDisabled();
  await expect(modal.getByRole("button", { name: "Next →" })).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/gallery$/);
  await expect(modal).toHaveCount(0);
  await expect(page.locator(`#tile-${first}`)).toBeFocused();

  await page.goto(`/images/${second}`);
  await expect(page.getByRole("heading", { level: 1, name: "photo-001.jpg" })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("deleting from the detail view returns to the grid without the image", async ({
  page,
  request,
}) => {
  const { userId, ids } = await userWithImages(page, request, numbered(3));
  await page.goto("/gallery");
  await openTile(page, ids[1] as string);
  const modal = page.getByRole("dialog", { name: "photo-001.jpg" });
  const confirm = page.getByRole("dialog", { name: "Delete photo-001.jpg?" });
  // Cancelling the confirmation (button or Escape) leaves the image open.
  await modal.getByRole("button", { name: "Delete image" }).click();
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  await modal.getByRole("button", { name: "Delete image" }).click();
  await page.keyboard.press("Escape");
  await expect(confirm).toHaveCount(0);
  await expect(modal).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/images/${ids[1]}$`));
  await modal.getByRole("button", { name: "Delete image" }).click();
  await confirm.getByRole("button", { name: "Delete image" }).click();
  await expect(page).toHaveURL(/\/gallery$/);
  await expect(page.getByTestId("gallery-status")).toHaveText("Deleted photo-001.jpg.");
  await expect(gridTiles(page)).toHaveCount(2);
  expect((await libraryIds(request, userId)).sort()).toEqual([ids[0], ids[2]].sort());

  await page.goto(`/images/${ids[0]}`);
  await page.getByRole("button", { name: "Delete image" }).click();
  await page
    .getByRole("dialog", { name: "Delete photo-000.jpg?" })
    .getByRole("button", { name: "Delete image" })
    .click();
  await expect(page).toHaveURL(/\/gallery$/);
  await expect(gridTiles(page)).toHaveCount(1);
  expect(await libraryIds(request, userId)).toEqual([ids[2]]);

  // A link to it kept elsewhere now leads to a real 404 that points back to the gallery.
  const gone = await page.goto(`/images/${ids[0]}`);
  expect(gone?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Image not found" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the gallery" }).click();
  await expect(gridTiles(page)).toHaveCount(1);
});
