import { BLOCKED_SCRIPTS, expect, test } from "../support/test";
import { APP_URL } from "../env";
import { injectFault } from "../support/emulator";
import { jpeg, libraryIds, numbered, userWithImages } from "../support/gallery-seed";
import { gridTileIds, gridTiles, scrollUntilTiles } from "../support/grid";
import { apiRequests, fileChoosers, openUploadMenu } from "../support/upload-helpers";

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

  // The server's HTML carries the first page, 30 tiles.
  const html = await (await page.request.get("/gallery")).text();
  expect(html.match(/<li[^>]*data-image-id=/g) ?? []).toHaveLength(30);
  await page.goto("/gallery");
  await expect.poll(() => gridTiles(page).count()).toBeGreaterThanOrEqual(30);
  // Six tiles a row leave the end of the first page in view, so the next pages load by
  // themselves; the first page itself is never fetched.
  expect(
    listCalls.filter((url) => !new URL(url).searchParams.has("cursor")),
    "the first page comes with the HTML",
  ).toEqual([]);

  const images = page.getByTestId("image-grid").locator("img");
  expect(await page.locator("[data-testid=image-grid] img:not([width][height])").count()).toBe(0);
  await expect(images.first()).toHaveAttribute("loading", "eager");
  await expect(images.first()).toHaveAttribute("srcset", /format=webp/);
  await expect(images.first()).toHaveAttribute("sizes", /206px/);
  await expect(images.first()).toHaveAttribute("alt", "photo-119.jpg");
  await expect(images.nth(5)).toHaveAttribute("loading", "eager");
  await expect(images.nth(6)).toHaveAttribute("loading", "lazy");
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
  const { userId } = await userWithImages(page, request, numbered(70));
  const listCalls: string[] = [];
  page.on("request", (req) => {
    if (new URL(req.url()).pathname === "/api/images") listCalls.push(req.url());
  });
  await page.goto("/gallery");
  await expect(page.getByRole("button", { name: "Load more images" })).toBeEnabled();
  // Until the user scrolls, only an end already on screen loads more: the first screen
  // costs img.pro one list call, made by the server.
  await page.waitForTimeout(500);
  expect(listCalls, "no list call before a scroll").toEqual([]);
  await expect(gridTiles(page)).toHaveCount(30);
  // Once scrolling, the list looks 800 px ahead: the end of this page is that near already.
  await page.mouse.wheel(0, 200);
  await expect(gridTiles(page)).toHaveCount(60);
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
  await expect(gridTiles(page)).toHaveCount(70);
  await expect(page.getByTestId("list-status")).toHaveText("You've reached the end.");
});

test("the list's code loads on the first Load more; if it cannot be fetched, Retry fetches it", async ({
  page,
  request,
  pageErrors,
}) => {
  pageErrors.allow(BLOCKED_SCRIPTS);
  // Four tiles a row: the first page is taller than the screen, so nothing loads by itself.
  await page.setViewportSize({ width: 1000, height: 720 });
  const { userId } = await userWithImages(page, request, numbered(31));
  await page.goto("/gallery");
  await expect(gridTiles(page)).toHaveCount(30);
  const loadMore = page.getByRole("button", { name: "Load more images" });
  await expect(loadMore).toBeEnabled();
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  // A click without scrolling: scrolling the footer into view would start the same load
  // from its sentinel, and the button could be gone (replaced by Retry) before the click.
  await loadMore.evaluate((button: HTMLButtonElement) => button.click());
  await expect(page.getByTestId("list-status")).toHaveText(
    "Couldn't load more images: Check your connection and try again.",
  );
  // Nothing was asked of img.pro, and the page and its tiles stay.
  await expect(gridTiles(page)).toHaveCount(30);
  await page.unroute("**/_next/static/chunks/**");
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(gridTiles(page)).toHaveCount(31);
  await expect(page.getByTestId("list-status")).toHaveText("You've reached the end.");
  expect(await gridTileIds(page)).toEqual(await libraryIds(request, userId));
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
  await expect(page.getByRole("button", { name: "Upload", exact: true })).toBeDisabled();
  await expect(page.getByRole("checkbox", { name: "Select photo-030.jpg" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Load more images" })).toBeDisabled();
  await page.goto(`/images/${ids[0]}`);
  await expect(page.getByRole("heading", { name: "photo-000.jpg" })).toBeVisible();
  await expect(page.getByLabel("Caption")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Delete image" })).toBeDisabled();
  await page.goto("/billing");
  await expect(page.getByRole("button", { name: "Annual" })).toBeDisabled();
  await page.goto("/account");
  await expect(page.getByRole("button", { name: "Copy img.pro user id" })).toBeDisabled();
  await page.unrouteAll();
  await page.reload();
  await expect(page.getByRole("button", { name: "Copy img.pro user id" })).toBeEnabled();
});

test("a first-time user is pointed at + Upload, in words for their pointer", async ({
  page,
  request,
  browser,
}) => {
  await userWithImages(page, request, []);
  await page.goto("/gallery");
  await expect(page.getByText("Your gallery is empty.")).toBeVisible();
  await expect(page.getByText(/Drag photos anywhere onto this page/)).toBeVisible();
  await expect(page.getByText(/Tap \+ Upload/)).toBeHidden();
  await expect(page.getByTestId("list-status")).toHaveText("");

  // A phone: no files to drag, so it is never told to.
  const phone = await browser.newContext({
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
    storageState: await page.context().storageState(),
    baseURL: APP_URL,
  });
  const touch = await phone.newPage();
  await touch.goto("/gallery");
  await expect(touch.getByText(/Tap \+ Upload/)).toBeVisible();
  await expect(touch.getByText(/Drag photos/)).toBeHidden();
  await phone.close();
});

test("an upload appears at the top at once; the same file again is not shown twice", async ({
  page,
  request,
}) => {
  await userWithImages(page, request, numbered(2));
  await page.goto("/gallery");
  await expect(gridTiles(page)).toHaveCount(2);
  const choosers = await fileChoosers(page);
  const file = { name: "fresh.jpg", mimeType: "image/jpeg", buffer: await jpeg(200) };
  const upload = async (files: typeof file) => {
    await (await openUploadMenu(page)).click();
    await (await choosers.next()).setFiles(files);
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
  await expect(page.getByText("No photos match these filters.")).toBeVisible();
});

test("the usage line comes with the list; /v1/usage only when img.pro sends no quota headers", async ({
  page,
  request,
}) => {
  const { userId } = await userWithImages(page, request, numbered(2));
  const usageLine = page.getByRole("meter", { name: "Storage" });
  const usageCalls = async () =>
    (await apiRequests(request, userId, "/v1/usage")).filter((entry) => entry.method === "GET");

  await page.goto("/gallery");
  await expect(usageLine).toHaveAttribute("aria-valuetext", /^[\d.]+ (bytes|KB) of 10 GB$/);
  const shown = await usageLine.getAttribute("aria-valuetext");
  expect(await usageCalls()).toHaveLength(0);

  // An img.pro that follows only the newest docs may send no quota headers.
  await injectFault(request, userId, {
    path: "/v1/media",
    method: "GET",
    without_quota_headers: true,
  });
  await page.reload();
  await expect(gridTiles(page)).toHaveCount(2);
  await expect(usageLine).toHaveAttribute("aria-valuetext", shown as string);
  expect(await usageCalls()).toHaveLength(1);
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

test("photos first: with 12 images the first row starts on the first screen, desktop and phone", async ({
  page,
  request,
}) => {
  await userWithImages(page, request, numbered(12));
  for (const [width, height] of [
    [1280, 800],
    [360, 740],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto("/gallery");
    await expect(gridTiles(page)).toHaveCount(12);
    // React reveals streamed content a frame or two after it arrives: until then the tiles
    // are in the document but hidden, and have no box.
    await expect(gridTiles(page).first()).toBeVisible();
    const first = await gridTiles(page).first().boundingBox();
    expect(first, `${width}x${height}`).not.toBeNull();
    // The whole first row is on the first screen, not just its top edge.
    expect(first!.y + first!.height, `first row's bottom at ${width}x${height}`).toBeLessThan(
      height,
    );
    const heading = await page
      .getByRole("heading", { level: 1, name: "Your photos" })
      .boundingBox();
    expect(heading!.y).toBeLessThan(first!.y);
    // A row of several tiles: six across on desktop, three on a phone, 2 px apart there.
    const tops = await gridTiles(page).evaluateAll((items) =>
      items.map((item) => Math.round(item.getBoundingClientRect().top)),
    );
    expect(tops.filter((top) => top === tops[0]).length).toBe(width === 360 ? 3 : 6);
    if (width === 360) {
      const second = await gridTiles(page).nth(1).boundingBox();
      expect(second!.x - (first!.x + first!.width)).toBeLessThanOrEqual(2.5);
    }
    // Nothing in the gallery reaches past the screen's edge (the site header is checked
    // with the site's own pages).
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll("main, main *")]
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((element) => element.outerHTML.slice(0, 120)),
      ),
      `no sideways scroll at ${width}`,
    ).toEqual([]);
    // The header row holds the usage line (desktop), the filters and one "+ Upload".
    await expect(page.getByRole("button", { name: "Upload", exact: true })).toBeVisible();
    await expect(page.getByRole("search", { name: "Filter photos" })).toBeVisible();
    if (width === 1280) await expect(page.getByRole("meter", { name: "Storage" })).toBeVisible();
  }
});

test("every control on a tile is a target of at least 24 px, and 44 px on touch", async ({
  page,
  request,
  browser,
}) => {
  await userWithImages(page, request, numbered(3));
  await page.goto("/gallery");
  const checkbox = page.getByRole("checkbox", { name: "Select photo-000.jpg" });
  await expect(checkbox).toBeEnabled();
  const hit = async (p: typeof page) => {
    const box = p.getByRole("checkbox", { name: "Select photo-000.jpg" });
    // The label around the box is its hit area.
    return box.locator("xpath=..").boundingBox();
  };
  const desktop = await hit(page);
  expect(desktop!.width).toBeGreaterThanOrEqual(24);
  expect(desktop!.height).toBeGreaterThanOrEqual(24);
  const tile = await page.locator("[data-image-id] a").first().boundingBox();
  expect(tile!.width).toBeGreaterThanOrEqual(24);

  const phone = await browser.newContext({
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
    storageState: await page.context().storageState(),
    baseURL: APP_URL,
  });
  const touch = await phone.newPage();
  await touch.goto("/gallery");
  await expect(touch.getByRole("checkbox", { name: "Select photo-000.jpg" })).toBeEnabled();
  const coarse = await hit(touch);
  expect(coarse!.width).toBeGreaterThanOrEqual(44);
  expect(coarse!.height).toBeGreaterThanOrEqual(44);
  const upload = await touch.getByRole("button", { name: "Upload", exact: true }).boundingBox();
  expect(upload!.height).toBeGreaterThanOrEqual(44);
  expect(
    await touch.evaluate(() => document.querySelector("main")!.scrollWidth <= window.innerWidth),
  ).toBe(true);
  await phone.close();
});

test("tiles are crisp at 1x, 2x and 3x: the square crop gets its device pixels, never twice them", async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(120_000);
  // Landscape photos, as a camera takes them: the square crop is their short edge.
  await userWithImages(
    page,
    request,
    numbered(6, "wide").map((spec) => ({ ...spec, size: [2400, 1600] as [number, number] })),
  );
  const storageState = await page.context().storageState();
  const viewports = [
    { width: 1280, height: 800, dprs: [1, 2, 3] },
    { width: 360, height: 740, dprs: [2, 3] },
  ];
  for (const { width, height, dprs } of viewports) {
    for (const deviceScaleFactor of dprs) {
      // A new context each time: no variant cached from another density.
      const context = await browser.newContext({
        viewport: { width, height },
        deviceScaleFactor,
        storageState,
        baseURL: APP_URL,
      });
      const tab = await context.newPage();
      await tab.goto("/gallery");
      const img = tab.getByTestId("image-grid").locator("img").first();
      // Streamed in hidden, then revealed: its box is 0 px wide until React shows it.
      await expect(img).toBeVisible();
      await expect
        .poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(0);
      // naturalWidth is scaled by the srcset's density: decode the chosen file on its own.
      const { shortEdge, box, src } = await img.evaluate(async (el) => {
        const image = el as HTMLImageElement;
        const file = new Image();
        file.src = image.currentSrc;
        await file.decode();
        return {
          shortEdge: Math.min(file.naturalWidth, file.naturalHeight),
          box: image.getBoundingClientRect().width,
          src: image.currentSrc,
        };
      });
      const need = box * deviceScaleFactor;
      const where = `${width}px at ${deviceScaleFactor}x: ${src} for ${Math.round(need)} px`;
      expect(shortEdge, where).toBeGreaterThanOrEqual(Math.floor(need));
      expect(shortEdge, where).toBeLessThanOrEqual(2 * need);
      await context.close();
    }
  }
});
