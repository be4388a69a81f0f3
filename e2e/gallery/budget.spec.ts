import { expect, test } from "../support/test";
import { APP_URL } from "../env";
import { numbered, userWithImages } from "../support/gallery-seed";

/**
 * The gallery's JavaScript budget (README, "Benchmark"): what a first visit downloads before
 * any input, compressed as `next start` serves it. Next.js and React take 135 kB of it, so a
 * change that adds code to the first screen has to take some out, or load it on first use
 * (docs/conventions.md, "What a page downloads"). `npm run bench` reports the same figure.
 */
const GALLERY_JS_BUDGET = 150_000;

test("the gallery's first download stays within its JavaScript budget", async ({
  page,
  request,
  browser,
}) => {
  // A full first page with more to load: whatever it loads by itself counts.
  await userWithImages(page, request, numbered(40));
  const visit = await browser.newContext({
    storageState: await page.context().storageState(),
    baseURL: APP_URL,
    viewport: { width: 1280, height: 720 },
  });
  const fresh = await visit.newPage();
  const sizes: Promise<number>[] = [];
  fresh.on("requestfinished", (finished) => {
    if (finished.resourceType() === "script") {
      sizes.push(finished.sizes().then((size) => size.responseBodySize));
    }
  });
  await fresh.goto("/gallery", { waitUntil: "networkidle" });
  const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await visit.close();
  expect(total, `${total} bytes of JavaScript`).toBeGreaterThan(100_000);
  expect(total, `${total} bytes of JavaScript`).toBeLessThanOrEqual(GALLERY_JS_BUDGET);
});
