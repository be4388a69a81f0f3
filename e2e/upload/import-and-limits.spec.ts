import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "../support/test";
import { APP_URL, CONSTRAINED_UPLOAD_LIMIT } from "../env";
import { library } from "../support/gallery-seed";
import {
  apiRequests,
  expectUploaded,
  chooseFiles,
  makeImage,
  makeLargePng,
  openImportForm,
  signedIn,
  uploadPanel,
  uploadRow,
} from "../support/upload-helpers";
import { onConstrainedDeployment } from "../support/constrained";

/**
 * Uploads and imports in Chromium, through the app and the emulator. Every fault is scoped
 * to the test's own user: other spec files run against the same emulator at the same time.
 */

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
    await (await openImportForm(page)).fill(`${origin}/photos/served.jpg`);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByText("Imported served.jpg.")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByLabel("Import from a URL")).toHaveValue("");
    const grid = page.getByRole("region", { name: "Your photos" });
    await expect(grid.getByRole("img", { name: "served.jpg", exact: true })).toBeVisible();
    expect((await library(request, userId)).map((image) => image.name)).toEqual(["served.jpg"]);
  });

  test("a URL answering 404 shows img.pro's fetch_failed next to the field", async ({
    page,
    request,
  }) => {
    const userId = await signedIn(page, request, "import-404");
    const field = await openImportForm(page);
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
    const field = await openImportForm(page);
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
  onConstrainedDeployment();

  test("a PNG above the limit is resized in the browser to fit", async ({ page, request }) => {
    const limit = CONSTRAINED_UPLOAD_LIMIT;
    const userId = await signedIn(page, request, "resize");
    await chooseFiles(page, await makeLargePng("big.png", limit * 1.5));
    const row = uploadRow(page, "big.png");
    await expectUploaded(page, "big.png");
    // The note stays in view once the batch is over: the file stored is not the one chosen.
    await expect(row).toContainText("Resized to fit the 2 MB upload limit");
    await expect(
      uploadPanel(page).getByRole("button", { name: /^Show \d+ uploaded$/ }),
    ).toHaveCount(0);
    const [stored] = await library(request, userId);
    expect(stored?.name).toMatch(/^big\.(webp|jpg)$/);
    expect(stored?.filesize).toBeLessThanOrEqual(limit);
  });
});
