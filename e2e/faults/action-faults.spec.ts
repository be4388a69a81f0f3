import { expect, SERVER_RENDER_FAILED, test } from "../support/test";
import { CONSTRAINED_CALL_TIMEOUT_MS, EMULATOR_URL } from "../env";
import { onConstrainedDeployment } from "../support/constrained";
import { apiPosts, apiRequests } from "../support/upload-helpers";
import { emulatorControl, signInNewUser, injectFault } from "../support/emulator";
import { libraryIds, mediaObject, numbered, seedImages } from "../support/gallery-seed";
import { gridTileIds, gridTiles, openTile, scrollUntilTiles } from "../support/grid";

/**
 * Server actions against img.pro's failures (faults scoped to the test's own user). These go
 * through lib/imgpro/client.ts and its timeout for calls other than uploads (IMGPRO_TIMEOUT_MS).
 */

// The same build with IMGPRO_TIMEOUT_MS=4000 (e2e/env.ts): the timeout is the deployment's
// setting, so the test waits seconds, not the default 15.
test.describe("on a constrained deployment (IMGPRO_TIMEOUT_MS=4000)", () => {
  onConstrainedDeployment();

  test("a caption save img.pro never answers ends after the timeout with a truthful message", async ({
    page,
    request,
  }) => {
    const userId = await signInNewUser(page, request, "save-hang");
    const [id] = await seedImages(request, userId, [{ filename: "dusk.jpg" }]);
    await page.goto(`/images/${id}`);
    await injectFault(request, userId, {
      path: "/v1/media/*",
      method: "PATCH",
      hang: true,
      times: 1,
    });

    await page.getByLabel("Caption").fill("Lost in transit");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("button", { name: "Saving…" })).toBeVisible();
    // The outcome is unknown, so the message claims nothing was undone, and says what to do.
    await expect(page.getByTestId("detail-status")).toHaveText(
      "Couldn't save the caption: img.pro did not answer in time. Refresh to see whether the change was saved.",
      { timeout: CONSTRAINED_CALL_TIMEOUT_MS + 10_000 },
    );
    await expect(page.getByRole("button", { name: "Save", exact: true })).not.toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await expect(page.getByLabel("Caption")).toHaveValue("Lost in transit");
    // A PATCH carries no Idempotency-Key, so it is sent once, never repeated by itself; img.pro
    // saw it end when the app gave up.
    const patches = async () =>
      (await apiRequests(request, userId, "/v1/media/"))
        .filter((entry) => entry.method === "PATCH")
        .map((entry) => entry.status);
    await expect.poll(patches).toEqual([504]);

    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByTestId("detail-status")).toHaveText("Saved the caption.");
    expect((await mediaObject(request, userId, id as string)).caption).toBe("Lost in transit");
  });
});

test("img.pro answering already_subscribed to a checkout sends the user to its manage page", async ({
  page,
  request,
}) => {
  const userId = await signInNewUser(page, request, "subscribed");
  await page.goto("/billing");
  await expect(page.getByTestId("current-plan")).toHaveText("Free");
  // The checkout call is held at img.pro's door while the user pays elsewhere: the app read
  // a free plan, img.pro then finds a paid one and answers 409 already_subscribed.
  const fault = await injectFault(request, userId, {
    path: "/v1/billing/checkout",
    method: "POST",
    latency_ms: 4000,
    times: 1,
  });
  await page.getByTestId("plan-pro").getByRole("button", { name: "Upgrade to Pro" }).click();
  await expect
    .poll(async () => {
      const response = await request.get(`${EMULATOR_URL}/__emulator/faults`);
      const { data } = (await response.json()) as { data: { id: string; hits: number }[] };
      return data.find((candidate) => candidate.id === fault.id)?.hits;
    })
    .toBe(1);
  await emulatorControl(request, "POST", `/users/${userId}/plan`, { plan: "pro" });

  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/billing\\?t=`));
  await expect(page.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
  const checkouts = await apiPosts(request, userId, "/v1/billing/checkout");
  expect(checkouts.map((entry) => entry.status)).toEqual([409]);
});

test("a delete img.pro fails after its first 100 images: those go, the rest come back, and the message says which", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const userId = await signInNewUser(page, request, "batch-partial");
  await emulatorControl(request, "POST", `/users/${userId}/plan`, { plan: "pro" });
  const ids = await seedImages(request, userId, numbered(105));
  await page.goto("/gallery");
  const tiles = gridTiles(page);
  await scrollUntilTiles(page, 105);
  // Select all appears in the selection bar, once one image is selected.
  await tiles.first().getByRole("checkbox").check();
  await page.getByRole("button", { name: "Select all loaded (105)" }).click();

  // img.pro takes ids 100 at a time: the first call goes through, every later one fails.
  await injectFault(request, userId, {
    path: "/v1/media/batch",
    method: "DELETE",
    status: 503,
    skip: 1,
  });
  await page.getByRole("button", { name: "Delete selected" }).click();
  await page
    .getByRole("dialog", { name: "Delete 105 images?" })
    .getByRole("button", { name: "Delete 105 images" })
    .click();
  await expect(page.getByTestId("gallery-status")).toHaveText(
    /^Deleted 100 images\. 5 images not deleted: img\.pro is temporarily unavailable/,
  );
  // The grid, the selection and img.pro agree: the five oldest are left, still selected.
  const oldestFive = ids.slice(0, 5).sort();
  expect((await libraryIds(request, userId)).sort()).toEqual(oldestFive);
  await expect(tiles).toHaveCount(5);
  expect((await gridTileIds(page)).sort()).toEqual(oldestFive);
  await expect(page.getByTestId("selection-summary")).toHaveText("5 images selected");
});

test("an image img.pro fails to load says so on its page and in the modal; Retry loads it", async ({
  page,
  request,
  pageErrors,
}) => {
  pageErrors.allow(SERVER_RENDER_FAILED);
  const userId = await signInNewUser(page, request, "detail-retry");
  const [id] = await seedImages(request, userId, [{ filename: "dusk.jpg" }]);
  const failing = { path: "/v1/media/*", method: "GET", status: 500 };
  const problem = page.getByRole("alert").filter({ hasText: "This image couldn't be loaded." });

  let fault = await injectFault(request, userId, failing);
  await page.goto(`/images/${id}`);
  await expect(problem).toContainText("img.pro did not answer as expected. Try again in a moment.");
  await fault.lift();
  await problem.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("heading", { name: "dusk.jpg" })).toBeVisible();
  await expect(problem).toHaveCount(0);

  await page.goto("/gallery");
  await expect(gridTiles(page)).toHaveCount(1);
  fault = await injectFault(request, userId, failing);
  await openTile(page, id as string);
  const modal = page.getByRole("dialog");
  await expect(modal.getByRole("alert")).toContainText("This image couldn't be loaded.");
  await fault.lift();
  await modal.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("dialog", { name: "dusk.jpg" })).toBeVisible();
});
