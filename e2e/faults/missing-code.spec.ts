import { BLOCKED_SCRIPTS, expect, test, type Page } from "../support/test";
import { numbered, userWithImages } from "../support/gallery-seed";
import { gridTiles } from "../support/grid";
import {
  apiRequests,
  openImportForm,
  openUploadMenu,
  uploadButton,
  uploadPanel,
} from "../support/upload-helpers";

/**
 * Parts of the gallery that load on first use, asked for when their code cannot be
 * downloaded (the network dropped, or a new deploy replaced the files the page was built
 * with): each says so where it would have been, and the gallery stays.
 */

let userId = "";

test.beforeEach(async ({ page, request, pageErrors }) => {
  pageErrors.allow(BLOCKED_SCRIPTS);
  ({ userId } = await userWithImages(page, request, numbered(3)));
  await page.goto("/gallery");
  await expect(gridTiles(page)).toHaveCount(3);
  // Once hydrated: the boxes are enabled then.
  await expect(page.getByRole("checkbox").first()).toBeEnabled();
});

const blockCode = (page: Page) => page.route("**/_next/static/chunks/**", (route) => route.abort());

/** Selects the first photo with the code blocked: the selection bar's stand-in, once shown. */
async function selectionToolsMissing(page: Page) {
  await blockCode(page);
  await page.getByRole("checkbox").first().check();
  const bar = page.getByRole("alert").filter({ hasText: "selection tools couldn’t be loaded" });
  await expect(bar).toBeVisible();
  return bar;
}

/** Asks for the import form with the code blocked: the menu's stand-in, once shown. */
async function importFormMissing(page: Page) {
  await blockCode(page);
  await openUploadMenu(page);
  await uploadPanel(page).getByRole("button", { name: "Import from a URL…" }).click();
  const problem = uploadPanel(page)
    .getByRole("alert")
    .filter({ hasText: "import form couldn’t be loaded" });
  await expect(problem).toBeVisible();
  return problem;
}

/** The tools the selection bar shows once its code is there, for the selection made. */
async function expectSelectionTools(page: Page) {
  await expect(page.getByPlaceholder("Tags: beach, 2024")).toBeVisible();
  await expect(page.getByRole("checkbox").first()).toBeChecked();
}

test("the selection tools: the bar says they couldn't be loaded, and Try again loads them", async ({
  page,
}) => {
  const bar = await selectionToolsMissing(page);
  await expect(page.getByRole("heading", { level: 1, name: "Your photos" })).toBeVisible();
  await expect(gridTiles(page)).toHaveCount(3);

  // The network is back: the tools come for the selection already made.
  await page.unrouteAll();
  await bar.getByRole("button", { name: "Try again" }).click();
  await expect(bar).toHaveCount(0);
  await expectSelectionTools(page);
});

test("the import form: the menu says it couldn't be loaded, and loads it on Try again or when asked again", async ({
  page,
}) => {
  const problem = await importFormMissing(page);
  await expect(page.getByRole("heading", { level: 1, name: "Your photos" })).toBeVisible();

  // The network is back: Try again fetches the form in place.
  await page.unrouteAll();
  await problem.getByRole("button", { name: "Try again" }).click();
  await expect(problem).toHaveCount(0);
  await expect(page.getByLabel("Import from a URL")).toBeVisible();
});

test("the import form: a failed download is not kept, so asking for the form again tries again", async ({
  page,
}) => {
  await blockCode(page);
  await openImportForm(page);
  const problem = uploadPanel(page)
    .getByRole("alert")
    .filter({ hasText: "import form couldn’t be loaded" });
  await expect(problem).toBeVisible();

  await page.unrouteAll();
  await uploadButton(page).click();
  await expect(problem).toHaveCount(0);
  await expect(await openImportForm(page)).toBeVisible();
});

test("a batch action whose list code cannot be downloaded changes nothing and says so", async ({
  page,
  request,
}) => {
  await page.getByRole("checkbox").first().check();
  const tags = page.getByPlaceholder("Tags: beach, 2024");
  await expect(tags).toBeVisible();
  // The bar is there; the list's SWR engine, which every batch action goes through, is not.
  await blockCode(page);
  await tags.fill("sunset");
  await page.getByRole("button", { name: "Add tags" }).click();
  await expect(page.getByTestId("gallery-status")).toContainText(
    "Check your connection and try again",
  );
  await expect(gridTiles(page)).toHaveCount(3);
  // img.pro was asked for nothing.
  const writes = (await apiRequests(request, userId, "/v1/media")).filter(
    (entry) => entry.method !== "GET",
  );
  expect(writes).toEqual([]);
});

test("parts standing in try again by themselves when the browser is back online", async ({
  page,
}) => {
  const backOnline = async () => {
    await page.unrouteAll();
    // Nobody clicks anything: the browser saying it is online is enough.
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
  };
  const form = await importFormMissing(page);
  await backOnline();
  await expect(form).toHaveCount(0);
  await expect(page.getByLabel("Import from a URL")).toBeVisible();
  await page.keyboard.press("Escape");

  const bar = await selectionToolsMissing(page);
  await backOnline();
  await expect(bar).toHaveCount(0);
  await expectSelectionTools(page);
});

test("Try again says it is trying until the download ends, and a second click starts nothing more", async ({
  page,
}) => {
  const bar = await selectionToolsMissing(page);

  // The next downloads hang until the test lets them fail.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let attempts = 0;
  await page.unrouteAll();
  await page.route("**/_next/static/chunks/**", async (route) => {
    attempts += 1;
    await released;
    await route.abort();
  });
  await bar.getByRole("button", { name: "Try again" }).click();
  const trying = bar.getByRole("button", { name: "Trying…" });
  await expect(trying).toHaveAttribute("aria-disabled", "true");
  await expect.poll(() => attempts).toBeGreaterThan(0);
  const asked = attempts;
  // aria-disabled keeps it focusable and in the tab order, so a click still lands on it.
  await trying.click({ force: true });
  await expect(trying).toBeVisible();
  expect(attempts).toBe(asked);

  release();
  await expect(bar.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(bar).toContainText("selection tools couldn’t be loaded");
});
