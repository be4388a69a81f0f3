import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "../support/test";
import {
  apiPosts,
  chooseFiles,
  isUploadRequest,
  makeNoisePng,
  signedIn,
  uploadPanel,
} from "../support/upload-helpers";
import { library } from "../support/gallery-seed";

/**
 * Fifty 5 MB images through the upload panel, as one selection. The queue sends 5 at a time
 * (lib/upload/queue.ts): what the browser had in flight is counted here, and every file must
 * land exactly once with no 5xx from the app.
 */

const FILES = 50;
const BYTES = 5_000_000;
/** The load shape, and the queue's DEFAULT_CONCURRENCY. */
const IN_FLIGHT = 5;

test("50 images of 5 MB, 5 at a time: all 50 stored once, no 5xx", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const userId = await signedIn(page, request, "load");
  const folder = testInfo.outputPath("load");
  await mkdir(folder, { recursive: true });
  const names = Array.from(
    { length: FILES },
    (_, index) => `load-${String(index).padStart(2, "0")}.png`,
  );
  // On disk, so the browser reads them itself: 250 MB is too much to ship over the protocol.
  const paths = await Promise.all(
    names.map(async (name) => {
      const file = await makeNoisePng(name, BYTES);
      expect(file.buffer.length).toBeGreaterThanOrEqual(BYTES);
      const where = path.join(folder, name);
      await writeFile(where, file.buffer);
      return where;
    }),
  );

  let inFlight = 0;
  let maxInFlight = 0;
  const statuses: number[] = [];
  page.on("request", (sent) => {
    if (!isUploadRequest(sent)) return;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
  });
  const settled = (done: import("@playwright/test").Request) => {
    if (isUploadRequest(done)) inFlight -= 1;
  };
  page.on("requestfinished", settled);
  page.on("requestfailed", settled);
  page.on("response", (response) => {
    if (isUploadRequest(response.request())) statuses.push(response.status());
  });

  const started = Date.now();
  await chooseFiles(page, paths);
  await expect(uploadPanel(page).getByRole("status")).toHaveText(`${FILES} uploaded`, {
    timeout: 90_000,
  });
  testInfo.annotations.push({
    type: "load",
    description: `${FILES} × ${BYTES} bytes in ${Date.now() - started} ms, at most ${maxInFlight} in flight`,
  });
  await rm(folder, { recursive: true, force: true });

  expect(
    statuses.filter((status) => status >= 500),
    "5xx from /api/uploads",
  ).toEqual([]);
  expect(statuses).toHaveLength(FILES);
  expect(maxInFlight).toBe(IN_FLIGHT);

  const stored = await library(request, userId);
  expect(stored.map((image) => image.name).sort()).toEqual(names);
  expect(stored.every((image) => (image.filesize ?? 0) >= BYTES)).toBe(true);
  const posts = await apiPosts(request, userId, "/v1/images");
  expect(posts).toHaveLength(FILES);
  expect(new Set(posts.map((entry) => entry.idempotencyKey)).size).toBe(FILES);
  // The header's usage line follows the uploads' quota headers, with no reload.
  await expect
    .poll(async () =>
      Number(await page.getByRole("meter", { name: "Storage" }).getAttribute("aria-valuenow")),
    )
    .toBeGreaterThanOrEqual(FILES * BYTES);
});
