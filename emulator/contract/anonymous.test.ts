import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useEmulator } from "./harness";
import {
  form,
  png,
  pngOfSize,
  serveFiles,
  upload,
  type ErrorBody,
  type MediaObject,
} from "./media-fixtures";

const DAY = 24 * 60 * 60;

describe("anonymous /v1/upload and /v1/import (API Reference: no key needed)", () => {
  const emulator = useEmulator();
  let source: Awaited<ReturnType<typeof serveFiles>>;
  let big: Buffer;
  beforeAll(async () => {
    big = await pngOfSize(20_000_001);
    source = await serveFiles({
      "/cat.png": { body: await png(40, 30), type: "image/png" },
      "/big.png": { body: big, type: "image/png" },
    });
  });
  afterAll(() => source.close());

  const anonymous = (path: string, body: BodyInit, headers?: Record<string, string>) =>
    emulator.api("POST", path, { secret: null, body, headers });
  const anonymousUpload = async (fields: Record<string, string> = {}, bytes?: Buffer) =>
    anonymous("/v1/upload", form({ bytes: bytes ?? (await png(16, 16)), name: "a.png" }, fields));
  const advance = (seconds: number) =>
    emulator.control("POST", "/clock", { advance_seconds: seconds });

  it("uploads: 201, public, expires in 30 days, an upgrade hint, no quota headers", async () => {
    const response = await anonymousUpload({ description: "from a script" });
    expect(response.status).toBe(201);
    const media = (await response.json()) as MediaObject & { expires_at: number };
    expect(media).toEqual({
      id: media.id,
      name: "a.png",
      url: `${emulator.url}/${media.id}`,
      src: expect.stringMatching(new RegExp(`^${emulator.url}/[a-z0-9]+/${media.id}\\.png$`)),
      width: 16,
      height: 16,
      filesize: expect.any(Number),
      description: "from a script",
      expires_at: media.created_at + 30 * DAY,
      created_at: media.created_at,
      upgrade: {
        type: "register",
        url: "https://img.pro/api/quick-start",
        message: "Get an API key for permanent storage and 100 uploads/month",
        label: "Create API Key",
      },
    });
    expect(response.headers.get("x-monthly-uploads-used")).toBeNull();
    expect((await fetch(`${media.src}?size=s`)).status).toBe(200);
    expect((await fetch(media.url!)).status).toBe(200);
    // Nobody's: not in any app's workspace.
    const user = (await emulator.createUser()).id;
    expect((await emulator.api("GET", `/v1/media/${media.id}`, { user })).status).toBe(404);
    const list = (await (await emulator.api("GET", "/v1/media", { user })).json()) as {
      data: unknown[];
    };
    expect(list.data).toEqual([]);
  });

  it("imports a URL without a key", async () => {
    const response = await anonymous(
      "/v1/import",
      JSON.stringify({ url: `${source.url}/cat.png` }),
      { "content-type": "application/json" },
    );
    expect(response.status).toBe(201);
    const media = (await response.json()) as MediaObject & { expires_at: number };
    expect(media).toMatchObject({
      name: "cat.png",
      width: 40,
      height: 30,
      source_url: `${source.url}/cat.png`,
      expires_at: media.created_at + 30 * DAY,
      upgrade: { type: "register" },
    });
  });

  it("is gone after 30 days: API, CDN and viewer", async () => {
    const media = (await (await anonymousUpload()).json()) as MediaObject;
    await advance(30 * DAY - 1);
    expect((await fetch(media.src)).status).toBe(200);
    await advance(1);
    expect((await fetch(media.src)).status).toBe(404);
    expect((await fetch(media.url!)).status).toBe(404);
    const read = await emulator.api("GET", `/v1/media/${media.id}`, { secret: null });
    expect(read.status).toBe(404);
  });

  it("takes a shorter ttl, refuses one past the 30 days, ignores public=false", async () => {
    const short = (await (await anonymousUpload({ ttl: "1h", public: "false" })).json()) as {
      expires_at: number;
      created_at: number;
      url?: string;
    };
    expect(short.expires_at).toBe(short.created_at + 3600);
    expect(short.url).toEqual(expect.any(String));
    const long = await anonymousUpload({ ttl: "31d" });
    expect(long.status).toBe(422);
    const body = (await long.json()) as ErrorBody;
    expect(body.error.code).toBe("validation_error");
    expect(Object.keys(body.error.details ?? {})).toEqual(["ttl"]);
  });

  it("never de-duplicates by external_id (unique per team; an anonymous caller has none)", async () => {
    const first = (await (await anonymousUpload({ external_id: "x" })).json()) as MediaObject;
    const second = await anonymousUpload({ external_id: "x" });
    expect(second.status).toBe(201);
    expect(((await second.json()) as MediaObject).id).not.toBe(first.id);
  });

  it("caps files at 20 MB without a key (70 MB with one)", async () => {
    const exact = await pngOfSize(20_000_000);
    expect((await anonymousUpload({}, exact)).status).toBe(201);
    const over = await anonymousUpload({}, big);
    expect(over.status).toBe(422);
    const body = (await over.json()) as ErrorBody;
    expect(body.error.code).toBe("validation_error");
    expect(body.error.details?.file).toMatch(/20 MB/);
    const imported = await anonymous(
      "/v1/import",
      JSON.stringify({ url: `${source.url}/big.png` }),
      { "content-type": "application/json" },
    );
    expect(imported.status).toBe(422);
    expect(((await imported.json()) as ErrorBody).error.details?.url).toMatch(/20 MB/);
    const user = (await emulator.createUser()).id;
    expect((await upload(emulator, user, big, { path: "/v1/upload" })).status).toBe(201);
  }, 60_000);

  it("needs a key everywhere else, and a wrong key is never anonymous", async () => {
    const calls: [string, string][] = [
      ["POST", "/v1/images"],
      ["GET", "/v1/media"],
      ["GET", "/v1/usage"],
      ["PATCH", "/v1/media/abcdefgh"],
      ["DELETE", "/v1/media/abcdefgh"],
      ["DELETE", "/v1/media/batch"],
      ["GET", "/v1/billing/status"],
    ];
    for (const [method, path] of calls) {
      const response = await emulator.api(method, path, { secret: null });
      expect(response.status, `${method} ${path}`).toBe(401);
      const body = (await response.json()) as ErrorBody;
      expect(body.error).toMatchObject({ type: "authentication_error", code: "unauthorized" });
    }
    const wrongKey = await emulator.api("POST", "/v1/upload", {
      secret: "img_sk_live_wrong",
      body: form({ bytes: await png(), name: "a.png" }),
    });
    expect(wrongKey.status).toBe(401);
  });
});
