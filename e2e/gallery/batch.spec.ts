import { expect, test } from "../support/test";
import { injectFault } from "../support/emulator";
import { libraryIds, mediaObject, numbered, userWithImages } from "../support/gallery-seed";
import { gridTiles } from "../support/grid";

test("select a range, tag it, then delete it; img.pro's library shrinks", async ({
  page,
  request,
}) => {
  const { userId, ids } = await userWithImages(page, request, numbered(6));
  await page.goto("/gallery");
  await expect(gridTiles(page)).toHaveCount(6);
  const summary = page.getByTestId("selection-summary");

  // The selection bar is there only while something is selected, over the header row.
  const bar = page.getByRole("region", { name: "Selected images" });
  await expect(bar).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Upload", exact: true })).toBeVisible();
  await page.getByRole("checkbox", { name: "Select photo-000.jpg" }).check();
  await expect(bar).toBeVisible();
  await expect(page.getByRole("button", { name: "Upload", exact: true })).toBeHidden();
  await page.getByRole("button", { name: "Select all loaded (6)" }).click();
  await expect(summary).toHaveText("6 images selected");
  for (const action of ["Add tags", "Move to album", "Delete selected", "Clear selection"])
    await expect(bar.getByRole("button", { name: action, exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Clear selection" }).click();
  await expect(bar).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "Your photos" })).toBeFocused();

  await page.getByRole("checkbox", { name: "Select photo-005.jpg" }).click();
  await page
    .getByRole("checkbox", { name: "Select photo-003.jpg" })
    .click({ modifiers: ["Shift"] });
  await expect(summary).toHaveText("3 images selected");
  await expect(page.getByRole("checkbox", { name: "Select photo-004.jpg" })).toBeChecked();

  await page.getByLabel("Tags for selected").fill("Batch");
  await page.getByRole("button", { name: "Add tags", exact: true }).click();
  await expect(page.getByTestId("gallery-status")).toHaveText('Added "batch" to 3 images.');
  expect((await mediaObject(request, userId, ids[4] as string)).tags).toEqual(["batch"]);

  // img.pro fails the first delete, slowly: the tiles go at once, then come back.
  await injectFault(request, userId, {
    path: "/v1/media/batch",
    method: "DELETE",
    status: 503,
    latency_ms: 1500,
    times: 1,
  });
  const confirm = page.getByRole("dialog", { name: "Delete 3 images?" });
  await page.getByRole("button", { name: "Delete selected" }).click();
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await confirm.getByRole("button", { name: "Delete 3 images" }).click();
  await expect(gridTiles(page)).toHaveCount(3);
  await expect(page.getByTestId("gallery-status")).toHaveText(
    "Couldn't delete 3 images: img.pro is temporarily unavailable. Your change was undone.",
  );
  await expect(gridTiles(page)).toHaveCount(6);
  await expect(summary).toHaveText("3 images selected");
  expect(await libraryIds(request, userId)).toHaveLength(6);

  const storage = page.getByRole("meter", { name: "Storage" });
  const storedBefore = Number(await storage.getAttribute("aria-valuenow"));
  await page.getByRole("button", { name: "Delete selected" }).click();
  await confirm.getByRole("button", { name: "Delete 3 images" }).click();
  await expect(page.getByTestId("gallery-status")).toHaveText("Deleted 3 images.");
  await expect
    .poll(async () => Number(await storage.getAttribute("aria-valuenow")))
    .toBeLessThan(storedBefore);
  await expect(gridTiles(page)).toHaveCount(3);
  await expect(summary).toHaveCount(0);
  expect((await libraryIds(request, userId)).sort()).toEqual(ids.slice(0, 3).sort());
  await page.reload();
  await expect(gridTiles(page)).toHaveCount(3);
});

test("the selection moves to an album in one go, and out of it again", async ({
  page,
  request,
}) => {
  const { userId, ids } = await userWithImages(page, request, numbered(3));
  await page.goto("/gallery");
  await expect(gridTiles(page)).toHaveCount(3);
  await page.getByRole("checkbox", { name: "Select photo-000.jpg" }).check();
  await page.getByRole("checkbox", { name: "Select photo-001.jpg" }).check();
  const bar = page.getByRole("region", { name: "Selected images" });
  await bar.getByRole("button", { name: "Move to album" }).click();
  const album = bar.getByLabel("Album for 2 images");
  await expect(album).toBeFocused();
  await album.fill("x");
  await bar.getByRole("button", { name: "Move", exact: true }).click();
  await expect(bar.getByText("An album name needs at least 2 characters.")).toBeVisible();
  await album.fill("Road Trip");
  await bar.getByRole("button", { name: "Move", exact: true }).click();
  await expect(page.getByTestId("gallery-status")).toHaveText('Moved 2 images to "road-trip".');
  await expect(bar).toHaveCount(0);
  for (const id of ids.slice(0, 2))
    expect((await mediaObject(request, userId, id)).namespace).toBe("road-trip");
  expect((await mediaObject(request, userId, ids[2] as string)).namespace).toBeUndefined();

  await page.getByRole("combobox", { name: "Album" }).selectOption("road-trip");
  await expect(gridTiles(page)).toHaveCount(2);
  await page.getByRole("checkbox", { name: "Select photo-000.jpg" }).check();
  await bar.getByRole("button", { name: "Move to album" }).click();
  await bar.getByRole("button", { name: "Move", exact: true }).click();
  await expect(page.getByTestId("gallery-status")).toHaveText("Moved 1 image out of its album.");
  expect((await mediaObject(request, userId, ids[0] as string)).namespace).toBeUndefined();
});
