/**
 * `npm run screenshots`: pictures of the app for the README, in docs/screenshots/.
 *
 * It builds the app (`next build` into `.next-screenshots`, skipped when that build is newer
 * than every source file; `npm run screenshots -- --build` always builds), starts the emulator (in memory) and
 * `next start` on free ports of their own (from 3800 and 4800, or SCREENSHOTS_APP_PORT and
 * SCREENSHOTS_EMULATOR_PORT), signs a new user in through the hosted login, gives them a
 * gallery of generated photos (gradients and shapes drawn with sharp: no fetch from outside),
 * and captures each screen in Chromium at 1280 × 800 (the phone gallery at 360 × 740), in
 * the light and the dark scheme, as docs/screenshots/<screen>-<light|dark>.png:
 *
 *   landing, gallery, upload (the tray while three photos upload), lightbox, billing, phone
 *
 * `npm run screenshots -- --dev` takes the same pictures from `next dev` (what `npm run dev`
 * starts, into `.next-screenshots-dev`) and writes them to test-results/screenshots-dev/, to
 * look at, not to commit.
 *
 * Re-run it whenever the UI changes, and commit the pictures. Selectors are loose (roles,
 * text, "the first photo") so a redesign does not break them: when something is not found
 * the screen is captured anyway and a warning is printed. About a minute and a half with a
 * build, on two cores.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import sharp from "sharp";
import { launchChromium, signIn } from "../bench/browser";
import {
  appEnvFor,
  nextBuild,
  nextDev,
  nextStart,
  startEmulator,
  type Server,
} from "../bench/processes";
import { DEMO_APP } from "../emulator/demo-app";
import { portIsFree } from "./port-free";
import { PHOTOS, photoJpeg, type PhotoSpec } from "./screenshot-photos";

const DEV = process.argv.includes("--dev");
const OUT_DIR = DEV ? "test-results/screenshots-dev" : "docs/screenshots";
const DIST_DIR = DEV ? ".next-screenshots-dev" : ".next-screenshots";
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const SCHEMES = ["light", "dark"] as const;

const warnings: string[] = [];
function warn(message: string) {
  warnings.push(message);
  console.warn(`[screenshots] warning: ${message}`);
}
const started = Date.now();
function log(step: string) {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(3);
  console.log(`[screenshots] ${seconds} s  ${step}`);
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port between ${from} and ${from + 99}`);
}

async function main() {
  const appPort = await freePort(Number(process.env.SCREENSHOTS_APP_PORT ?? 3800));
  const emulatorPort = await freePort(Number(process.env.SCREENSHOTS_EMULATOR_PORT ?? 4800));
  const urls = {
    appUrl: `http://localhost:${appPort}`,
    emulatorUrl: `http://127.0.0.1:${emulatorPort}`,
  };
  const env = appEnvFor(urls, DIST_DIR);
  const servers: Server[] = [];
  let browser: Browser | null = null;
  try {
    if (DEV) {
      log("no build: the app runs under next dev");
    } else if (!process.argv.includes("--build") && buildIsCurrent()) {
      log(`reusing the build in ${DIST_DIR} (newer than every source file)`);
    } else {
      log(`building the app into ${DIST_DIR}`);
      await nextBuild(".", env);
    }
    log(`starting the emulator on ${emulatorPort} and the app on ${appPort}`);
    servers.push(await startEmulator(urls));
    servers.push(await (DEV ? nextDev("app", appPort, env) : nextStart("app", ".", appPort, env)));
    browser = await launchChromium();

    log("signing in through the hosted login");
    const session = await signIn(browser, urls, `photos-${Date.now()}@example.com`);
    await control(urls.emulatorUrl, `/users/${session.userId}/plan`, {
      plan: "pro",
      interval: "monthly",
    });
    const signedIn = await session.context.storageState();
    await session.context.close();

    log(`seeding ${PHOTOS.length} generated photos`);
    for (const [index, photo] of PHOTOS.entries()) {
      await seed(urls.emulatorUrl, session.userId, photo, await photoJpeg(photo, index));
    }

    mkdirSync(OUT_DIR, { recursive: true });
    for (const scheme of SCHEMES) {
      // The landing page as a visitor sees it: signed out.
      const open = (viewport = DESKTOP, { signedOut = false } = {}) =>
        browser!.newContext({
          viewport,
          deviceScaleFactor: 1,
          colorScheme: scheme,
          storageState: signedOut ? undefined : signedIn,
          ...(viewport === PHONE ? { isMobile: true, hasTouch: true } : {}),
        });
      await capture(await open(DESKTOP, { signedOut: true }), `landing-${scheme}`, async (page) => {
        await page.goto(`${urls.appUrl}/`);
      });
      await capture(await open(), `gallery-${scheme}`, async (page) => {
        await gotoGallery(page, urls.appUrl);
      });
      await capture(await open(), `lightbox-${scheme}`, async (page) => {
        await gotoGallery(page, urls.appUrl);
        await openFirstPhoto(page);
      });
      await capture(await open(), `billing-${scheme}`, async (page) => {
        await page.goto(`${urls.appUrl}/billing`);
      });
      await capture(await open(PHONE), `phone-${scheme}`, async (page) => {
        await gotoGallery(page, urls.appUrl);
      });
    }
    // Last: each upload adds photos to the gallery the other screens show.
    for (const [round, scheme] of SCHEMES.entries()) {
      const context = await browser.newContext({
        viewport: DESKTOP,
        deviceScaleFactor: 1,
        colorScheme: scheme,
        storageState: signedIn,
      });
      await capture(
        context,
        `upload-${scheme}`,
        async (page) => {
          await gotoGallery(page, urls.appUrl);
          await uploadThree(page, round);
        },
        { quiet: false },
      );
    }
    log(`done: ${SCHEMES.length * 6} pictures in ${OUT_DIR}/`);
    if (warnings.length > 0) log(`${warnings.length} warning(s): look at those pictures`);
  } finally {
    await browser?.close();
    for (const server of servers.reverse()) await server.stop();
  }
}

/** The sources a build depends on; a build newer than all of them can be reused. */
const SOURCES = ["app", "components", "lib", "pages", "public", "proxy.ts", "instrumentation.ts"];
const CONFIG_FILES = ["next.config.ts", "package-lock.json", "postcss.config.mjs"];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestChange(join(path, entry))),
    stat.mtimeMs,
  );
}

function buildIsCurrent(): boolean {
  const buildId = join(DIST_DIR, "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return [...SOURCES, ...CONFIG_FILES].every((path) => newestChange(path) < built);
}

/**
 * Runs the steps, waits for the page to settle (unless `quiet` is false: an upload in
 * progress never goes quiet) and saves a PNG, whatever the steps met.
 */
async function capture(
  context: BrowserContext,
  name: string,
  steps: (page: Page) => Promise<void>,
  { quiet = true } = {},
) {
  const page = await context.newPage();
  page.on("pageerror", (error) => warn(`${name}: page error: ${error.message}`));
  try {
    await steps(page);
  } catch (error) {
    warn(`${name}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  if (quiet) await settle(page);
  const png = await page.screenshot({ animations: "disabled", caret: "hide" });
  // A palette PNG is a quarter of the size and looks the same at this scale.
  await sharp(png)
    .png({ palette: true, quality: 90, effort: 8, compressionLevel: 9 })
    .toFile(`${OUT_DIR}/${name}.png`);
  log(`captured ${name}`);
  await context.close();
}

/** Network quiet, fonts loaded, and every image in view decoded. */
async function settle(page: Page) {
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => {});
  await page
    .evaluate(async () => {
      await document.fonts.ready;
      const inView = [...document.images].filter((image) => {
        const box = image.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight && box.width > 0;
      });
      await Promise.all(inView.map((image) => image.decode().catch(() => {})));
    })
    .catch(() => {});
  await page.waitForTimeout(300);
}

async function gotoGallery(page: Page, appUrl: string) {
  await page.goto(`${appUrl}/gallery`);
  await page
    .locator("main img")
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => warn("no photo showed on /gallery"));
}

async function openFirstPhoto(page: Page) {
  await page.locator("main img").first().click({ timeout: 5_000 });
  await page
    .getByRole("dialog")
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => warn("the lightbox did not open as a dialog"));
  // The large image, not only the dialog's frame.
  await page
    .getByRole("dialog")
    .locator("img")
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => {});
}

/**
 * Three photos chosen on the gallery's file input, captured while they upload: the upload
 * is slowed (as a slow connection would) so the tray shows progress, not only "done".
 */
async function uploadThree(page: Page, round: number) {
  const files = await Promise.all(
    PHOTOS.slice(0, 3).map(async (photo, index) => ({
      name: `${photo.file.replace(/\.jpg$/, "")}-${round + 2}.jpg`,
      mimeType: "image/jpeg",
      buffer: await photoJpeg(
        { ...photo, width: photo.width * 2, height: photo.height * 2 },
        40 + round * 3 + index,
      ),
    })),
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    // Bytes a second, shared by the three: each takes a few seconds, so the tray shows progress.
    uploadThroughput: 40_000,
  });
  const input = page.locator('input[type="file"]').first();
  if ((await input.count()) === 0) {
    warn("no file input on /gallery: the upload screen shows the gallery only");
    return;
  }
  await input.setInputFiles(files);
  await page.waitForTimeout(1_500);
  await page.evaluate(() => document.fonts.ready).catch(() => {});
}

async function seed(emulatorUrl: string, userId: string, photo: PhotoSpec, jpeg: Buffer) {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), photo.file);
  form.set("name", photo.caption);
  form.set("caption", photo.caption);
  if (photo.tags.length > 0) form.set("tags", photo.tags.join(","));
  if (photo.album) form.set("namespace", photo.album);
  const response = await fetch(`${emulatorUrl}/v1/images`, {
    method: "POST",
    headers: { authorization: `Bearer ${DEMO_APP.secret}`, "x-img-user": userId },
    body: form,
  });
  if (response.status !== 201) {
    throw new Error(`seeding ${photo.file}: ${response.status} ${await response.text()}`);
  }
}

async function control(emulatorUrl: string, path: string, body: unknown) {
  const response = await fetch(`${emulatorUrl}/__emulator${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
