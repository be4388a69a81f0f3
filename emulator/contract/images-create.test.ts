import { describe, expect, it } from "vitest";
import { workspaceKey } from "../state";
import { DEMO_APP, useEmulator } from "./harness";
import {
  animatedGif,
  bmp,
  heic,
  ico,
  jpeg,
  png,
  serveFiles,
  solid,
  svg,
  upload,
  type ErrorBody,
} from "./media-fixtures";

interface ImageObject {
  id: string;
  url: string;
  page_url: string;
  sizes: Record<string, { url: string; width: number; height: number }>;
  filename: string;
  format: string;
  width: number;
  height: number;
  bytes: number;
  transformable: boolean;
  created_at: string;
  metadata: Record<string, unknown>;
  [key: string]: unknown;
}

describe("POST /v1/images", () => {
  const emulator = useEmulator();
  const segOf = (user: string) =>
    emulator.emu.store.state.workspaces[workspaceKey(DEMO_APP.id, user)]!.seg;

  it("answers 201 with the full Image object, every field present", async () => {
    const user = await emulator.createUser();
    const bytes = await jpeg(2000, 1500);
    const response = await upload(emulator, user.id, bytes, {
      name: "hero.jpg",
      fields: {
        caption: "Hero shot",
        metadata: JSON.stringify({ author: "Jane", rating: 5 }),
        license: "cc-by",
        tags: "Hero, home",
      },
    });
    expect(response.status).toBe(201);
    const image = (await response.json()) as ImageObject;
    expect(image.id).toMatch(/^[a-z0-9]{8}$/);
    const url = `${emulator.url}/${segOf(user.id)}/${image.id}.jpg`;
    expect(image).toEqual({
      id: image.id,
      object: "image",
      url,
      page_url: `${emulator.url}/${image.id}`,
      sizes: {
        small: { url: `${url}?size=s`, width: 426, height: 320 },
        medium: { url: `${url}?size=m`, width: 853, height: 640 },
        large: { url: `${url}?size=l`, width: 1440, height: 1080 },
      },
      filename: "hero.jpg",
      format: "jpg",
      width: 2000,
      height: 1500,
      bytes: bytes.length,
      transformable: true,
      status: "ready",
      public: true,
      published_at: image.created_at,
      expires_at: null,
      created_at: image.created_at,
      caption: "Hero shot",
      metadata: { author: "Jane", rating: 5, license: "cc-by" },
      nsfw: false,
    });
    expect(image.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Math.abs(Date.parse(image.created_at) - Date.now())).toBeLessThan(5000);
    expect(response.headers.get("x-monthly-uploads-used")).toBe("1");
  });

  it("reports a small source's own dimensions in sizes (never upscaled) and null caption", async () => {
    const user = await emulator.createUser();
    const response = await upload(emulator, user.id, await jpeg(500, 400));
    const image = (await response.json()) as ImageObject;
    expect(image.sizes.small).toMatchObject({ width: 400, height: 320 });
    expect(image.sizes.medium).toMatchObject({ width: 500, height: 400 });
    expect(image.sizes.large).toMatchObject({ width: 500, height: 400 });
    expect(image).toMatchObject({ caption: null, metadata: {} });
  });

  it("detects the format from the bytes, whatever the name and Content-Type say", async () => {
    const user = await emulator.createUser();
    const cases: [Buffer, string, number, number, boolean][] = [
      [await png(30, 20), "png", 30, 20, true],
      [await animatedGif(60, 40), "gif", 60, 40, true],
      [await solid(30, 20).webp().toBuffer(), "webp", 30, 20, true],
      [await solid(30, 20).avif().toBuffer(), "avif", 30, 20, true],
      [bmp(30, 20), "bmp", 30, 20, false],
      [ico(await png(32, 32), 32, 32), "ico", 32, 32, false],
      [heic(300, 200), "heic", 300, 200, false],
      [svg(100, 50), "svg", 100, 50, false],
    ];
    for (const [bytes, format, width, height, transformable] of cases) {
      const response = await upload(emulator, user.id, bytes, {
        name: "x.jpg",
        type: "image/jpeg",
      });
      expect(response.status, format).toBe(201);
      const image = (await response.json()) as ImageObject;
      expect(image, format).toMatchObject({
        format,
        width,
        height,
        transformable,
        filename: "x.jpg",
      });
      expect(image.url.endsWith(`.${format}`)).toBe(true);
      if (!transformable) expect(image.sizes).toEqual({});
    }
  });

  it("reports dimensions after EXIF orientation", async () => {
    const user = await emulator.createUser();
    const rotated = await solid(400, 200).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const image = (await (await upload(emulator, user.id, rotated)).json()) as ImageObject;
    expect([image.width, image.height]).toEqual([200, 400]);
  });

  it("falls back to {id}.{format} when the part has no filename", async () => {
    const user = await emulator.createUser();
    // Built by hand: FormData drops an empty filename, and without one a part is a text field.
    const boundary = "----emulator-test";
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename=""\r\n` +
          "Content-Type: application/octet-stream\r\n\r\n",
      ),
      await png(),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await emulator.api("POST", "/v1/images", {
      user: user.id,
      body: new Uint8Array(body),
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    });
    expect(response.status).toBe(201);
    const image = (await response.json()) as ImageObject;
    expect(image.filename).toBe(`${image.id}.png`);
  });

  it("imports from a JSON url with the fields as JSON values", async () => {
    const user = await emulator.createUser();
    const server = await serveFiles({ "/pics/cat%20photo.png": { body: await png(40, 30) } });
    try {
      const response = await emulator.api("POST", "/v1/images", {
        user: user.id,
        json: {
          url: `${server.url}/pics/cat%20photo.png`,
          caption: "A cat",
          tags: ["Cats", "pets"],
          metadata: { shot: 3 },
        },
      });
      expect(response.status).toBe(201);
      const image = (await response.json()) as ImageObject;
      expect(image).toMatchObject({
        filename: "cat photo.png",
        format: "png",
        width: 40,
        height: 30,
        caption: "A cat",
        metadata: { shot: 3, source_url: `${server.url}/pics/cat%20photo.png` },
      });
      const stored = emulator.emu.store.state.images[image.id]!;
      expect(stored.tags).toEqual(["cats", "pets"]);
    } finally {
      await server.close();
    }
  });

  it("refuses a body that is neither multipart nor JSON", async () => {
    const user = await emulator.createUser();
    const response = await emulator.api("POST", "/v1/images", {
      user: user.id,
      body: "hello",
      headers: { "content-type": "text/plain" },
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as ErrorBody).error.details).toHaveProperty("file");
  });
});
