import { describe, expect, expectTypeOf, it } from "vitest";
import type { ImgProErrorCode, KnownErrorCode } from "./error-codes";
import { ImgProError, parseErrorBody, parseRetryAfter } from "./errors";

describe("parseErrorBody", () => {
  it("reads the newest nested envelope", () => {
    const error = parseErrorBody(
      403,
      {
        error: {
          type: "quota_error",
          code: "quota_exceeded",
          message: "Monthly upload limit reached.",
          action: { type: "upgrade", url: "https://img.pro/upgrade/pro", label: "Upgrade" },
          usage: { plan: "free", uploads_used: 100, uploads_limit: 100 },
        },
      },
      new Headers(),
    );
    expect(error.status).toBe(403);
    expect(error.code).toBe("quota_exceeded");
    expect(error.message).toBe("Monthly upload limit reached.");
    expect(error.extras.type).toBe("quota_error");
    expect(error.action).toEqual({
      type: "upgrade",
      url: "https://img.pro/upgrade/pro",
      label: "Upgrade",
      retryAfter: null,
    });
    expect(error.extras.usage).toEqual({ plan: "free", uploads_used: 100, uploads_limit: 100 });
  });

  it("reads per-field details as lists, whether strings or arrays", () => {
    const error = parseErrorBody(422, {
      error: {
        code: "validation_error",
        message: "Validation failed",
        details: { file: "Too large", tags: ["Too many", "Too long"], junk: 3 },
      },
    });
    expect(error.details).toEqual({ file: ["Too large"], tags: ["Too many", "Too long"] });
  });

  it("reads the older flat envelope, with action.seconds", () => {
    const error = parseErrorBody(429, {
      error: "rate_limited",
      message: "Slow down",
      action: { type: "wait", seconds: 30 },
    });
    expect(error.code).toBe("rate_limited");
    expect(error.message).toBe("Slow down");
    expect(error.retryAfter).toBe(30);
  });

  it("prefers the Retry-After header", () => {
    const error = parseErrorBody(
      429,
      { error: { code: "rate_limited", message: "x", action: { type: "wait", retry_after: 60 } } },
      new Headers({ "retry-after": "5" }),
    );
    expect(error.retryAfter).toBe(5);
  });

  it("falls back to a code by status for bodies that are not envelopes", () => {
    expect(parseErrorBody(503, "<html>Bad gateway</html>").code).toBe("service_unavailable");
    expect(parseErrorBody(502, null).code).toBe("server_error");
    expect(parseErrorBody(401, {}).code).toBe("unauthorized");
    expect(parseErrorBody(418, { nope: true }).code).toBe("unknown_error");
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("7")).toBe(7);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT", now)).toBe(10);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter("soon")).toBeNull();
  });
});

describe("ImgProError's code", () => {
  it("is the documented codes plus any other string (checked by npm run typecheck)", () => {
    const error = new ImgProError(404, "not_found", "gone");
    // A plain `string` would have no known members to switch over exhaustively.
    expectTypeOf<Extract<ImgProError["code"], KnownErrorCode>>().toEqualTypeOf<KnownErrorCode>();
    expectTypeOf<"brand_new_code">().toExtend<ImgProErrorCode>();
    expect(error.code).toBe("not_found");
  });
});
