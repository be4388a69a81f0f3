import { BLOCKED_SCRIPTS, expect, test } from "../support/test";
import { emulatorControl, signInNewUser } from "../support/emulator";
import { numbered, seedImages } from "../support/gallery-seed";

/**
 * An image img.pro is still processing shows as a placeholder, then as itself once img.pro
 * says it is ready; a failed one says so. The emulator's processing control makes the next
 * image answer "processing" to its first reads.
 */

test("a processing image is a placeholder until img.pro says it is ready", async ({
  page,
  request,
}) => {
  const userId = await signInNewUser(page, request, "processing");
  await emulatorControl(request, "POST", `/users/${userId}/processing`, { reads: 2 });
  const [id] = await seedImages(request, userId, numbered(1));
  await page.goto("/gallery");
  const tile = page.locator(`[data-image-id="${id}"]`);
  await expect(tile.getByTestId("tile-placeholder")).toContainText("Processing…");
  // Asked after 1 s and 2 s (still processing), then 4 s later: ready.
  await expect(tile.getByRole("img")).toBeVisible({ timeout: 20_000 });
  await expect(tile.getByTestId("tile-placeholder")).toHaveCount(0);
});

test("an image img.pro could not process says so", async ({ page, request }) => {
  const userId = await signInNewUser(page, request, "processing");
  await emulatorControl(request, "POST", `/users/${userId}/processing`, {
    reads: 1,
    then: "failed",
  });
  const [id] = await seedImages(request, userId, numbered(1));
  await page.goto("/gallery");
  const placeholder = page.locator(`[data-image-id="${id}"]`).getByTestId("tile-placeholder");
  await expect(placeholder).toContainText("Processing…");
  await expect(placeholder).toContainText("img.pro could not process this image.", {
    timeout: 15_000,
  });
});

test("if the code that watches a processing image cannot be fetched, its tile says to refresh later", async ({
  page,
  request,
  pageErrors,
}) => {
  pageErrors.allow(BLOCKED_SCRIPTS);
  const userId = await signInNewUser(page, request, "processing-no-watcher");
  await seedImages(request, userId, [{ filename: "ready.jpg", namespace: "done" }]);
  await emulatorControl(request, "POST", `/users/${userId}/processing`, { reads: 50 });
  const [id] = await seedImages(request, userId, [{ filename: "slow.jpg", namespace: "later" }]);
  // A view with nothing processing, hydrated; then no more code can be fetched.
  await page.goto("/gallery?album=done");
  await expect(page.getByRole("checkbox").first()).toBeEnabled();
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  // The album with the processing image needs the watcher, whose code cannot come.
  await page.getByRole("combobox", { name: "Album" }).selectOption("later");
  const placeholder = page.locator(`[data-image-id="${id}"]`).getByTestId("tile-placeholder");
  await expect(placeholder).toContainText("Still processing. Refresh the page later.");
  await expect(page.getByRole("heading", { level: 1, name: "Your photos" })).toBeVisible();
});
