import { cpus, platform, release } from "node:os";
import { readFileSync, writeFileSync } from "node:fs";
import type { Browser } from "@playwright/test";
import { DEMO_APP } from "../emulator/demo-app";
import { launchChromium, scriptBytes, signIn, userIdOf } from "./browser";
import { tilesDirectly, tilesThroughApp } from "./tiles";
import {
  appEnvFor,
  nextBuild,
  nextStart,
  sampleRss,
  startEmulator,
  startServer,
  treeRss,
  type Server,
} from "./processes";
import {
  kilobytes,
  markdownTable,
  median,
  megabytes,
  millis,
  ratio,
  seconds,
  withSection,
  type Figure,
} from "./report";
import {
  deleteImages,
  inParallel,
  listFirstPage,
  noisePng,
  smallJpeg,
  timed,
  uploadDirectly,
  uploadThroughApp,
  uploadThroughMinimalProxy,
  clearLibrary,
  noisePhoto,
  type BenchFile,
  type Endpoints,
} from "./workload";

/**
 * `npm run bench`: builds the app and a bare Next.js page, starts them with the emulator on
 * ports of their own (BENCH_APP_PORT, BENCH_EMULATOR_PORT), measures, prints a Markdown
 * table and writes it to bench/RESULTS.md and README.md. Every figure is a ratio of two
 * things measured in this run, on this machine, so machines of any speed can compare.
 */

const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3700);
const BARE_PORT = Number(process.env.BENCH_BARE_PORT ?? APP_PORT + 1);
const PROXY_PORT = Number(process.env.BENCH_PROXY_PORT ?? APP_PORT + 2);
const EMULATOR_PORT = Number(process.env.BENCH_EMULATOR_PORT ?? 4700);
const urls: Endpoints = {
  appUrl: `http://localhost:${APP_PORT}`,
  emulatorUrl: `http://127.0.0.1:${EMULATOR_PORT}`,
};
const bareUrl = `http://localhost:${BARE_PORT}`;
const proxyUrl = `http://localhost:${PROXY_PORT}`;
/** Fresh servers for the memory rounds (see `uploads`), on the next two ports. */
const MEMORY_APP_PORT = PROXY_PORT + 1;
const MEMORY_PROXY_PORT = PROXY_PORT + 2;
const memoryAppUrl = `http://localhost:${MEMORY_APP_PORT}`;
const memoryProxyUrl = `http://localhost:${MEMORY_PROXY_PORT}`;

/** `npm run bench -- uploads pages js`: only those parts (all when none is named). */
const PARTS = ["uploads", "tiles", "pages", "js"] as const;
const chosen = process.argv.slice(2);
for (const part of chosen) {
  if (!(PARTS as readonly string[]).includes(part)) {
    throw new Error(`npm run bench -- ${part}: name any of ${PARTS.join(", ")}`);
  }
}
const runs = (part: (typeof PARTS)[number]) => chosen.length === 0 || chosen.includes(part);

/** The upload queue in the browser sends a few files at once; every path gets the same. */
const UPLOAD_CONCURRENCY = 5;
const ROUNDS = 5;
const GALLERY_IMAGES = 1000;
/** Photos chosen at once for the time-to-tile figure. */
const TILES = 12;
const GALLERY_SAMPLES = 60;
/** Requests to each server before /gallery and its floors are timed. */
const WARM_UPS = 100;
/** img.pro's per-file limit is 70 MB (decimal): the largest file it takes. */
const LARGEST_FILE = 70_000_000;
const UPLOAD_TARGET = 1.15;
const PROXY_TARGET = 1.1;
const MEMORY_TARGET = 32_000_000;

const MB = 1_000_000;

async function main() {
  const servers: Server[] = [];
  const browser = await launchChromium();
  const figures: Figure[] = [];
  try {
    log("building the app and a bare Next.js app");
    // With app/bench-floor: the bare list page served as a page of this app.
    const appEnv = { ...appEnvFor(urls, ".next-bench"), BENCH_FLOOR_PAGE: "1" };
    await nextBuild(".", appEnv);
    await nextBuild("bench/bare-app", { NEXT_TELEMETRY_DISABLED: "1" });

    servers.push(
      // Filling a library of 1,000 images must not meet the per-minute API limit.
      await startEmulator(urls, { EMULATOR_RATE_LIMIT: "1000000" }),
    );
    // BENCH_APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the app server.
    const nodeArgs = process.env.BENCH_APP_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
    const app = await nextStart("app", ".", APP_PORT, appEnv, nodeArgs);
    servers.push(app);
    // Next 16's Turbopack also bundles this repository's instrumentation.ts into the bare
    // app's server, so it runs the app's configuration check: give it the configuration.
    servers.push(await nextStart("bare app", "bench/bare-app", BARE_PORT, appEnv));
    // The minimal proxy, a process of its own like the app, on `port`.
    const startMinimalProxy = (name: string, port: number, url: string) =>
      startServer(
        name,
        ["--import", "tsx", "bench/minimal-proxy.ts"],
        { ...appEnv, PROXY_PORT: String(port) },
        url,
      );
    servers.push(await startMinimalProxy("minimal proxy", PROXY_PORT, proxyUrl));

    log("signing in through the hosted login");
    const session = await signIn(browser, urls, `bench-${Date.now()}@example.com`);
    const directEmail = `bench-direct-${Date.now()}@example.com`;
    await control("/users", { email: directEmail, app_id: DEMO_APP.id, connect: true });
    const directUser = await userIdOf(urls.emulatorUrl, directEmail);
    // Free's 100 uploads and 1 GB would run out; the largest plan has room for every round.
    for (const user of [session.userId, directUser]) {
      await control(`/users/${user}/plan`, { plan: "max", interval: "monthly" });
    }

    if (runs("uploads")) {
      // The memory rounds' own app and proxy, which no other upload has passed through: a
      // process keeps resident the memory a burst made resident, so on the timed servers
      // (100 MB in flight at once) an upload that held its whole file could show no growth
      // at all. The same build and configuration; APP_URL is its own address.
      const memoryApp = await nextStart("app (memory)", ".", MEMORY_APP_PORT, {
        ...appEnv,
        APP_URL: memoryAppUrl,
      });
      servers.push(memoryApp);
      const memoryProxy = await startMinimalProxy(
        "minimal proxy (memory)",
        MEMORY_PROXY_PORT,
        memoryProxyUrl,
      );
      servers.push(memoryProxy);
      figures.push(...(await uploads({ memoryApp, memoryProxy }, session, directUser)));
    }
    if (runs("tiles")) figures.push(...(await tiles(browser, session, directUser)));
    if (runs("pages")) figures.push(...(await pages(browser, session)));
    if (runs("js")) figures.push(...(await javascript(browser, session)));
    report(figures);
  } finally {
    await browser.close();
    for (const server of servers.reverse()) await server.stop();
  }
}

type Session = Awaited<ReturnType<typeof signIn>>;

async function uploads(
  memoryServers: { memoryApp: Server; memoryProxy: Server },
  session: Session,
  directUser: string,
): Promise<Figure[]> {
  // The three paths of an upload, through a given app server and minimal proxy.
  const pathsThrough = (
    appUrl: string,
    viaProxyUrl: string,
  ): Record<Path, (file: BenchFile) => Promise<string>> => ({
    app: (file) => uploadThroughApp({ ...urls, appUrl }, session.cookie, file),
    proxy: (file) => uploadThroughMinimalProxy(viaProxyUrl, directUser, file),
    direct: (file) => uploadDirectly(urls, directUser, file),
  });
  const paths = pathsThrough(urls.appUrl, proxyUrl);
  const owner = (path: Path) => (path === "app" ? session.userId : directUser);
  const cleanUp = async (user: string, ids: string[]) => deleteImages(urls, user, ids);

  log("making the files");
  const batch = await Promise.all(
    Array.from({ length: 20 }, (_, index) => noisePng(`batch-${index}.png`, 5 * MB)),
  );
  const largest = await noisePng("largest.png", LARGEST_FILE);
  if (largest.bytes.length > LARGEST_FILE) throw new Error("the large file is over 70 MB");

  log("warming up");
  for (const path of PATHS) {
    await cleanUp(owner(path), await inParallel(batch.slice(0, 5), 5, paths[path]));
  }

  log(`uploading 20 × 5 MB, ${ROUNDS} rounds each way`);
  const batchTimes = await alternate(async (path) => {
    let ids: string[] = [];
    const ms = await timed(async () => {
      ids = await inParallel(batch, UPLOAD_CONCURRENCY, paths[path]);
    });
    await cleanUp(owner(path), ids);
    return ms;
  });

  log(`uploading 1 × 70 MB, ${ROUNDS} rounds each way`);
  const largeTimes = await alternate(async (path) => {
    let id = "";
    const ms = await timed(async () => {
      id = await paths[path](largest);
    });
    await cleanUp(owner(path), [id]);
    return ms;
  });

  log("measuring the app's and the minimal proxy's memory during 5 MB and 70 MB uploads");
  // On servers of their own (see main); sampling costs CPU, so apart from the timed rounds.
  const memoryPaths = pathsThrough(memoryAppUrl, memoryProxyUrl);
  const memoryPid = { app: memoryServers.memoryApp.pid, proxy: memoryServers.memoryProxy.pid };
  const growth = {
    app: { small: [] as number[], large: [] as number[] },
    proxy: { small: [] as number[], large: [] as number[] },
  };
  // One small upload first loads each server's code, which is not the upload's memory.
  for (const server of ["app", "proxy"] as const) {
    await cleanUp(owner(server), [await memoryPaths[server](batch[0]!)]);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const size of round % 2 === 0
      ? (["small", "large"] as const)
      : (["large", "small"] as const)) {
      for (const server of ["app", "proxy"] as const) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const before = treeRss(memoryPid[server]);
        const sampler = sampleRss(memoryPid[server]);
        const id = await memoryPaths[server](size === "small" ? batch[0]! : largest);
        growth[server][size].push(sampler.stop() - before);
        await cleanUp(owner(server), [id]);
      }
    }
  }

  const peaks = (server: "app" | "proxy") => ({
    small: Math.max(...growth[server].small),
    large: Math.max(...growth[server].large),
  });
  const described = ({ small, large }: { small: number; large: number }) =>
    `${megabytes(large)} (${megabytes(small)}), largest of ${ROUNDS}`;
  const app = peaks("app");

  return [
    ...uploadFigures("Upload 20 × 5 MB (5 at a time)", batchTimes),
    ...uploadFigures("Upload 1 × 70 MB", largeTimes),
    {
      measure: "App server peak memory growth during one upload: 70 MB (5 MB)",
      result: described(app),
      target: `< ${megabytes(MEMORY_TARGET)}`,
      met: app.large < MEMORY_TARGET && app.small < MEMORY_TARGET,
    },
    information({
      measure: "Minimal proxy peak memory growth during one upload: 70 MB (5 MB)",
      result: described(peaks("proxy")),
    }),
  ];
}

async function tiles(browser: Browser, session: Session, directUser: string): Promise<Figure[]> {
  log(`making ${TILES} photos for each of ${ROUNDS} rounds each way`);
  const photos = await Promise.all(
    Array.from({ length: ROUNDS * 2 }, (_, round) =>
      Promise.all(
        Array.from({ length: TILES }, (_, index) => noisePhoto(`tile-${round}-${index}.jpg`)),
      ),
    ),
  );
  const signedIn = await session.context.storageState();
  log(`timing ${TILES} photos chosen until ${TILES} tiles show, ${ROUNDS} rounds each way`);
  const times = { app: [] as number[], direct: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? (["direct", "app"] as const) : (["app", "direct"] as const);
    for (const path of order) {
      const files = photos.pop()!;
      if (path === "app") {
        times.app.push(await tilesThroughApp(browser, urls.appUrl, signedIn, files));
        await clearLibrary(urls, session.userId);
      } else {
        times.direct.push(await tilesDirectly(browser, urls, directUser, files));
        await clearLibrary(urls, directUser);
      }
    }
  }
  return [
    information(
      ratioFigure(
        `Time to tile, ${TILES} photos of about 2 MB: app ÷ the same files straight to img.pro`,
        median(times.app),
        median(times.direct),
        seconds,
        0,
      ),
    ),
  ];
}

async function pages(browser: Browser, session: Session): Promise<Figure[]> {
  log(`filling a library with ${GALLERY_IMAGES} images, and another with one page`);
  const library = await Promise.all(
    Array.from({ length: GALLERY_IMAGES }, (_, index) => smallJpeg(index)),
  );
  await inParallel(library, 8, (file) => uploadDirectly(urls, session.userId, file));
  const onePage = await signIn(browser, urls, `bench-small-${Date.now()}@example.com`);
  const pageSize = 30;
  await inParallel(library.slice(0, pageSize), 8, (file) =>
    uploadDirectly(urls, onePage.userId, file),
  );

  log("timing /gallery against a bare page with the list call, and the call alone");
  const samples = {
    gallery: () => galleryPage(session.cookie),
    barePage: () => bareListPage(bareUrl, "/list", session.userId),
    floorPage: () => bareListPage(urls.appUrl, "/bench-floor", session.userId),
    smallGallery: () => galleryPage(onePage.cookie),
    list: () => listFirstPage(urls, session.userId),
  };
  const times = await interleaved(samples, GALLERY_SAMPLES);
  const images = GALLERY_IMAGES.toLocaleString("en-US");
  return [
    ratioFigure(
      `/gallery with ${images} images ÷ a bare dynamic Next.js page making the same list call`,
      median(times.gallery),
      median(times.barePage),
      millis,
      1.3,
    ),
    information(
      ratioFigure(
        "The same bare page served by this app (its root layout and proxy.ts) ÷ by a bare Next.js app",
        median(times.floorPage),
        median(times.barePage),
        millis,
        0,
      ),
    ),
    information(
      ratioFigure(
        `/gallery with ${images} images ÷ the bare page served by this app`,
        median(times.gallery),
        median(times.floorPage),
        millis,
        0,
      ),
    ),
    information(
      ratioFigure(
        `/gallery with ${images} images ÷ the list call alone`,
        median(times.gallery),
        median(times.list),
        millis,
        0,
      ),
    ),
    {
      ...ratioFigure(
        `/gallery with ${images} images ÷ with ${pageSize}`,
        median(times.gallery),
        median(times.smallGallery),
        millis,
        1.5,
      ),
      // Not one of the targets: it shows the page does not grow with the library.
      target: "≤ 1.5× (ours)",
    },
  ];
}

async function javascript(browser: Browser, session: Session): Promise<Figure[]> {
  log("measuring JavaScript in Chromium");
  const signedIn = await session.context.storageState();
  const bareJs = await scriptBytes(browser, `${bareUrl}/`);
  const homeJs = await scriptBytes(browser, `${urls.appUrl}/`);
  const galleryJs = await scriptBytes(browser, `${urls.appUrl}/gallery`, signedIn);
  return [
    ratioFigure("JavaScript on / ÷ a bare Next.js page", homeJs, bareJs, kilobytes, 1.5),
    {
      measure: "JavaScript on /gallery (signed in)",
      result: `${kilobytes(galleryJs)} (${ratio(galleryJs / bareJs)} the bare page)`,
      target: "≤ 150 kB",
      met: galleryJs <= 150_000,
    },
  ];
}

const PATHS = ["direct", "proxy", "app"] as const;
type Path = (typeof PATHS)[number];

/**
 * Rounds in the order direct, proxy, app, then app, proxy, direct, …, so drift in the
 * machine evens out.
 */
async function alternate(round: (path: Path) => Promise<number>) {
  const times: Record<Path, number[]> = { app: [], proxy: [], direct: [] };
  for (let index = 0; index < ROUNDS; index++) {
    const order = index % 2 === 0 ? PATHS : [...PATHS].reverse();
    for (const path of order) times[path].push(await round(path));
  }
  return times;
}

/** `count` timings of each task, taken in turn so drift in the machine evens out. */
async function interleaved<Name extends string>(
  tasks: Record<Name, () => Promise<unknown>>,
  count: number,
): Promise<Record<Name, number[]>> {
  const names = Object.keys(tasks) as Name[];
  // Every server warmed alike: the app has served sign-ins and uploads by now, the bare app
  // nothing, and a cold server's first requests run unoptimised code that would flatter
  // any ratio against it.
  for (let warm = 0; warm < WARM_UPS; warm++) for (const name of names) await tasks[name]();
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    Name,
    number[]
  >;
  for (let sample = 0; sample < count; sample++) {
    for (const name of names) times[name].push(await timed(tasks[name]));
  }
  return times;
}

function uploadFigures(workload: string, times: Record<Path, number[]>): Figure[] {
  const [app, proxy, direct] = [median(times.app), median(times.proxy), median(times.direct)];
  return [
    ratioFigure(`${workload}: app ÷ direct`, app, direct, seconds, UPLOAD_TARGET),
    ratioFigure(`${workload}: app ÷ minimal proxy`, app, proxy, seconds, PROXY_TARGET),
    information(ratioFigure(`${workload}: minimal proxy ÷ direct`, proxy, direct, seconds, 0)),
  ];
}

/** A figure shown for context, with no target of its own. */
function information(figure: Pick<Figure, "measure" | "result">): Figure {
  return { ...figure, target: "(for information)", met: null };
}

function ratioFigure(
  measure: string,
  value: number,
  baseline: number,
  unit: (value: number) => string,
  target: number,
): Figure {
  const measured = value / baseline;
  return {
    measure,
    result: `${ratio(measured)} (${unit(value)} vs ${unit(baseline)})`,
    target: `≤ ${target}×`,
    met: measured <= target,
  };
}

/** The whole server-rendered response, as a browser's first request receives it. */
async function galleryPage(cookie: string) {
  const response = await fetch(`${urls.appUrl}/gallery`, {
    headers: { cookie },
    redirect: "manual",
  });
  const html = await response.text();
  if (response.status !== 200 || !html.includes(`data-testid="image-grid"`)) {
    throw new Error(`/gallery answered ${response.status}`);
  }
}

/**
 * The floor for /gallery: bench/bare-app's dynamic page with the same list call, served by
 * the bare app (`/list`) or by this app's bench build (`/bench-floor`, the same code).
 */
async function bareListPage(origin: string, path: string, userId: string) {
  const response = await fetch(`${origin}${path}?user=${encodeURIComponent(userId)}`);
  const html = await response.text();
  if (response.status !== 200 || !html.includes("<h1>Images</h1>")) {
    throw new Error(`the bare list page at ${origin}${path} answered ${response.status}`);
  }
}

async function control(path: string, body: unknown) {
  const response = await fetch(`${urls.emulatorUrl}/__emulator${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

function report(figures: Figure[]) {
  const table = markdownTable(figures);
  const machine =
    `Node ${process.versions.node}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ` +
    `${platform()} ${release()}`;
  const when = new Date().toISOString().slice(0, 10);
  const about =
    `Measured by \`npm run bench\` on ${when} (${machine}). Times are medians; ` +
    `uploads of ${ROUNDS} rounds each way, /gallery of ${GALLERY_SAMPLES} requests.`;
  if (chosen.length > 0) {
    // A partial run is for working on one figure; only a whole run is written down.
    console.log(`\n${about}\n\n${table}`);
    return;
  }
  const results = `# Benchmark results\n\n${about}\n\n${table}\n\nHow each figure is measured: bench/README.md.\n`;
  writeFileSync("bench/RESULTS.md", results);
  const readme = readFileSync("README.md", "utf8");
  writeFileSync(
    "README.md",
    withSection(readme, `${about}\n\n${table}\n\nDetails: [bench/RESULTS.md](bench/RESULTS.md).`),
  );
  console.log(`\n${table}\n\nWritten to bench/RESULTS.md and README.md.`);
}

function log(step: string) {
  console.log(`[bench] ${step}…`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
