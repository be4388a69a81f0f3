import { describe, expect, it } from "vitest";
import {
  MAX_ATTEMPTS,
  retryingMessage,
  isRetryable,
  keepsIdempotencyKey,
  keepsIdempotencyKeyAfter,
  nextRetryDelay,
  retryDelayMs,
} from "./retry-policy";

const failure = (status: number, code = "x", retryAfter: number | null = null) => ({
  status,
  code,
  retryAfter,
});

describe("retry policy", () => {
  it.each([0, 429, 502, 503, 504])("retries status %d", (status) => {
    expect(isRetryable(failure(status))).toBe(true);
  });

  it("leaves a timed-out upload to the user: it already waited the whole budget", () => {
    expect(isRetryable(failure(504, "timeout"))).toBe(false);
    expect(isRetryable(failure(0, "timeout"))).toBe(false);
    expect(keepsIdempotencyKey({ status: 504, code: "timeout" })).toBe(true);
    expect(keepsIdempotencyKey({ status: 0, code: "timeout" })).toBe(true);
  });

  it("retries a key that is still being processed", () => {
    expect(isRetryable(failure(409, "idempotency_key_in_progress"))).toBe(true);
  });

  it.each([
    [400, "invalid_filename"],
    [401, "unauthenticated"],
    [403, "quota_exceeded"],
    [409, "idempotency_key_conflict"],
    [413, "too_large"],
    [422, "validation_error"],
    [500, "server_error"],
  ])("does not retry %d %s", (status, code) => {
    expect(isRetryable(failure(status, code))).toBe(false);
  });

  it("honours Retry-After, else backs off 1 s, 2 s, 4 s", () => {
    expect(retryDelayMs(1, 7)).toBe(7000);
    expect(retryDelayMs(1, 0)).toBe(0);
    expect(retryDelayMs(1, null)).toBe(1000);
    expect(retryDelayMs(2, null)).toBe(2000);
    expect(retryDelayMs(3, null)).toBe(4000);
  });

  it(`stops after ${MAX_ATTEMPTS} tries in all`, () => {
    expect(nextRetryDelay(failure(503), 1)).toBe(1000);
    expect(nextRetryDelay(failure(503), MAX_ATTEMPTS - 1)).not.toBeNull();
    expect(nextRetryDelay(failure(503), MAX_ATTEMPTS)).toBeNull();
  });

  it("leaves a very long Retry-After to the user", () => {
    expect(nextRetryDelay(failure(429, "rate_limited", 30), 1)).toBe(30_000);
    expect(nextRetryDelay(failure(429, "rate_limited", 3600), 1)).toBeNull();
  });

  it("says how long it waits, in whole seconds", () => {
    expect(retryingMessage(2000)).toBe("img.pro is busy. Retrying in 2 seconds…");
    expect(retryingMessage(1200)).toBe("img.pro is busy. Retrying in 2 seconds…");
    expect(retryingMessage(0)).toBe("img.pro is busy. Retrying in 1 second…");
  });
});

describe("keepsIdempotencyKey", () => {
  it("keeps the key when img.pro may have stored the upload, not after a definite refusal", () => {
    for (const [status, code] of [
      [0, "network_error"],
      [429, "rate_limited"],
      [500, "server_error"],
      [503, "service_unavailable"],
      [409, "idempotency_key_in_progress"],
    ] as const) {
      expect(keepsIdempotencyKey({ status, code }), code).toBe(true);
    }
    for (const [status, code] of [
      [403, "quota_exceeded"],
      [422, "validation_error"],
      [409, "idempotency_key_conflict"],
    ] as const) {
      expect(keepsIdempotencyKey({ status, code }), code).toBe(false);
    }
  });
});

describe("keepsIdempotencyKeyAfter", () => {
  it("keeps the key for unknown outcomes and drops it after a refusal", () => {
    expect(keepsIdempotencyKeyAfter("timeout")).toBe(true);
    expect(keepsIdempotencyKeyAfter(undefined)).toBe(true);
    expect(keepsIdempotencyKeyAfter("fetch_failed")).toBe(false);
    expect(keepsIdempotencyKeyAfter("quota_exceeded")).toBe(false);
  });
});
