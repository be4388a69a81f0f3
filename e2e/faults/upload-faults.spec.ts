import {
  BLOCKED_SCRIPTS,
  expect,
  test,
  type AllowedPageError,
  type APIRequestContext,
  type Page,
  type Request,
} from "../support/test";
import { DEMO_APP_ID, DEMO_APP_NAME, EMULATOR_URL } from "../env";
import {
  apiPosts,
  apiRequests,
  expectUploaded,
  chooseFiles,
  isUploadRequest,
  lastSeq,
  makeImage,
  signedIn,
  uploadButton,
  uploadPanel,
  uploadRow,
} from "../support/upload-helpers";
import { library } from "../support/gallery-seed";
import { onConstrainedDeployment } from "../support/constrained";
import {
  emulatorControl,
  sessionCookie,
  expectDisconnected,
  injectFault,
} from "../support/emulator";

/**
 * Uploads against img.pro's failures, injected with the emulator's controls and always
 * scoped to the test's own user (other spec files share the emulator). What img.pro
 * received is read back from its request log and library, not inferred from the page.
 */

/**
 * A signed-in gallery whose page has its own code but can fetch no more: the upload code,
 * which loads on first use, now cannot, as after a deploy replaced the chunks. Answers the
 * user and the notice that stands in for the upload tools.
 */
async function withoutUploadCode(
  page: Page,
  request: APIRequestContext,
  pageErrors: { allow(entry: AllowedPageError): void },
  label: string,
) {
  pageErrors.allow(BLOCKED_SCRIPTS);
  const userId = await signedIn(page, request, label);
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  const notice = page.getByRole("alert").filter({ hasText: "couldn’t be loaded" });
  return { userId, notice };
}

test("if the upload code cannot be fetched, the files chosen are held and named, and upload on Try again", async ({
  page,
  request,
  pageErrors,
}) => {
  const { userId, notice } = await withoutUploadCode(page, request, pageErrors, "no-engine");
  await chooseFiles(page, [await makeImage("kept-1.png"), await makeImage("kept-2.png")]);
  await expect(notice).toContainText("Not uploaded yet: kept-1.png, kept-2.png.");
  // A file added after that is named too; the gallery stays, with no error page.
  await chooseFiles(page, await makeImage("later.png"));
  await expect(notice).toContainText("Not uploaded yet: kept-1.png, kept-2.png, later.png.");
  await expect(page.getByRole("heading", { level: 1, name: "Your photos" })).toBeVisible();
  await expect(notice.getByRole("button", { name: "Reload page" })).toBeVisible();
  expect(await apiPosts(request, userId, "/v1/images")).toEqual([]);

  // Still no code: Try again says it is trying, then leaves the files held and named.
  const tryAgain = notice.getByRole("button", { name: /^(Try again|Trying…)$/ });
  await tryAgain.click();
  await expect(tryAgain).toHaveText("Try again");
  await expect(notice).toContainText("Not uploaded yet: kept-1.png, kept-2.png, later.png.");

  // The code can be fetched again: the same files upload, in the order they were chosen.
  await page.unroute("**/_next/static/chunks/**");
  await tryAgain.click();
  await expect(notice).toHaveCount(0);
  for (const name of ["kept-1.png", "kept-2.png", "later.png"]) await expectUploaded(page, name);
  expect(await apiPosts(request, userId, "/v1/images")).toHaveLength(3);
});

test("if the upload code cannot be fetched before any file is chosen, the notice counts a long list and tries again once back online", async ({
  page,
  request,
  pageErrors,
}) => {
  const { userId, notice } = await withoutUploadCode(page, request, pageErrors, "no-engine-early");
  // A pointer over + Upload starts loading the upload code, before anything is chosen.
  await uploadButton(page).hover();
  await expect(notice).toContainText("Check your connection and try again.");
  const names = Array.from({ length: 7 }, (_, index) => `late-${index + 1}.png`);
  await chooseFiles(page, await Promise.all(names.map((name) => makeImage(name))));
  await expect(notice).toContainText(
    `Not uploaded yet: ${names.slice(0, 5).join(", ")} and 2 more. They upload once the tools load.`,
  );
  expect(await apiPosts(request, userId, "/v1/images")).toEqual([]);

  // The browser says it is back online: the code is fetched again and the files go.
  await page.unroute("**/_next/static/chunks/**");
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(notice).toHaveCount(0);
  await expect(async () =>
    expect(await apiPosts(request, userId, "/v1/images")).toHaveLength(7),
  ).toPass({ timeout: 20_000 });
});

test("files dropped while no upload code can be fetched are named, with no overlay and no error page", async ({
  page,
  request,
  pageErrors,
}) => {
  const { userId, notice } = await withoutUploadCode(page, request, pageErrors, "no-overlay");
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(64)], "dropped.png", { type: "image/png" }));
    return transfer;
  });
  // Files over the window ask for the overlay and the upload code; neither can come.
  await page.locator("body").dispatchEvent("dragenter", { dataTransfer });
  await expect(notice).toContainText("Check your connection and try again.");
  // Give the overlay's failed download time to land while the drag is still on.
  await page.waitForTimeout(500);
  await expect(page.getByTestId("drop-overlay")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "Your photos" })).toBeVisible();
  // The drop lands on the page itself.
  await page.locator("body").dispatchEvent("drop", { dataTransfer });
  await expect(notice).toContainText("Not uploaded yet: dropped.png.");
  expect(await apiPosts(request, userId, "/v1/images")).toEqual([]);
});

test("a 429 with Retry-After: the browser waits that long, retries with the same key, one copy", async ({
  page,
  request,
}) => {
  const userId = await signedIn(page, request, "limited");
  await injectFault(request, userId, {
    path: "/v1/images",
    method: "POST",
    status: 429,
    retry_after: 3,
    times: 1,
  });
  const sent: Request[] = [];
  page.on("requestfinished", (finished) => {
    if (isUploadRequest(finished)) sent.push(finished);
  });
  await chooseFiles(page, await makeImage("limited.png"));
  await expect(uploadRow(page, "limited.png")).toContainText(
    "img.pro is busy. Retrying in 3 seconds…",
  );
  await expectUploaded(page, "limited.png");

  const log = await apiPosts(request, userId, "/v1/images");
  expect(log.map((entry) => entry.status)).toEqual([429, 201]);
  expect(log[0]!.idempotencyKey).toBeTruthy();
  expect(log[1]!.idempotencyKey).toBe(log[0]!.idempotencyKey);
  expect(await library(request, userId)).toHaveLength(1);

  // The wait, on the browser's own clock: from the end of the 429 to the next request.
  // Without Retry-After the first backoff would be 1 s. The tolerance is wide because the
  // timings mix the wall clock (startTime) with monotonic offsets (responseEnd): on a loaded
  // 2-core CI run they drifted 75 ms apart while the app waited the full 3 s.
  expect(sent).toHaveLength(2);
  const [refused, retried] = sent as [Request, Request];
  expect((await refused.response())?.status()).toBe(429);
  const answeredAt = refused.timing().startTime + refused.timing().responseEnd;
  const waited = retried.timing().startTime - answeredAt;
  expect(waited).toBeGreaterThanOrEqual(3000 - 400);
  expect(waited).toBeLessThan(3000 + 1500);
  expect(retried.headers()["idempotency-key"]).toBe(refused.headers()["idempotency-key"]);
});

test("an account deleted at img.pro: the upload signs the user out and sends nothing more", async ({
  page,
  request,
}) => {
  const userId = await signedIn(page, request, "forbidden");
  await emulatorControl(request, "DELETE", `/users/${userId}`);
  const names = Array.from({ length: 7 }, (_, index) => `f${index + 1}.png`);
  await chooseFiles(page, await Promise.all(names.map((name) => makeImage(name))));

  await expectDisconnected(page);
  // At most the five the queue had in flight reached img.pro, all refused; the rest stayed.
  const log = await apiPosts(request, userId, "/v1/images");
  expect(log.length).toBeGreaterThanOrEqual(1);
  expect(log.length).toBeLessThanOrEqual(5);
  expect(new Set(log.map((entry) => entry.status))).toEqual(new Set([403]));
});

test("a suspended app stops on a clear page, calls img.pro no more, and carries on when reinstated", async ({
  page,
  request,
}) => {
  const userId = await signedIn(page, request, "suspended");
  // The gallery refetches its list a second after an upload; the suspension comes after
  // that, so the page meets it through the uploads below, not through that refetch.
  let uploadAnswered = false;
  page.on("response", (response) => {
    if (isUploadRequest(response.request())) uploadAnswered = true;
  });
  const listRefetched = page.waitForResponse(
    (response) =>
      uploadAnswered &&
      new URL(response.url()).pathname === "/api/images" &&
      response.request().method() === "GET",
  );
  await chooseFiles(page, await makeImage("before.png"));
  await expectUploaded(page, "before.png");
  await listRefetched;

  const since = await lastSeq(request, userId);
  await emulatorControl(request, "POST", `/apps/${DEMO_APP_ID}/suspend`, { user: userId });
  const names = Array.from({ length: 7 }, (_, index) => `s${index + 1}.png`);
  await chooseFiles(page, await Promise.all(names.map((name) => makeImage(name))));

  await expect(page).toHaveURL(/\/suspended$/);
  await expect(
    page.getByRole("heading", { name: `${DEMO_APP_NAME} is unavailable` }),
  ).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "img.pro has suspended this app",
  );
  await expect(page.getByText("You are still signed in")).toBeVisible();
  expect(await sessionCookie(page)).toBeDefined();
  // At most the first 5 went before the page stopped, and img.pro refused each.
  const refused = await apiPosts(request, userId, "/v1/images", since);
  expect(refused.length).toBeGreaterThanOrEqual(1);
  expect(refused.length).toBeLessThanOrEqual(5);
  expect(refused.every((entry) => entry.status === 403)).toBe(true);

  // The stop page itself asks img.pro nothing, however often it is shown.
  const stopped = await lastSeq(request, userId);
  await page.reload();
  await expect(
    page.getByRole("heading", { name: `${DEMO_APP_NAME} is unavailable` }),
  ).toBeVisible();
  expect(await apiRequests(request, userId, "/", stopped)).toEqual([]);

  // Reinstated: Try again goes straight back to the gallery, with no sign-in on the way.
  await emulatorControl(request, "POST", `/apps/${DEMO_APP_ID}/unsuspend`, { user: userId });
  const emulatorPages: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame.url().startsWith(EMULATOR_URL)) emulatorPages.push(frame.url());
  });
  await page.getByRole("link", { name: "Try again" }).click();
  await expect(page).toHaveURL(/\/gallery$/);
  const grid = page.getByRole("region", { name: "Your photos" });
  await expect(grid.getByRole("img", { name: "before.png", exact: true })).toBeVisible();
  await chooseFiles(page, await makeImage("after.png"));
  await expectUploaded(page, "after.png");
  expect(emulatorPages, "img.pro pages shown").toEqual([]);
  expect((await library(request, userId)).map((image) => image.name).sort()).toEqual([
    "after.png",
    "before.png",
  ]);
});

test.describe("on a constrained deployment (IMGPRO_UPLOAD_TIMEOUT_MS=5000)", () => {
  onConstrainedDeployment();

  test("an upload img.pro never answers ends in seconds with a message; Retry is safe", async ({
    page,
    request,
  }) => {
    const userId = await signedIn(page, request, "hang");
    await injectFault(request, userId, {
      path: "/v1/images",
      method: "POST",
      hang: true,
      times: 1,
    });
    const started = Date.now();
    await chooseFiles(page, await makeImage("stuck.png"));
    const row = uploadRow(page, "stuck.png");
    await expect(row).toContainText(
      "img.pro did not answer within 5 seconds, so the upload was stopped. Retry sends it again; it won't be stored twice.",
      { timeout: 15_000 },
    );
    expect(Date.now() - started).toBeLessThan(12_000);
    // Nothing left running: no bar, no Cancel, and the summary says so.
    await expect(row).toContainText("Failed");
    await expect(row.getByRole("progressbar")).toHaveCount(0);
    await expect(row.getByRole("button", { name: "Cancel stuck.png" })).toHaveCount(0);
    await expect(uploadPanel(page).getByRole("status")).toHaveText("1 not uploaded");
    // Not retried by itself: one request, which img.pro saw end when the app gave up.
    await expect.poll(async () => (await apiPosts(request, userId, "/v1/images")).length).toBe(1);

    await row.getByRole("button", { name: "Retry stuck.png" }).click();
    await expectUploaded(page, "stuck.png");
    const log = await apiPosts(request, userId, "/v1/images");
    expect(log).toHaveLength(2);
    expect(log[1]!.status).toBe(201);
    expect(log[1]!.idempotencyKey).toBe(log[0]!.idempotencyKey);
    expect(await library(request, userId)).toHaveLength(1);
  });
});
