import { describe, expect, it } from "vitest";
import { keepsIdempotencyKey, nextRetryDelay } from "./retry-policy";
import { browserTimeoutMs, readUploadResponse, timedOut, uploadHeaders } from "./transport";

const image = { id: "abc12345", filename: "a.png" };

describe("readUploadResponse", () => {
  it("reads a stored image and a de-duplicated one", () => {
    const usage = {
      uploadsUsed: 3,
      uploadsLimit: 100,
      storageUsed: 5,
      storageLimit: 9,
      resetsAt: null,
    };
    expect(
      readUploadResponse(201, JSON.stringify({ image, deduplicated: false, usage }), null),
    ).toEqual({
      ok: true,
      image,
      deduplicated: false,
      usage,
    });
    expect(
      readUploadResponse(200, JSON.stringify({ image, deduplicated: true, usage: null }), null),
    ).toMatchObject({ ok: true, deduplicated: true, usage: null });
  });

  it("reads the route's error, with Retry-After from the header or the body", () => {
    const body = JSON.stringify({ error: { code: "service_unavailable", message: "Busy." } });
    expect(readUploadResponse(503, body, "2")).toEqual({
      ok: false,
      status: 503,
      code: "service_unavailable",
      message: "Busy.",
      retryAfter: 2,
      upgradeUrl: null,
    });
    const limited = JSON.stringify({
      error: { code: "rate_limited", message: "Wait.", retryAfter: 9 },
    });
    expect(readUploadResponse(429, limited, null)).toMatchObject({ retryAfter: 9 });
  });

  it("keeps the upgrade link of a quota refusal", () => {
    const body = JSON.stringify({
      error: {
        code: "quota_exceeded",
        message: "Monthly upload limit reached.",
        upgradeUrl: "/billing",
      },
    });
    expect(readUploadResponse(403, body, null)).toMatchObject({
      code: "quota_exceeded",
      upgradeUrl: "/billing",
    });
  });

  it("makes sense of a host's own error page and of no answer at all", () => {
    expect(readUploadResponse(413, "<html>Request Entity Too Large</html>", null)).toMatchObject({
      ok: false,
      status: 413,
      code: "http_error",
      message: "This file is larger than the server accepts.",
    });
    expect(readUploadResponse(0, "", null)).toMatchObject({ status: 0, code: "network_error" });
  });

  it("does not mistake a 2xx without an image for success", () => {
    expect(readUploadResponse(200, "{}", null)).toMatchObject({ ok: false, status: 502 });
  });
});

describe("uploadHeaders", () => {
  it("sends the name percent-encoded, the type, the key and the hash", () => {
    const body = new Blob(["x"]);
    expect(
      uploadHeaders(
        { body, filename: "ça va.png", contentType: "image/png", externalId: "e".repeat(64) },
        "key-12345",
      ),
    ).toEqual({
      Accept: "application/json",
      "Content-Type": "image/png",
      "X-Filename": "%C3%A7a%20va.png",
      "Idempotency-Key": "key-12345",
      "X-External-Id": "e".repeat(64),
    });
    expect(
      uploadHeaders(
        { body, filename: "a.png", contentType: "image/png", externalId: null },
        "key-12345",
      ),
    ).not.toHaveProperty("X-External-Id");
  });
});

describe("the browser's own timeout", () => {
  it("waits longer than the server, which gives up first and says why", () => {
    expect(browserTimeoutMs(240_000)).toBe(255_000);
  });

  it("ends in a timeout that is not retried by itself but keeps its key", () => {
    expect(timedOut(255_000)).toEqual({
      ok: false,
      status: 0,
      code: "timeout",
      message:
        "No answer within 4 minutes, so the upload was stopped. Retry sends it again; it won't be stored twice.",
      retryAfter: null,
      upgradeUrl: null,
    });
    const failure = timedOut(20_000) as Extract<ReturnType<typeof timedOut>, { ok: false }>;
    expect(nextRetryDelay(failure, 1)).toBeNull();
    expect(keepsIdempotencyKey(failure)).toBe(true);
  });
});
