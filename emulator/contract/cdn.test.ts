import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { useEmulator } from "./harness";
import { animatedGif, bmp, jpeg, solid, svg, uploadMedia } from "./media-fixtures";

const IMMUTABLE = "public, max-age=31536000, immutable";

describe("the CDN", () => {
  const emulator = useEmulator();

  async function fetchImage(url: string, init?: RequestInit) {
    const response = await fetch(url, init);
    const bytes = Buffer.from(await response.arrayBuffer());
    return { response, bytes };
  }

  async function dimensions(bytes: Buffer) {
    const { width, height, format, pages } = await sharp(bytes).metadata();
    return { width, height, format, pages };
  }

  it("resizes to the short edge for s, m and l (long side truncated) and serves the original without size", async () => {
    const user = (await emulator.createUser()).id;
    const original = await jpeg(2000, 1500);
    const { src } = await uploadMedia(emulator, user, {}, original);
    const expected = { s: [426, 320], m: [853, 640], l: [1440, 1080] };
    for (const [size, [width, height]] of Object.entries(expected)) {
      const { response, bytes } = await fetchImage(`${src}?size=${size}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/jpeg");
      expect(await dimensions(bytes)).toMatchObject({ width, height, format: "jpeg" });
    }
    const { response, bytes } = await fetchImage(src);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(bytes.equals(original)).toBe(true);
  });

  it("never upscales a small source", async () => {
    const user = (await emulator.createUser()).id;
    const { src } = await uploadMedia(emulator, user, {}, await jpeg(300, 200));
    for (const size of ["s", "m", "l"]) {
      const { bytes } = await fetchImage(`${src}?size=${size}`);
      expect(await dimensions(bytes), size).toMatchObject({ width: 300, height: 200 });
    }
  });

  it("converts by extension or ?format= (which wins); each output really is that format", async () => {
    const user = (await emulator.createUser()).id;
    const original = await jpeg(640, 480);
    const { src } = await uploadMedia(emulator, user, {}, original);
    const base = src.replace(/\.jpg$/, "");
    const cases: [string, string, string][] = [
      [`${base}.webp`, "image/webp", "webp"],
      [`${base}.png`, "image/png", "png"],
      [`${base}.avif`, "image/avif", "heif"],
      [`${base}.gif`, "image/gif", "gif"],
      [`${base}.jpeg`, "image/jpeg", "jpeg"],
      [`${src}?format=png`, "image/png", "png"],
      [`${base}.webp?format=avif&size=s`, "image/avif", "heif"],
    ];
    for (const [url, type, format] of cases) {
      const { response, bytes } = await fetchImage(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get("content-type"), url).toBe(type);
      expect((await dimensions(bytes)).format, url).toBe(format);
    }
    const webp = (await fetchImage(`${base}.webp`)).bytes;
    expect(webp.subarray(8, 12).toString("latin1")).toBe("WEBP");
    // Invalid values are ignored, never an error.
    const ignored = await fetchImage(`${src}?format=tiff&size=huge`);
    expect(ignored.response.status).toBe(200);
    expect(ignored.bytes.equals(original)).toBe(true);
  });

  it("follows EXIF orientation when resizing", async () => {
    const user = (await emulator.createUser()).id;
    const rotated = await solid(1000, 500).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const { src, width, height } = await uploadMedia(emulator, user, {}, rotated);
    expect([width, height]).toEqual([500, 1000]);
    expect(await dimensions((await fetchImage(`${src}?size=s`)).bytes)).toMatchObject({
      width: 320,
      height: 640,
    });
  });

  it("keeps a GIF's animation when converting to GIF or WebP", async () => {
    const user = (await emulator.createUser()).id;
    const { src } = await uploadMedia(emulator, user, {}, await animatedGif(800, 400));
    const gif = await dimensions((await fetchImage(`${src}?size=s`)).bytes);
    expect(gif).toMatchObject({ format: "gif", width: 640, height: 320, pages: 3 });
    const webp = await dimensions(
      (await fetchImage(`${src.replace(/\.gif$/, ".webp")}?size=s`)).bytes,
    );
    expect(webp).toMatchObject({ format: "webp", width: 640, pages: 3 });
  });

  it("sends immutable cache headers and an ETag, and 304 on If-None-Match", async () => {
    const user = (await emulator.createUser()).id;
    const { src } = await uploadMedia(emulator, user, {}, await jpeg(800, 600));
    for (const url of [src, `${src}?size=s`, `${src}?format=webp`]) {
      const { response } = await fetchImage(url);
      expect(response.headers.get("cache-control")).toBe(IMMUTABLE);
      const etag = response.headers.get("etag");
      expect(etag).toMatch(/^"[^"]+"$/);
      const again = await fetchImage(url, { headers: { "if-none-match": etag! } });
      expect(again.response.status).toBe(304);
      expect(again.bytes).toHaveLength(0);
      expect(again.response.headers.get("etag")).toBe(etag);
      const other = await fetchImage(url, { headers: { "if-none-match": '"something-else"' } });
      expect(other.response.status).toBe(200);
    }
    // m is past the source's 600px short edge: no resize, so it is the original, same ETag.
    const etags = await Promise.all(
      [src, `${src}?size=s`, `${src}?format=webp`, `${src}?size=m`].map(async (url) =>
        (await fetch(url)).headers.get("etag"),
      ),
    );
    expect(new Set(etags).size).toBe(3);
  });

  it("computes each variant once, even for concurrent requests, and caches it", async () => {
    const user = (await emulator.createUser()).id;
    const { src, id } = await uploadMedia(emulator, user, {}, await jpeg(1600, 1200));
    const blobs = emulator.emu.blobs;
    const put = blobs.put.bind(blobs);
    const puts: string[] = [];
    blobs.put = async (key, bytes) => {
      puts.push(key);
      return put(key, bytes);
    };
    try {
      const results = await Promise.all(
        Array.from({ length: 5 }, () => fetchImage(`${src}?size=m&format=webp`)),
      );
      const first = results[0]!.bytes;
      for (const { bytes } of results) expect(bytes.equals(first)).toBe(true);
      await fetchImage(`${src}?size=m&format=webp`);
      expect(puts).toEqual([`variants/${id}/m.webp`]);
    } finally {
      blobs.put = put;
    }
  });

  it("serves non-transformable sources (SVG, BMP) as stored, whatever is asked", async () => {
    const user = (await emulator.createUser()).id;
    const drawing = svg(120, 60);
    const { src } = await uploadMedia(emulator, user, {}, drawing);
    expect(src.endsWith(".svg")).toBe(true);
    for (const url of [src, `${src}?size=s`, `${src}?format=png`, src.replace(/\.svg$/, ".webp")]) {
      const { response, bytes } = await fetchImage(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/svg+xml");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(bytes.equals(drawing)).toBe(true);
    }
    const bitmap = bmp(40, 30);
    const bmpSrc = (await uploadMedia(emulator, user, {}, bitmap)).src;
    const { response, bytes } = await fetchImage(`${bmpSrc}?size=s`);
    expect(response.headers.get("content-type")).toBe("image/bmp");
    expect(bytes.equals(bitmap)).toBe(true);
  });
});
