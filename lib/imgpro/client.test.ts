import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/env", async () => {
  const { imgproTestConfig } = await import("@/test/imgpro-config");
  return { getConfig: () => imgproTestConfig() };
});
const { imgproRequest, isRetryable, retryDelayMs } = await import("./client");
const { ImgProError } = await import("./errors");

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
const envelope = (code: string) => ({ error: { code, message: code, type: "x" } });

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fetchMock = vi.fn();
  vi.stubGlobal("fetch", fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe("imgproRequest", () => {
  it("sends the machine secret and the user, and reads quota headers", async () => {
    fetchMock.mockResolvedValueOnce(
      json(
        200,
        { ok: 1 },
        {
          "x-monthly-uploads-used": "3",
          "x-monthly-uploads-limit": "100",
          "x-monthly-uploads-remaining": "97",
          "x-storage-used": "10",
          "x-storage-limit": "1000",
          "x-storage-remaining": "990",
        },
      ),
    );
    const result = await imgproRequest("/v1/usage", {
      user: "m3k9ab2c",
      query: { limit: 5, cursor: undefined },
    });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe("https://api.test/v1/usage?limit=5");
    expect(init.headers).toMatchObject({
      authorization: "Bearer img_sk_live_test",
      "x-img-user": "m3k9ab2c",
    });
    expect(result.data).toEqual({ ok: 1 });
    expect(result.quota).toEqual({
      uploadsUsed: 3,
      uploadsLimit: 100,
      uploadsRemaining: 97,
      storageUsed: 10,
      storageLimit: 1000,
      storageRemaining: 990,
    });
  });

  it("retries a GET on 503, honouring Retry-After", async () => {
    fetchMock
      .mockResolvedValueOnce(json(503, envelope("service_unavailable"), { "retry-after": "0" }))
      .mockResolvedValueOnce(json(200, { ok: 1 }));
    const result = await imgproRequest("/v1/media");
    expect(result.data).toEqual({ ok: 1 });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("retries a write only when it carries an Idempotency-Key, with the same key", async () => {
    fetchMock.mockImplementation(async () =>
      json(503, envelope("service_unavailable"), { "retry-after": "0" }),
    );
    await expect(
      imgproRequest("/v1/images", { method: "POST", json: { url: "x" } }),
    ).rejects.toMatchObject({
      status: 503,
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);

    fetchMock.mockReset();
    fetchMock
      .mockResolvedValueOnce(json(429, envelope("rate_limited"), { "retry-after": "0" }))
      .mockResolvedValueOnce(json(201, { id: "x" }));
    await imgproRequest("/v1/images", {
      method: "POST",
      json: { url: "x" },
      idempotencyKey: "k-1",
    });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const keys = fetchMock.mock.calls.map(
      ([, init]) =>
        (init as RequestInit & { headers: Record<string, string> }).headers["idempotency-key"],
    );
    expect(keys).toEqual(["k-1", "k-1"]);
  });

  it("never retries a one-shot stream body, even with a key", async () => {
    fetchMock.mockImplementation(async () =>
      json(503, envelope("service_unavailable"), { "retry-after": "0" }),
    );
    const body = new ReadableStream({ start: (controller) => controller.close() });
    await expect(
      imgproRequest("/v1/images", { method: "POST", body, idempotencyKey: "k" }),
    ).rejects.toBeInstanceOf(ImgProError);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("does not retry what cannot succeed (4xx) and gives up after three attempts", async () => {
    fetchMock.mockImplementation(async () => json(422, envelope("validation_error")));
    await expect(imgproRequest("/v1/media")).rejects.toMatchObject({ code: "validation_error" });
    expect(fetchMock).toHaveBeenCalledTimes(1);

    fetchMock.mockReset();
    fetchMock.mockImplementation(async () =>
      json(500, envelope("server_error"), { "retry-after": "0" }),
    );
    await expect(imgproRequest("/v1/media")).rejects.toMatchObject({ status: 500 });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it("leaves long waits to the caller instead of blocking", async () => {
    fetchMock.mockImplementation(async () =>
      json(429, envelope("rate_limited"), { "retry-after": "3600" }),
    );
    await expect(imgproRequest("/v1/media")).rejects.toMatchObject({ code: "rate_limited" });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("turns a network failure into an ImgProError with status 0", async () => {
    fetchMock.mockRejectedValue(new TypeError("fetch failed"));
    await expect(imgproRequest("/v1/usage", { attempts: 1 })).rejects.toMatchObject({
      status: 0,
      code: "network_error",
    });
  });
});

describe("retry rules", () => {
  it("retries network errors, 429, 5xx and idempotency_key_in_progress; nothing else", () => {
    for (const [status, code] of [
      [0, "timeout"],
      [429, "rate_limited"],
      [503, "x"],
      [409, "idempotency_key_in_progress"],
    ] as const) {
      expect(isRetryable(new ImgProError(status, code, "")), code).toBe(true);
    }
    for (const [status, code] of [
      [409, "idempotency_key_conflict"],
      [403, "quota_exceeded"],
      [403, "user_forbidden"],
      [422, "validation_error"],
    ] as const) {
      expect(isRetryable(new ImgProError(status, code, "")), code).toBe(false);
    }
  });

  it("waits Retry-After when given, else backs off", () => {
    expect(retryDelayMs(new ImgProError(429, "rate_limited", "", { retryAfter: 2 }), 1)).toBe(2000);
    expect(retryDelayMs(new ImgProError(503, "x", ""), 1)).toBe(300);
    expect(retryDelayMs(new ImgProError(503, "x", ""), 2)).toBe(1200);
  });
});
