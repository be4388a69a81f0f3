import { expect, test, type Page } from "../support/test";
import { APP_URL } from "../env";
import { injectFault } from "../support/emulator";
import { libraryIds, mediaObject, numbered, userWithImages } from "../support/gallery-seed";
import { gridTileIds, gridTiles, openTile } from "../support/grid";
import { refuseClipboard } from "../support/clipboard";
import { apiRequests } from "../support/upload-helpers";
import { expectNoViolations } from "../a11y/axe";

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
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/"tags" is a name img.pro reserves/)).toBeVisible();
  await page.getByLabel("Name of field 1").fill("camera");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status).toHaveText('Saved the caption and the field "camera".');

  const tagInput = page.getByRole("textbox", { name: "Tags" });
  await tagInput.fill("Sunset");
  await tagInput.press("Enter");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status).toHaveText("Saved the tags.");
  await tagInput.fill("x".repeat(51));
  await tagInput.press("Enter");
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
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status).toHaveText('Saved the removal of the field "camera".');
  await page.reload();
  await expect(page.getByLabel("Name of field 1")).toHaveCount(0);
  const stored = await mediaObject(request, userId, id);
  expect(stored.camera).toBeUndefined();
  expect(stored.caption).toBe("A square at dusk");

  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: APP_URL });
  // Sharing is folded away under "Sizes & links" until asked for.
  await page.getByText("Sizes & links").click();
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
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status).toHaveText(
    /^Couldn't save the caption: .+\. Nothing was saved; your edits are still in the form to try again\.$/,
  );
  await expect(page.getByLabel("Caption")).toHaveValue("Never saved");
  expect((await mediaObject(request, userId, ids[0] as string)).caption).toBeUndefined();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status).toHaveText("Saved the caption.");
  expect((await mediaObject(request, userId, ids[0] as string)).caption).toBe("Never saved");

  await injectFault(request, userId, { ...fault, status: 429, retry_after: 7 });
  await page.getByRole("textbox", { name: "Tags" }).fill("busy");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status).toHaveText(
    "Couldn't save the tags: img.pro is busy. Try again in 7 seconds. Nothing was saved; your edits are still in the form to try again.",
  );
  await expect(page.getByRole("textbox", { name: "Tags" })).toHaveValue("busy");
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
  await expect(modal.getByRole("button", { name: "Next image" })).toBeDisabled();
  await expect(modal.getByText("3 of 3")).toBeVisible();
  // A double click steps twice, as two arrow presses do, even before the first step lands.
  await modal.getByRole("button", { name: "Previous image" }).dblclick();
  await expect(page).toHaveURL(new RegExp(`/images/${first}$`));
  await expect(modal.getByRole("heading", { name: "photo-002.jpg" })).toBeVisible();
  // Previous is now disabled: the focus it had moves to Next instead of leaving the dialog.
  await expect(modal.getByText("1 of 3")).toBeVisible();
  await expect(modal.getByRole("button", { name: "Previous image" })).toBeDisabled();
  await expect(modal.getByRole("button", { name: "Next image" })).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/gallery$/);
  await expect(modal).toHaveCount(0);
  await expect(page.locator(`#tile-${first}`)).toBeFocused();

  await page.goto(`/images/${second}`);
  await expect(page.getByRole("heading", { level: 1, name: "photo-001.jpg" })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("an image img.pro is slow to send: its tile shows it is opening, then the viewer comes whole", async ({
  page,
  request,
}) => {
  const { userId } = await userWithImages(page, request, numbered(2));
  await page.goto("/gallery");
  const [first] = (await gridTileIds(page)) as [string];
  await injectFault(request, userId, { path: `/v1/media/${first}`, latency_ms: 1500 });
  await openTile(page, first);
  const tile = page.locator(`#tile-${first}`);
  // The click was taken: the tile says so while the viewer has nothing to show yet.
  await expect(tile).toHaveAttribute("data-pending", "true");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  // The viewer opens with the image and its details at once, not a placeholder first.
  const modal = page.getByRole("dialog");
  await expect(modal).toBeVisible({ timeout: 10_000 });
  expect(await modal.getByRole("heading").first().textContent()).toBe("photo-001.jpg");
  await expect(tile).not.toHaveAttribute("data-pending");
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

test("one Save sends caption, tags, album and a field together; commas split tags, Enter only adds them", async ({
  page,
  request,
}) => {
  const { userId, ids } = await userWithImages(page, request, [
    { filename: "a.jpg", namespace: "holiday-2026" },
    { filename: "b.jpg" },
  ]);
  const id = ids[1] as string;
  await page.goto(`/images/${id}`);
  const status = page.getByTestId("detail-status");
  const patches = async () =>
    (await apiRequests(request, userId, "/v1/media/")).filter((entry) => entry.method === "PATCH");

  await page.getByLabel("Caption").fill("Harbour lights");
  const tagInput = page.getByRole("textbox", { name: "Tags" });
  await tagInput.fill("golden hour, Travel");
  await tagInput.press("Enter");
  await expect(page.getByRole("list", { name: "Tags" }).getByRole("listitem")).toHaveText([
    "golden hour×",
    "travel×",
  ]);
  await expect(tagInput).toHaveValue("");
  // Enter added the chips and saved nothing.
  await expect(status).toHaveText("");
  expect(await patches()).toHaveLength(0);

  const album = page.getByRole("combobox", { name: "Album" });
  await album.fill("holiday-2026");
  // The album's name is shown whole, never cut off by its field.
  expect(
    await album.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth),
  ).toBe(true);
  await page.getByRole("button", { name: "Add a field" }).click();
  await page.getByLabel("Name of field 1").fill("camera");
  await page.getByLabel("Value of field 1").fill("Leica M6");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status).toHaveText(
    'Saved the caption, the field "camera", the tags and the album "holiday-2026".',
  );
  await expect(page.getByText("Saved ✓")).toBeVisible();
  expect(await patches()).toHaveLength(1);
  const stored = await mediaObject(request, userId, id);
  expect(stored).toMatchObject({
    caption: "Harbour lights",
    camera: "Leica M6",
    tags: ["golden hour", "travel"],
    namespace: "holiday-2026",
  });
  // The next edit clears "Saved ✓" until it is saved too.
  await page.getByLabel("Caption").fill("Harbour lights at night");
  await expect(page.getByText("Saved ✓")).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("list", { name: "Tags" }).getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("combobox", { name: "Album" })).toHaveValue("holiday-2026");
});

/** The part of the viewport the image itself covers (object-contain inside its box). */
async function imageShare(page: Page) {
  const img = page.getByTestId("detail-stage").getByRole("img");
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth))
    .toBeGreaterThan(0);
  return img.evaluate((el: HTMLImageElement) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const px = (value: string) => Number.parseFloat(value) || 0;
    const left = box.left + px(style.paddingLeft);
    const top = box.top + px(style.paddingTop);
    const width = box.width - px(style.paddingLeft) - px(style.paddingRight);
    const height = box.height - px(style.paddingTop) - px(style.paddingBottom);
    const scale = Math.min(width / el.naturalWidth, height / el.naturalHeight);
    const shownWidth = el.naturalWidth * scale;
    const shownHeight = el.naturalHeight * scale;
    const x0 = Math.max(0, left + (width - shownWidth) / 2);
    const y0 = Math.max(0, top + (height - shownHeight) / 2);
    const x1 = Math.min(innerWidth, left + (width + shownWidth) / 2);
    const y1 = Math.min(innerHeight, top + (height + shownHeight) / 2);
    return (Math.max(0, x1 - x0) * Math.max(0, y1 - y0)) / (innerWidth * innerHeight);
  });
}

/** Scrolls the side panel with the mouse wheel and checks that the image did not move. */
async function scrollPanelAndCheckImage(page: Page) {
  const img = page.getByTestId("detail-stage").getByRole("img");
  const panel = page.getByTestId("detail-panel");
  const before = await img.boundingBox();
  const panelBox = (await panel.boundingBox()) as { x: number; y: number; width: number };
  await page.mouse.move(panelBox.x + panelBox.width / 2, panelBox.y + 200);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  expect(await img.boundingBox()).toEqual(before);
}

test("the image fills at least 40 % of a 1280×800 window in the modal and on its page, and stays put while the panel scrolls", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const { ids } = await userWithImages(page, request, numbered(3));
  await page.goto("/gallery");
  await openTile(page, ids[1] as string);
  const modal = page.getByRole("dialog", { name: "photo-001.jpg" });
  await expect(modal).toBeVisible();
  expect(await imageShare(page)).toBeGreaterThanOrEqual(0.4);
  // Close at the top left, stepping at the top right.
  const close = await modal.getByRole("button", { name: "Close" }).boundingBox();
  const next = await modal.getByRole("button", { name: "Next image" }).boundingBox();
  expect(close?.x).toBeLessThan(100);
  expect(close?.y).toBeLessThan(100);
  expect((next?.x ?? 0) + (next?.width ?? 0)).toBeGreaterThan(1180);
  expect(next?.y).toBeLessThan(100);
  await scrollPanelAndCheckImage(page);

  await page.goto(`/images/${ids[1]}`);
  await expect(page.getByRole("heading", { level: 1, name: "photo-001.jpg" })).toBeVisible();
  expect(await imageShare(page)).toBeGreaterThanOrEqual(0.4);
  await scrollPanelAndCheckImage(page);
});

test("on a phone the image is full width on top with the panel below, arrows step, nothing scrolls sideways", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { ids } = await userWithImages(page, request, numbered(2));
  const withinWidth = () =>
    page.evaluate(() =>
      [...document.querySelectorAll("main *, dialog *")].every(
        (element) => element.getBoundingClientRect().right <= innerWidth + 0.5,
      ),
    );
  const stacked = async () => {
    const stage = await page.getByTestId("detail-stage").boundingBox();
    const panel = await page.getByTestId("detail-panel").boundingBox();
    expect(stage?.x).toBe(0);
    expect(stage?.width).toBe(360);
    expect(panel?.y).toBeGreaterThanOrEqual((stage?.y ?? 0) + (stage?.height ?? 0));
  };

  await page.goto(`/images/${ids[0]}`);
  await expect(page.getByRole("heading", { level: 1, name: "photo-000.jpg" })).toBeVisible();
  await stacked();
  expect(await withinWidth()).toBe(true);

  await page.goto("/gallery");
  await openTile(page, ids[1] as string);
  const modal = page.getByRole("dialog", { name: "photo-001.jpg" });
  await stacked();
  expect(await withinWidth()).toBe(true);
  expect(await modal.evaluate((dialog) => dialog.scrollWidth <= dialog.clientWidth)).toBe(true);
  await modal.getByRole("button", { name: "Next image" }).click();
  await expect(page.getByRole("dialog", { name: "photo-000.jpg" })).toBeVisible();
  await expect(page.getByRole("dialog").getByText("2 of 2")).toBeVisible();
});

test.describe("in Los Angeles", () => {
  test.use({ timezoneId: "America/Los_Angeles" });

  test("the date an image was added is shown in the viewer's time zone, with no hydration error", async ({
    page,
    request,
  }) => {
    const { ids } = await userWithImages(page, request, numbered(1));
    // A hard load: the server's HTML says UTC, the browser then says local time; a mismatch
    // would be a console error, which fails the test.
    await page.goto(`/images/${ids[0]}`);
    const added = page.getByTestId("detail-added").locator("time");
    const iso = (await added.getAttribute("datetime")) as string;
    const expected = new Intl.DateTimeFormat("en-US", {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
      timeZone: "America/Los_Angeles",
    }).format(new Date(iso));
    await expect(added).toHaveText(expected);
    await expect(added).toHaveText(/ P[SD]T$/);
  });
});

// expectNoViolations scans each state in the light scheme and again in the dark one.
test("the viewer passes axe in both schemes, in the modal and on its page", async ({
  page,
  request,
}) => {
  const { ids } = await userWithImages(page, request, [
    { filename: "a.jpg", tags: ["sea"], namespace: "holiday-2026" },
    { filename: "b.jpg" },
  ]);
  await page.goto("/gallery");
  await openTile(page, ids[0] as string);
  const modal = page.getByRole("dialog", { name: "a.jpg" });
  await expect(modal.getByRole("combobox", { name: "Album" })).toHaveValue("holiday-2026");
  await modal.getByText("Sizes & links").click();
  await expectNoViolations(page, "image modal");

  await page.goto(`/images/${ids[0]}`);
  await page.getByRole("combobox", { name: "Album" }).fill("x");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("An album name needs at least 2 characters.")).toBeVisible();
  await expectNoViolations(page, "image page with a problem");
});
