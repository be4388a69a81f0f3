import type { Browser, BrowserContext, Page } from "@playwright/test";
import { DEMO_APP } from "../emulator/demo-app";
import type { BenchFile, Endpoints } from "./workload";

/**
 * Time to tile, in Chromium: from the moment the photos are chosen (the file input's change
 * event) to the moment every one of them shows as a loaded image. Timed by the page's own
 * clock, so Playwright's cost of handing the files over is left out of both.
 */

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** Tall enough that every new tile is in view: tiles below the fold load lazily. */
const VIEWPORT = { width: 1280, height: 2400 };

const asChosen = (files: BenchFile[]) =>
  files.map((file) => ({ name: file.name, mimeType: file.type, buffer: Buffer.from(file.bytes) }));

/** The app: the files chosen in /gallery's upload panel, until their 12 tiles show. */
export async function tilesThroughApp(
  browser: Browser,
  appUrl: string,
  signedIn: StorageState,
  files: BenchFile[],
): Promise<number> {
  const context = await pageContext(browser, { storageState: signedIn, viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(`${appUrl}/gallery`, { waitUntil: "networkidle" });
    const names = files.map((file) => file.name);
    // The clock is set up before the files are handed over, so no change event is missed.
    await page.evaluate((expected) => {
      const shown = () =>
        [...document.querySelectorAll<HTMLImageElement>("li[data-image-id] img")].filter(
          (image) => expected.includes(image.alt) && image.complete && image.naturalWidth > 0,
        ).length;
      (window as unknown as Timed).tiles = new Promise<number>((resolve) => {
        document.addEventListener(
          "change",
          () => {
            const start = performance.now();
            const check = () =>
              shown() >= expected.length
                ? resolve(performance.now() - start)
                : requestAnimationFrame(check);
            check();
          },
          { capture: true, once: true },
        );
      });
    }, names);
    await page.locator('input[type="file"]').first().setInputFiles(asChosen(files));
    return await measured(page, "the app's tiles");
  } finally {
    await context.close();
  }
}

/**
 * A browser context for in-page timing. tsx compiles this file with esbuild's keepNames, so
 * functions passed to page.evaluate call a `__name` helper that pages lack: give them one.
 */
async function pageContext(browser: Browser, options: Parameters<Browser["newContext"]>[0]) {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: "globalThis.__name = (target) => target;" });
  return context;
}

/** The page's measurement, or a clear failure rather than a benchmark that hangs. */
async function measured(page: Page, what: string): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not all show within 2 minutes`)),
      120_000,
    );
  });
  try {
    return await Promise.race([page.evaluate(() => (window as unknown as Timed).tiles), limit]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The floor: a page on img.pro's own origin that sends the same files straight to
 * `POST /v1/images`, five at a time as the app's queue does, and shows each as the same
 * small WebP variant a tile loads.
 */
export async function tilesDirectly(
  browser: Browser,
  { emulatorUrl }: Endpoints,
  userId: string,
  files: BenchFile[],
): Promise<number> {
  // The emulator's pages may carry a CSP of their own; this page is the benchmark's.
  const context = await pageContext(browser, { viewport: VIEWPORT, bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.goto(`${emulatorUrl}/__emulator/health`);
    await page.setContent('<input type="file" multiple><ul></ul>');
    await directUploader(page, { secret: DEMO_APP.secret, userId });
    await page.locator('input[type="file"]').setInputFiles(asChosen(files));
    return await measured(page, "the direct uploads' images");
  } finally {
    await context.close();
  }
}

function directUploader(page: Page, auth: { secret: string; userId: string }) {
  return page.evaluate(
    ({ secret, userId }) =>
      void ((window as unknown as Timed).tiles = new Promise<number>((resolve, reject) => {
        const input = document.querySelector("input")!;
        input.addEventListener("change", async () => {
          const start = performance.now();
          const files = [...(input.files ?? [])];
          const list = document.querySelector("ul")!;
          const shown: Promise<void>[] = [];
          let next = 0;
          const worker = async () => {
            while (next < files.length) {
              const file = files[next++]!;
              const form = new FormData();
              form.append("file", file, file.name);
              const response = await fetch("/v1/images", {
                method: "POST",
                headers: {
                  authorization: `Bearer ${secret}`,
                  "x-img-user": userId,
                  "idempotency-key": crypto.randomUUID(),
                },
                body: form,
              });
              if (response.status !== 201) throw new Error(`upload: ${response.status}`);
              const { url } = (await response.json()) as { url: string };
              const image = new Image();
              const variant = new URL(url);
              variant.searchParams.set("size", "s");
              variant.searchParams.set("format", "webp");
              image.src = variant.toString();
              const item = document.createElement("li");
              item.append(image);
              list.append(item);
              shown.push(image.decode());
            }
          };
          try {
            await Promise.all(Array.from({ length: 5 }, worker));
            await Promise.all(shown);
            resolve(performance.now() - start);
          } catch (error) {
            reject(error);
          }
        });
      })),
    auth,
  );
}

/** The page's own measurement, left on window until the benchmark reads it. */
interface Timed {
  tiles: Promise<number>;
}
