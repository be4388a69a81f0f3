import { describe, expect, it } from "vitest";
import {
  checkUploadHeaders,
  encodeFilename,
  isValidIdempotencyKey,
  newIdempotencyKey,
} from "./upload-contract";

const HASH = "a".repeat(64);
const LIMIT = 4_500_000;

function headers(overrides: Record<string, string | null> = {}) {
  const base: Record<string, string | null> = {
    "content-length": "1000",
    "content-type": "image/png",
    "x-filename": encodeFilename('Été à Paris "1".png'),
    "x-external-id": HASH,
    "idempotency-key": "0b6f2c1e-8a4d-4f7e-9a51-1f2e3d4c5b6a",
    ...overrides,
  };
  const result = new Headers();
  for (const [name, value] of Object.entries(base)) if (value !== null) result.set(name, value);
  return result;
}

describe("checkUploadHeaders", () => {
  it("reads a well-formed upload", () => {
    expect(checkUploadHeaders(headers(), LIMIT)).toEqual({
      ok: true,
      value: {
        filename: 'Été à Paris "1".png',
        contentType: "image/png",
        bytes: 1000,
        externalId: HASH,
        idempotencyKey: "0b6f2c1e-8a4d-4f7e-9a51-1f2e3d4c5b6a",
      },
    });
  });

  it.each([
    ["no Content-Length", { "content-length": null }, 411, "length_required"],
    ["a bogus Content-Length", { "content-length": "12abc" }, 411, "length_required"],
    ["an empty file", { "content-length": "0" }, 422, "validation_error"],
    ["a body over the limit", { "content-length": String(LIMIT + 1) }, 413, "too_large"],
    [
      "an SVG over 10 MB",
      { "content-length": "10000001", "content-type": "image/svg+xml" },
      413,
      "too_large",
    ],
    ["a non-image type", { "content-type": "text/html" }, 415, "unsupported_type"],
    ["no type", { "content-type": null }, 415, "unsupported_type"],
    ["no filename", { "x-filename": null }, 400, "invalid_filename"],
    ["broken percent-encoding", { "x-filename": "%E0%A4%A" }, 400, "invalid_filename"],
    ["a control character", { "x-filename": "a%0D%0Ab.png" }, 400, "invalid_filename"],
    ["an over-long filename", { "x-filename": `${"a".repeat(252)}.png` }, 400, "invalid_filename"],
    ["a short external id", { "x-external-id": "abc" }, 400, "invalid_external_id"],
    ["a non-hex external id", { "x-external-id": "g".repeat(64) }, 400, "invalid_external_id"],
    ["no Idempotency-Key", { "idempotency-key": null }, 400, "invalid_idempotency_key"],
    ["a short Idempotency-Key", { "idempotency-key": "abc" }, 400, "invalid_idempotency_key"],
    [
      "an unsafe Idempotency-Key",
      { "idempotency-key": "key with spaces" },
      400,
      "invalid_idempotency_key",
    ],
  ])("refuses %s", (_, overrides, status, code) => {
    const check = checkUploadHeaders(headers(overrides), LIMIT);
    expect(check).toMatchObject({ ok: false, status, code });
  });

  it("names the limit in the 413 message", () => {
    const check = checkUploadHeaders(headers({ "content-length": "4500001" }), LIMIT);
    expect(check).toMatchObject({
      message: "This file is larger than this app's 4.5 MB upload limit.",
    });
  });

  it("takes a body of exactly the limit", () => {
    expect(checkUploadHeaders(headers({ "content-length": String(LIMIT) }), LIMIT).ok).toBe(true);
  });

  it("keeps only the base name of a path", () => {
    const check = checkUploadHeaders(
      headers({ "x-filename": encodeFilename("../../etc/x.png") }),
      LIMIT,
    );
    expect(check).toMatchObject({ ok: true, value: { filename: "x.png" } });
  });

  it("accepts an upload without an external id (no SubtleCrypto on plain http)", () => {
    expect(checkUploadHeaders(headers({ "x-external-id": null }), LIMIT)).toMatchObject({
      ok: true,
      value: { externalId: null },
    });
  });
});

describe("idempotency keys", () => {
  it("makes fresh keys the route accepts", () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(isValidIdempotencyKey(key)).toBe(true);
  });
});
