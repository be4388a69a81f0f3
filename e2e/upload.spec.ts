import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./support/test";
import {
  apiPosts,
  apiRequests,
  dropFiles,
  expectPanelReady,
  expectUploaded,
  chooseFiles,
  isUploadRequest,
  lastSeq,
  makeImage,
  makeLargePng,
  pasteFiles,
  signedIn,
  uploadDirectly,
  uploadPanel,
  uploadRow,
} from "./fixtures/upload-helpers";
import { library } from "./support/gallery-seed";
import { APP_URL, CONSTRAINED_APP_URL, CONSTRAINED_UPLOAD_LIMIT } from "./env";
import { constrainedServerUp } from "./support/constrained";
import { injectFault } from "./support/emulator";

/**
 * Uploads and imports in Chromium, through the app and the emulator. Every fault is scoped
 * to the test's own user: other spec files run against the same emulator at the same time.
 */

test("drop three files: two images land, the HTML renamed .png says why and offers no Retry", async ({
  page,
  request,
}) => {
  const userId = await signedIn(page, request, "drop");
  const html = {
    name: "notes.png",
    mimeType: "image/png",
    buffer: Buffer.from("<!doctype html><p>hi"),
  };
  await dropFiles(page, [await makeImage("red.png"), html, await makeImage("blue.jpg", "jpeg")]);

  await expectUploaded(page, "red.png");
  await expectUploaded(page, "blue.jpg");
  await expect(uploadRow(page, "notes.png")).toContainText("The file is not a supported image");
  // img.pro refused the bytes themselves: sending them again cannot help.
  await expect(uploadRow(page, "notes.png")).toContainText("Not uploaded");
  await expect(
    uploadRow(page, "notes.png").getByRole("button", { name: "Retry notes.png" }),
  ).toHaveCount(0);
  await expect(uploadPanel(page).getByRole("status")).toHaveText(
    "2 files uploaded. 1 file not uploaded.",
  );

  const names = (await library(request, userId)).map((image) => image.name).sort();
  expect(names).toEqual(["blue.jpg", "red.png"]);
  // The grid (built on the panel's onUploaded) shows them without a reload.
  const grid = page.getByRole("region", { name: "Your images" });
  await expect(grid.getByRole("img", { name: "red.png", exact: true })).toBeVisible();
  await expect(grid.getByRole("img", { name: "blue.jpg", exact: true })).toBeVisible();
  await expect(grid.getByRole("img", { name: "notes.png", exact: true })).toHaveCount(0);

  // The meters follow the quota headers of the uploads, with no reload.
  const uploads = page.getByRole("meter", { name: "Uploads this month" });
  await expect(uploads).toHaveAttribute("aria-valuenow", "2");
  await expect(uploads).toHaveAttribute("aria-valuetext", "2 of 100");

  await uploadPanel(page).getByRole("button", { name: "Clear finished" }).click();
  await expect(uploadRow(page, "red.png")).toHaveCount(0);
  await expect(uploadRow(page, "notes.png")).toHaveCount(0);
});

test("files the browser refuses never leave it, and the others still go", async ({
  page,
  request,
}) => {
  const userId = await signedIn(page, request, "refuse");
  let sent = 0;
  page.on("request", (r) => {
    if (isUploadRequest(r)) sent += 1;
  });
  // Built in the page: 70,000,001 bytes is too much to ship over the protocol for nothing.
  await dropFiles(
    page,
    [],
    [
      { name: "huge.gif", type: "image/gif", bytes: 70_000_001 },
      { name: "empty.png", type: "image/png", bytes: 0 },
      { name: "page.html", type: "text/html", bytes: 6, head: "<html>" },
    ],
  );
  await dropFiles(page, [await makeImage("fine.png")]);
  await expect(uploadRow(page, "huge.gif")).toContainText("Files can be at most 70 MB.");
  await expect(uploadRow(page, "empty.png")).toContainText("This file is empty (0 bytes).");
  await expect(uploadRow(page, "page.html")).toContainText("Not a supported image.");
  await expectUploaded(page, "fine.png");
  // Only fine.png left the browser: the app's route never saw the others either.
  expect(sent).toBe(1);
  expect((await apiRequests(request, userId, "/v1/images")).length).toBe(1);
});

test("the same file again is reported as already in the gallery", async ({ page, request }) => {
  const userId = await signedIn(page, request, "dedup");
  const photo = await makeImage("again.png");
  await chooseFiles(page, photo);
  await expectUploaded(page, "again.png");
  await uploadPanel(page).getByRole("button", { name: "Clear finished" }).click();
  await chooseFiles(page, photo);
  await expectUploaded(page, "again.png", "Already in your gallery");
  expect(await library(request, userId)).toHaveLength(1);
});

test("img.pro answering 503 is retried with the same key, and stores one copy", async ({
  page,
  request,
}) => {
  const userId = await signedIn(page, request, "busy");
  await injectFault(request, userId, {
    path: "/v1/images",
    method: "POST",
    status: 503,
    retry_after: 2,
    times: 2,
  });
  await chooseFiles(page, await makeImage("busy.png"));
  await expect(uploadRow(page, "busy.png")).toContainText("img.pro is busy, retrying in 2s…");
  await expectUploaded(page, "busy.png");

  const posts = await apiPosts(request, userId, "/v1/images");
  expect(posts.map((entry) => entry.status)).toEqual([503, 503, 201]);
  expect(new Set(posts.map((entry) => entry.idempotencyKey)).size).toBe(1);
  expect(posts[0]!.idempotencyKey).toBeTruthy();
  expect(await library(request, userId)).toHaveLength(1);
});

test("Cancel stops an upload; Retry sends it again with the same key", async ({
  page,
  request,
}) => {
  const userId = await signedIn(page, request, "cancel");
  const fault = await injectFault(request, userId, {
    path: "/v1/images",
    method: "POST",
    latency_ms: 30_000,
    times: 1,
  });
  // The key each upload request carries, as the browser sent it (the first may be canceled
  // before it ever reaches img.pro, so img.pro's log cannot tell).
  const keys: string[] = [];
  page.on("request", (r) => {
    if (isUploadRequest(r)) keys.push(r.headers()["idempotency-key"] ?? "");
  });
  const answers: number[] = [];
  page.on("response", (r) => {
    if (isUploadRequest(r.request())) answers.push(r.status());
  });
  const firstUpload = page.waitForRequest(isUploadRequest);
  await chooseFiles(page, await makeImage("slow.png"));
  await firstUpload;
  const row = uploadRow(page, "slow.png");
  await row.getByRole("button", { name: "Cancel slow.png" }).click();
  await expect(row).toContainText("Canceled");
  await fault.lift();
  await row.getByRole("button", { name: "Retry slow.png" }).click();
  await expectUploaded(page, "slow.png");
  expect(await library(request, userId)).toHaveLength(1);
  // The canceled request, then Retry. Retry may meet the canceled one still running at img.pro
  // (seen in a loaded run): img.pro answers 409 idempotency_key_in_progress and the browser
  // tries once more after Retry-After, still with the one key.
  expect(keys.length).toBeGreaterThanOrEqual(2);
  expect(answers).toEqual([...Array<number>(answers.length - 1).fill(409), 201]);
  expect(new Set(keys).size).toBe(1);
  expect(keys[0]).toBeTruthy();
});

test("a screenshot pasted anywhere on the page is uploaded with a pasted- name", async ({
  page,
  request,
}) => {
  await signedIn(page, request, "paste");
  await page.getByRole("heading", { name: "Your gallery" }).click();
  await pasteFiles(page, [await makeImage("image.png")]);
  const row = uploadPanel(page)
    .getByRole("listitem")
    .filter({ hasText: /pasted-\d{8}-\d{6}\.png/ });
  await expect(row).toContainText("Uploaded");
});

test("the panel works from the keyboard", async ({ page, request }) => {
  await signedIn(page, request, "keyboard");
  await expectPanelReady(page);
  const choose = uploadPanel(page).getByRole("button", { name: "Choose images", exact: true });
  await choose.focus();
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Enter");
  await (await chooser).setFiles(await makeImage("typed.png"));
  await expectUploaded(page, "typed.png");
  await uploadPanel(page).getByRole("button", { name: "Clear finished" }).focus();
  await page.keyboard.press("Enter");
  await expect(uploadRow(page, "typed.png")).toHaveCount(0);
});

test("an exhausted monthly quota stops the queue with an upgrade prompt and no retry", async ({
  page,
  request,
}) => {
  const userId = await signedIn(page, request, "quota");
  // The free plan's 100 uploads, used up straight at img.pro: no fault can fake a 403.
  await uploadDirectly(request, userId, 100);
  const since = await lastSeq(request, userId);
  const names = Array.from({ length: 7 }, (_, index) => `q${index + 1}.png`);
  await chooseFiles(page, await Promise.all(names.map((n) => makeImage(n))));
  await expect(uploadPanel(page)).toContainText(
    "Monthly upload limit reached (100 on the Free plan).",
  );
  const upgrade = uploadPanel(page).getByRole("link", { name: "Upgrade plan" });
  await expect(upgrade).toHaveAttribute("href", "/billing");
  // The five already on their way (the queue sends 5 at a time) were refused; the waiting
  // two were never sent.
  for (const name of names.slice(0, 5)) {
    await expect(uploadRow(page, name)).toContainText("Failed");
    await expect(uploadRow(page, name).getByRole("progressbar")).toHaveCount(0);
  }
  for (const name of names.slice(5)) {
    await expect(uploadRow(page, name)).toContainText(
      "Not sent: the plan's upload limit was reached.",
    );
  }
  await expect(uploadPanel(page).getByRole("status")).toHaveText("7 files not uploaded.");
  expect(await library(request, userId)).toHaveLength(100);
  await page.reload();
  await expect(page.getByRole("meter", { name: "Uploads this month" })).toHaveAttribute(
    "aria-valuetext",
    "100 of 100. Limit reached.",
  );

  // img.pro's log, read after the reload (later than any automatic retry would have come):
  // each refused file was sent once, under its own key, and nothing else.
  const posts = await apiPosts(request, userId, "/v1/images", since);
  expect(posts.map((entry) => entry.status)).toEqual([403, 403, 403, 403, 403]);
  expect(new Set(posts.map((entry) => entry.idempotencyKey)).size).toBe(5);
});

test.describe("import from a URL", () => {
  let server: http.Server;
  let origin = "";

  test.beforeAll(async () => {
    const photo = await makeImage("served.jpg", "jpeg");
    server = http.createServer((req, res) => {
      if (req.url === "/photos/served.jpg") {
        res.writeHead(200, { "content-type": "image/jpeg", "content-length": photo.buffer.length });
        res.end(photo.buffer);
      } else {
        res.writeHead(404, { "content-type": "text/plain" }).end("not here");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("an image served by the test lands in the gallery", async ({ page, request }) => {
    const userId = await signedIn(page, request, "import");
    await page.getByLabel("Import from a URL").fill(`${origin}/photos/served.jpg`);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByText("Imported served.jpg.")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByLabel("Import from a URL")).toHaveValue("");
    const grid = page.getByRole("region", { name: "Your images" });
    await expect(grid.getByRole("img", { name: "served.jpg", exact: true })).toBeVisible();
    expect((await library(request, userId)).map((image) => image.name)).toEqual(["served.jpg"]);
  });

  test("a URL answering 404 shows img.pro's fetch_failed next to the field", async ({
    page,
    request,
  }) => {
    const userId = await signedIn(page, request, "import-404");
    const field = page.getByLabel("Import from a URL");
    await field.fill(`${origin}/photos/missing.jpg`);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(field).toHaveAccessibleDescription(
      /img\.pro could not fetch that URL: .*HTTP 404/,
      { timeout: 20_000 },
    );
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveValue(`${origin}/photos/missing.jpg`);
    expect(await library(request, userId)).toHaveLength(0);
  });

  test("credentials and other schemes are refused before img.pro is asked", async ({
    page,
    request,
  }) => {
    const userId = await signedIn(page, request, "import-bad");
    const field = page.getByLabel("Import from a URL");
    for (const [url, message] of [
      ["ftp://example.com/a.jpg", "Only http and https addresses can be imported."],
      [`http://user:secret@127.0.0.1/a.jpg`, /Remove the user name and password/],
    ] as const) {
      await field.fill(url);
      await page.getByRole("button", { name: "Import", exact: true }).click();
      await expect(field).toHaveAccessibleDescription(message);
    }
    expect(await apiRequests(request, userId, "/v1/images")).toHaveLength(0);
  });
});

test("the upload route refuses bad requests with JSON, never a 500", async ({ page, request }) => {
  await signedIn(page, request, "route");
  const headers = {
    origin: APP_URL,
    "content-type": "image/png",
    "x-filename": "a.png",
    "idempotency-key": "e2e-key-0001",
  };
  const post = (extra: Record<string, string>, data: Buffer = Buffer.from("x")) =>
    page.request.post(`${APP_URL}/api/uploads`, { headers: { ...headers, ...extra }, data });
  const cases: [Record<string, string>, number, string][] = [
    [{ origin: "https://evil.example" }, 403, "cross_site"],
    [{ "content-type": "text/html" }, 415, "unsupported_type"],
    [{ "idempotency-key": "short" }, 400, "invalid_idempotency_key"],
    [{ "x-external-id": "nothex" }, 400, "invalid_external_id"],
  ];
  for (const [extra, status, code] of cases) {
    const response = await post(extra);
    expect(response.status(), code).toBe(status);
    expect(await response.json()).toMatchObject({ error: { code } });
  }
  const signedOut = await request.post(`${APP_URL}/api/uploads`, {
    headers,
    data: Buffer.from("x"),
  });
  expect(signedOut.status()).toBe(401);
  expect(await signedOut.json()).toMatchObject({ error: { code: "unauthenticated" } });
});

test.describe("on a deployment with a small request-body limit", () => {
  test.use({ baseURL: CONSTRAINED_APP_URL });

  test("a PNG above the limit is resized in the browser to fit", async ({ page, request }) => {
    await constrainedServerUp(request);
    const limit = CONSTRAINED_UPLOAD_LIMIT;
    const userId = await signedIn(page, request, "resize");
    await chooseFiles(page, await makeLargePng("big.png", limit * 1.5));
    const row = uploadRow(page, "big.png");
    await expect(row).toContainText(/Resized to fit the 2 MB upload limit/, { timeout: 30_000 });
    await expectUploaded(page, "big.png");
    const [stored] = await library(request, userId);
    expect(stored?.name).toMatch(/^big\.(webp|jpg)$/);
    expect(stored?.filesize).toBeLessThanOrEqual(limit);
  });
});
