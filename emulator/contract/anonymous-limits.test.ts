import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, useEmulator } from "./harness";
import { form, jpeg, png, serveFiles, upload, type ErrorBody } from "./media-fixtures";

const DAY = 24 * 60 * 60;

describe("anonymous uploads: 20 an hour and 100 a day per IP (API Reference)", () => {
  const emulator = useEmulator();
  let source: Awaited<ReturnType<typeof serveFiles>>;
  beforeAll(async () => {
    source = await serveFiles({ "/cat.png": { body: await png(40, 30), type: "image/png" } });
  });
  afterAll(() => source.close());

  const anonymous = (path: string, body: BodyInit, headers?: Record<string, string>) =>
    emulator.api("POST", path, { secret: null, body, headers });
  const anonymousUpload = async () =>
    anonymous("/v1/upload", form({ bytes: await png(16, 16), name: "a.png" }));
  const advance = (seconds: number) =>
    emulator.control("POST", "/clock", { advance_seconds: seconds });

  /** POST /v1/upload from another loopback address, i.e. another client IP. */
  async function uploadFrom(localAddress: string): Promise<number> {
    const encoded = new Response(form({ bytes: await png(16, 16), name: "a.png" }));
    const body = Buffer.from(await encoded.arrayBuffer());
    const target = new URL(`${emulator.url}/v1/upload`);
    return new Promise((resolve, reject) => {
      const outgoing = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: "POST",
          localAddress,
          headers: {
            "content-type": encoded.headers.get("content-type")!,
            "content-length": body.length,
          },
        },
        (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    });
  }

  it("allows 20 an hour per IP, then 429 rate_limited with Retry-After; another IP is unaffected", async () => {
    for (let index = 0; index < 20; index++) {
      expect((await anonymousUpload()).status, `upload ${index + 1}`).toBe(201);
    }
    const refused = await anonymousUpload();
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as ErrorBody & {
      error: { action: { type: string; retry_after: number } };
    };
    expect(body.error).toMatchObject({
      type: "rate_limit_error",
      code: "rate_limited",
      action: { type: "wait", retry_after: expect.any(Number) },
    });
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBe(body.error.action.retry_after);
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const imports = await anonymous(
      "/v1/import",
      JSON.stringify({ url: `${source.url}/cat.png` }),
      {
        "content-type": "application/json",
      },
    );
    expect(imports.status).toBe(429);
    expect(await uploadFrom("127.0.0.2")).toBe(201);
    // Keyed calls are not counted against the IP.
    const user = (await emulator.createUser()).id;
    expect((await upload(emulator, user, await jpeg(), { path: "/v1/upload" })).status).toBe(201);

    await advance(retryAfter);
    expect((await anonymousUpload()).status).toBe(201);
  });

  it("allows 100 a day per IP", async () => {
    for (let hour = 0; hour < 5; hour++) {
      for (let index = 0; index < 20; index++) {
        expect((await anonymousUpload()).status, `hour ${hour}, upload ${index + 1}`).toBe(201);
      }
      await advance(3601);
    }
    const refused = await anonymousUpload();
    expect(refused.status).toBe(429);
    expect(await errorCode(refused.clone())).toBe("rate_limited");
    const retryAfter = Number(refused.headers.get("retry-after"));
    // The first of the 100 leaves the day's window 24 hours after it was made.
    expect(retryAfter).toBeGreaterThan(DAY - 5 * 3601 - 60);
    expect(retryAfter).toBeLessThanOrEqual(DAY - 5 * 3601);
    await advance(retryAfter);
    expect((await anonymousUpload()).status).toBe(201);
  }, 60_000);
});
