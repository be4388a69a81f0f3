import { BLOCKED_SCRIPTS, expect, test, type APIRequestContext, type Page } from "./support/test";
import { APP_URL } from "./env";
import { emulatorControl, signInNewUser, injectFault } from "./support/emulator";
import {
  jpeg,
  libraryIds,
  mediaObject,
  numbered,
  seedImages,
  type SeedSpec,
} from "./support/gallery-seed";
import { gridTileIds, gridTiles, openTile, scrollUntilTiles } from "./support/grid";
import { refuseClipboard } from "./support/clipboard";

/** A signed-in user on Pro (free allows 100 uploads a month), with these images. */
async function userWithImages(page: Page, request: APIRequestContext, specs: SeedSpec[]) {
  const userId = await signInNewUser(page, request, "gallery");
  await emulatorControl(request, "POST", `/users/${userId}/plan`, { plan: "pro" });
  const ids = await seedImages(request, userId, specs);
  return { userId, ids };
}

test("the first page is server-rendered without layout shift, then scrolls to the end of 120", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const { userId } = await userWithImages(page, request, numbered(120));
  const listCalls: string[] = [];
  page.on("request", (req) => {
    if (new URL(req.url()).pathname === "/api/images") listCalls.push(req.url());
  });
  await page.addInitScript(() => {
    const shifts: { value: number; inGrid: boolean }[] = [];
    Object.assign(window, { __gridShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        sources?: { node?: Node | null }[];
      }[]) {
        const inGrid = (entry.sources ?? []).some(
          (source) =>
            source.node instanceof Element &&
            source.node.closest("[data-testid=image-grid]") !== null,
        );
        shifts.push({ value: entry.value, inGrid });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });

  await page.goto("/gallery");
  await expect(gridTiles(page)).toHaveCount(30);
  expect(listCalls, "the first page comes with the HTML").toEqual([]);

  const images = page.getByTestId("image-grid").locator("img");
  expect(await page.locator("[data-testid=image-grid] img:not([width][height])").count()).toBe(0);
  await expect(images.first()).toHaveAttribute("loading", "eager");
  await expect(images.first()).toHaveAttribute("srcset", /format=webp/);
  await expect(images.first()).toHaveAttribute("sizes", /240px/);
  await expect(images.first()).toHaveAttribute("alt", "photo-119.jpg");
  await expect(images.nth(3)).toHaveAttribute("loading", "eager");
  await expect(images.nth(4)).toHaveAttribute("loading", "lazy");
  await expect(images.nth(29)).toHaveAttribute("decoding", "async");
  await expect
    .poll(() => images.first().evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
  const gridShift = await page.evaluate(() =>
    (window as unknown as { __gridShifts: { value: number; inGrid: boolean }[] }).__gridShifts
      .filter((shift) => shift.inGrid)
      .reduce((sum, shift) => sum + shift.value, 0),
  );
  expect(gridShift, "layout shift of the grid while its images load").toBe(0);

  await scrollUntilTiles(page, 120);
  await expect(page.getByTestId("list-status")).toHaveText("You've reached the end.");
  await expect(page.getByRole("button", { name: "Load more images" })).toHaveCount(0);
  const shown = await gridTileIds(page);
  expect(new Set(shown).size).toBe(120);
  expect(new Set(shown)).toEqual(new Set(await libraryIds(request, userId)));
  expect(listCalls.length, "pages 2 to 4, each once").toBe(3);
  expect(listCalls.every((url) => new URL(url).searchParams.has("cursor"))).toBe(true);
});

test("a failed page says so and Retry loads it; Load more works from the keyboard", async ({
  page,
  request,
}) => {
  const { userId } = await userWithImages(page, request, numbered(40));
  await page.goto("/gallery");
  await expect(gridTiles(page)).toHaveCount(30);
  // The client retries a GET twice: three failures make the page fail.
  await injectFault(request, userId, {
    path: "/v1/media",
    method: "GET",
    status: 503,
    times: 3,
  });
  // Disabled until hydrated, and focus() does not wait for that as a click would.
  const loadMore = page.getByRole("button", { name: "Load more images" });
  await expect(loadMore).toBeEnabled();
  await loadMore.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("list-status")).toContainText("Couldn't load more images");
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(gridTiles(page)).toHaveCount(40);
  await expect(page.getByTestId("list-status")).toHaveText("You've reached the end.");
});

test("until the page's script has run, controls that need it are disabled, not dead", async ({
  page,
  request,
  pageErrors,
}) => {
  pageErrors.allow(BLOCKED_SCRIPTS);
  const { ids } = await userWithImages(page, request, numbered(31));
  // The server's HTML as a browser shows it before React hydrates it: the app's scripts
  // never arrive (the inline ones that reveal streamed content still run).
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  await page.goto("/gallery");
  await expect(page.getByRole("button", { name: "Choose images", exact: true })).toBeDisabled();
  await expect(page.getByRole("checkbox", { name: "Select photo-030.jpg" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Load more images" })).toBeDisabled();
  await page.goto(`/images/${ids[0]}`);
  await expect(page.getByRole("heading", { name: "photo-000.jpg" })).toBeVisible();
  await expect(page.getByLabel("Caption")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save details" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Delete image" })).toBeDisabled();
  await page.goto("/billing");
  await expect(page.getByRole("button", { name: "Annual" })).toBeDisabled();
  await page.goto("/account");
  await expect(page.getByRole("button", { name: "Copy img.pro user id" })).toBeDisabled();
  await page.unrouteAll();
  await page.reload();
  await expect(page.getByRole("button", { name: "Copy img.pro user id" })).toBeEnabled();
});

test("a first-time user is pointed at the upload panel", async ({ page, request }) => {
  await userWithImages(page, request, []);
  await page.goto("/gallery");
  await expect(page.getByText("Your gallery is empty.")).toBeVisible();
  await expect(page.getByRole("link", { name: "upload panel" })).toHaveAttribute(
    "href",
    "#add-images",
  );
  await expect(page.getByTestId("list-status")).toHaveText("");
});

test("an upload appears at the top at once; the same file again is not shown twice", async ({
  page,
  request,
}) => {
  await userWithImages(page, request, numbered(2));
  await page.goto("/gallery");
  await expect(gridTiles(page)).toHaveCount(2);
  const file = { name: "fresh.jpg", mimeType: "image/jpeg", buffer: await jpeg(200) };
  const upload = async (files: typeof file) => {
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Choose images", exact: true }).click();
    await (await chooser).setFiles(files);
  };
  const listRefetch = () =>
    page.waitForResponse((response) => new URL(response.url()).pathname === "/api/images");

  // The list's refetch is held back: the new tile must come from the upload itself.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/images*", async (route) => {
    await held;
    await route.continue();
  });
  let refetched = listRefetch();
  await upload(file);
  await expect(gridTiles(page)).toHaveCount(3);
  await expect(gridTiles(page).first().locator("img")).toHaveAttribute("alt", "fresh.jpg");
  release();
  await refetched;
  await page.unroute("**/api/images*");

  refetched = listRefetch();
  await upload(file);
  await refetched;
  await expect(gridTiles(page)).toHaveCount(3);
  expect(new Set(await gridTileIds(page)).size).toBe(3);

  await page.goto("/gallery?album=elsewhere");
  await upload({ ...file, name: "other.jpg", buffer: await jpeg(201) });
  await expect(page.getByTestId("gallery-status")).toHaveText(
    "other.jpg is in your library, but these filters don't show it.",
  );
  await expect(page.getByText("No images match these filters.")).toBeVisible();
});

test("albums and the tag filter (any / all) live in the URL", async ({ page, request }) => {
  await userWithImages(page, request, [
    { filename: "a.jpg", tags: ["red"], namespace: "holiday" },
    { filename: "b.jpg", tags: ["red", "blue"] },
    { filename: "c.jpg", tags: ["blue"], namespace: "holiday" },
    { filename: "d.jpg" },
  ]);
  const names = () =>
    gridTiles(page).evaluateAll((items) =>
      items.map((item) => item.querySelector("img")?.alt).sort(),
    );
  await page.goto("/gallery");
  await expect(gridTiles(page)).toHaveCount(4);

  await page.getByRole("link", { name: "holiday, 2 images" }).click();
  await expect(page).toHaveURL(/\/gallery\?album=holiday$/);
  await expect(gridTiles(page)).toHaveCount(2);
  expect(await names()).toEqual(["a.jpg", "c.jpg"]);
  await page.getByRole("link", { name: "All images" }).click();
  await expect(gridTiles(page)).toHaveCount(4);

  await page.getByLabel("Tags", { exact: true }).fill("Red");
  await page.getByRole("button", { name: "Apply filter" }).click();
  await expect(page).toHaveURL(/\/gallery\?tags=red$/);
  await expect(gridTiles(page)).toHaveCount(2);
  expect(await names()).toEqual(["a.jpg", "b.jpg"]);

  await page.getByLabel("Tags", { exact: true }).fill("red, blue");
  await page.getByLabel("All of these tags").check();
  await page.getByRole("button", { name: "Apply filter" }).click();
  await expect(page).toHaveURL(/\/gallery\?tags=red,blue&mode=all$/);
  await expect(gridTiles(page)).toHaveCount(1);
  expect(await names()).toEqual(["b.jpg"]);

  await page.getByRole("link", { name: "holiday, 2 images" }).click();
  await expect(page).toHaveURL(/\/gallery\?tags=red,blue&mode=all&album=holiday$/);
  await expect(page.getByText("No images match these filters.")).toBeVisible();
  await page.goBack();
  await expect(gridTiles(page)).toHaveCount(1);
});

test("an image is moved into a new album from its page, and out again", async ({
  page,
  request,
}) => {
  const { userId, ids } = await userWithImages(page, request, [
    { filename: "a.jpg", namespace: "holiday" },
    { filename: "b.jpg" },
  ]);
  const id = ids[1] as string;
  await page.goto(`/images/${id}`);
  const status = page.getByTestId("detail-status");
  const album = page.getByLabel("Album", { exact: true });
  await expect(album).toHaveValue("");

  await album.fill("x");
  await page.getByRole("button", { name: "Move to album" }).click();
  await expect(page.getByText("An album name needs at least 2 characters.")).toBeVisible();

  await album.fill("Summer 2026");
  await page.getByRole("button", { name: "Move to album" }).click();
  await expect(status).toHaveText('Moved to the album "summer-2026".');
  expect((await mediaObject(request, userId, id)).namespace).toBe("summer-2026");

  await page.goto("/gallery");
  await page.getByRole("link", { name: "summer-2026, 1 image" }).click();
  await expect(gridTiles(page)).toHaveCount(1);
  expect(await gridTileIds(page)).toEqual([id]);

  await page.goto(`/images/${id}`);
  await page.getByRole("button", { name: "Remove from album" }).click();
  await expect(status).toHaveText("Taken out of its album.");
  expect((await mediaObject(request, userId, id)).namespace).toBeUndefined();
});

test("select a range, tag it, then delete it; img.pro's library shrinks", async ({
  page,
  request,
}) => {
  const { userId, ids } = await userWithImages(page, request, numbered(6));
  await page.goto("/gallery");
  await expect(gridTiles(page)).toHaveCount(6);
  const summary = page.getByTestId("selection-summary");

  await page.getByRole("button", { name: "Select all loaded (6)" }).click();
  await expect(summary).toHaveText("6 images selected");
  await page.getByRole("button", { name: "Clear selection" }).click();
  await expect(summary).toHaveText("No images selected");

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
  await expect(summary).toHaveText("No images selected");
  expect((await libraryIds(request, userId)).sort()).toEqual(ids.slice(0, 3).sort());
  await page.reload();
  await expect(gridTiles(page)).toHaveCount(3);
});

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
    'Couldn\'t add the tag "busy": img.pro is busy, try again in 7s. Your change was undone.',
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

test("the list API checks the session and its query", async ({ page, request }) => {
  const anonymous = await request.get(`${APP_URL}/api/images`);
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toMatchObject({ error: { code: "unauthenticated" } });

  await userWithImages(page, request, numbered(2));
  const bad = await page.request.get("/api/images?tag_mode=some");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: { code: "invalid_query" } });
  const good = await page.request.get("/api/images");
  expect(good.status()).toBe(200);
  const body = (await good.json()) as { images: { id: string }[]; nextCursor: string | null };
  expect(body.images).toHaveLength(2);
  expect(body.nextCursor).toBeNull();
});
