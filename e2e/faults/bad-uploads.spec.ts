import { expect, test } from "../support/test";
import { CONSTRAINED_APP_URL, CONSTRAINED_UPLOAD_LIMIT } from "../env";
import {
  apiPosts,
  apiRequests,
  dropFiles,
  expectUploaded,
  isUploadRequest,
  makeImage,
  signedIn,
  uploadPanel,
  uploadRow,
} from "../support/upload-helpers";
import { library } from "../support/gallery-seed";
import { onConstrainedDeployment } from "../support/constrained";

/**
 * Every kind of bad file in one drop, on the constrained deployment (a 2 MB body limit, as
 * on a serverless host): each row says why, none offers a Retry that cannot help, nothing
 * answers 500, and the good files of the same drop land.
 */
onConstrainedDeployment();

const ROWS: [name: string, message: string][] = [
  ["huge.gif", "Files can be at most 70 MB."],
  ["empty.png", "This file is empty (0 bytes)."],
  ["notes.png", "The file is not a supported image"],
  ["drawing.svg", "SVG files can be at most 10 MB."],
  ["anim.gif", "This file is larger than this app's 2 MB upload limit."],
];

test("one drop of bad files: each row says why, no 500, and the good files land", async ({
  page,
  request,
}) => {
  const userId = await signedIn(page, request, "bad-batch");
  const answers: number[] = [];
  page.on("response", (response) => {
    if (isUploadRequest(response.request())) answers.push(response.status());
  });
  const html = {
    name: "notes.png",
    mimeType: "image/png",
    buffer: Buffer.from("<!doctype html><p>not an image"),
  };
  await dropFiles(
    page,
    [await makeImage("good.png"), html, await makeImage("good.jpg", "jpeg")],
    [
      { name: "huge.gif", type: "image/gif", bytes: 70_000_001, head: "GIF89a" },
      { name: "empty.png", type: "image/png", bytes: 0 },
      {
        name: "drawing.svg",
        type: "image/svg+xml",
        bytes: 10_000_001,
        head: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><!--',
        fill: " ",
      },
      // GIF cannot be re-encoded in the browser, so above the body limit it is refused.
      { name: "anim.gif", type: "image/gif", bytes: CONSTRAINED_UPLOAD_LIMIT + 1, head: "GIF89a" },
    ],
  );

  await expectUploaded(page, "good.png");
  await expectUploaded(page, "good.jpg");
  for (const [name, message] of ROWS) {
    const row = uploadRow(page, name);
    await expect(row, name).toContainText(message);
    await expect(row, name).toContainText("Not uploaded");
    await expect(row.getByRole("button", { name: `Retry ${name}` }), name).toHaveCount(0);
    await expect(row.getByRole("progressbar"), name).toHaveCount(0);
  }
  await expect(uploadPanel(page).getByRole("status")).toHaveText("2 uploaded, 5 not uploaded");

  // Only the HTML (which only img.pro can tell from an image) and the good files were sent.
  expect(answers.sort()).toEqual([201, 201, 422]);
  const posts = await apiPosts(request, userId, "/v1/images");
  expect(posts.map((entry) => entry.status).sort()).toEqual([201, 201, 422]);
  expect((await library(request, userId)).map((image) => image.name).sort()).toEqual([
    "good.jpg",
    "good.png",
  ]);
});

test("a body above the deployment's limit sent straight to the route is a 413, not a 500", async ({
  page,
  request,
}) => {
  const userId = await signedIn(page, request, "over-limit");
  // As a client that skips the browser's checks would send it.
  const response = await page.request.post(`${CONSTRAINED_APP_URL}/api/uploads`, {
    headers: {
      origin: CONSTRAINED_APP_URL,
      "content-type": "image/gif",
      "x-filename": "anim.gif",
      "idempotency-key": "e2e-over-limit-0001",
    },
    data: Buffer.concat([Buffer.from("GIF89a"), Buffer.alloc(CONSTRAINED_UPLOAD_LIMIT)]),
  });
  expect(response.status()).toBe(413);
  expect(await response.json()).toEqual({
    error: {
      code: "too_large",
      message: "This file is larger than this app's 2 MB upload limit.",
    },
  });
  expect(await apiRequests(request, userId, "/v1/images")).toEqual([]);
});
