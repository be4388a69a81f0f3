import { randomBytes, randomUUID } from "node:crypto";
import sharp from "sharp";
import { DEMO_APP } from "../emulator/demo-app";

/**
 * What the benchmark sends: image files, and the two ways of uploading them. Every request
 * is plain HTTP from this process, so both paths pay the same client costs and the ratio
 * shows only what the app adds.
 */

export interface BenchFile {
  name: string;
  type: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * A PNG of random pixels of about `bytes` bytes: noise does not compress, so the file is as
 * large as its pixels, and every file is different.
 */
export async function noisePng(name: string, bytes: number): Promise<BenchFile> {
  // PNG adds a filter byte per row and a little framing; aim 0.2 % under the target.
  const side = Math.floor(Math.sqrt((bytes * 0.998) / 3));
  const png = await sharp(randomBytes(side * side * 3), {
    raw: { width: side, height: side, channels: 3 },
  })
    .png({ compressionLevel: 0 })
    .toBuffer();
  return { name, type: "image/png", bytes: new Uint8Array(png) };
}

/** A small distinct JPEG, for filling a library. */
export async function smallJpeg(index: number): Promise<BenchFile> {
  const background = { r: index % 256, g: (index >> 8) % 256, b: (index * 37) % 256 };
  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background } })
    .jpeg()
    .toBuffer();
  const name = `library-${String(index).padStart(4, "0")}.jpg`;
  return { name, type: "image/jpeg", bytes: new Uint8Array(bytes) };
}

export interface Endpoints {
  appUrl: string;
  emulatorUrl: string;
}

/** The browser's path: raw bytes to the app's upload route, with the session cookie. */
export async function uploadThroughApp(
  { appUrl }: Endpoints,
  cookie: string,
  file: BenchFile,
): Promise<string> {
  const response = await fetch(`${appUrl}/api/uploads`, {
    method: "POST",
    headers: {
      cookie,
      origin: new URL(appUrl).origin,
      "content-type": file.type,
      "x-filename": encodeURIComponent(file.name),
      "idempotency-key": randomUUID(),
    },
    body: file.bytes,
  });
  const body = (await response.json()) as { image?: { id: string } };
  if (response.status !== 201 || !body.image) {
    throw new Error(`upload through the app: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.image.id;
}

/** The floor: the same raw bytes to bench/minimal-proxy.ts, which adds only the multipart. */
export async function uploadThroughMinimalProxy(
  proxyUrl: string,
  userId: string,
  file: BenchFile,
): Promise<string> {
  const response = await fetch(proxyUrl, {
    method: "POST",
    headers: {
      "x-img-user": userId,
      "content-type": file.type,
      "x-filename": encodeURIComponent(file.name),
      "idempotency-key": randomUUID(),
    },
    body: file.bytes,
  });
  const body = (await response.json()) as { id?: string };
  if (response.status !== 201 || !body.id) {
    throw new Error(`upload through the minimal proxy: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.id;
}

const asApp = (userId: string) => ({
  authorization: `Bearer ${DEMO_APP.secret}`,
  "x-img-user": userId,
});

/** The same file straight to img.pro, as the app's server would send it. */
export async function uploadDirectly(
  { emulatorUrl }: Endpoints,
  userId: string,
  file: BenchFile,
): Promise<string> {
  const form = new FormData();
  form.append("file", new Blob([file.bytes], { type: file.type }), file.name);
  const response = await fetch(`${emulatorUrl}/v1/images`, {
    method: "POST",
    headers: { ...asApp(userId), "idempotency-key": randomUUID() },
    body: form,
  });
  const body = (await response.json()) as { id?: string };
  if (response.status !== 201 || !body.id) {
    throw new Error(`direct upload: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.id;
}

/** Deletes images between rounds, so the emulator's memory stays flat. */
export async function deleteImages({ emulatorUrl }: Endpoints, userId: string, ids: string[]) {
  await inParallel(ids, 10, async (id) => {
    const response = await fetch(`${emulatorUrl}/v1/media/${id}`, {
      method: "DELETE",
      headers: asApp(userId),
    });
    if (!response.ok) throw new Error(`delete ${id}: ${response.status}`);
  });
}

/** Deletes every image in a user's library (between rounds that must start empty). */
export async function clearLibrary(endpoints: Endpoints, userId: string) {
  for (;;) {
    const response = await fetch(`${endpoints.emulatorUrl}/v1/media?limit=100`, {
      headers: asApp(userId),
    });
    const { data } = (await response.json()) as { data: { id: string }[] };
    if (data.length === 0) return;
    await deleteImages(
      endpoints,
      userId,
      data.map((image) => image.id),
    );
  }
}

/** A photo-sized JPEG of noise (about 2 MB): every one different, as a camera's are. */
export async function noisePhoto(name: string): Promise<BenchFile> {
  const [width, height] = [2000, 1500];
  const bytes = await sharp(randomBytes(width * height * 3), {
    raw: { width, height, channels: 3 },
  })
    .jpeg({ quality: 80 })
    .toBuffer();
  return { name, type: "image/jpeg", bytes: new Uint8Array(bytes) };
}

/** The call /gallery's first page is built on, exactly as lib/imgpro/images.ts makes it. */
export async function listFirstPage({ emulatorUrl }: Endpoints, userId: string): Promise<void> {
  const response = await fetch(`${emulatorUrl}/v1/media?limit=30`, { headers: asApp(userId) });
  if (!response.ok) throw new Error(`list: ${response.status}`);
  await response.arrayBuffer();
}

/** Runs `task` over `items`, `concurrency` at a time, keeping the results in order. */
export async function inParallel<T, R>(
  items: T[],
  concurrency: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** Wall time of `task`, in milliseconds. */
export async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}
