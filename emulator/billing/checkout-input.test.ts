import { describe, expect, it } from "vitest";
import { ApiError } from "../errors";
import { isAbsoluteHttpUrl, parseJsonObject, validateCheckout } from "./checkout-input";

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ApiError ? error.code : "not-an-api-error";
  }
}

describe("checkout input", () => {
  it("accepts only absolute http(s) URLs", () => {
    for (const good of ["https://yourapp.com/done", "http://localhost:3000/billing?x=1#y"]) {
      expect(isAbsoluteHttpUrl(good), good).toBe(true);
    }
    for (const bad of [
      "/done",
      "done",
      "ftp://yourapp.com/done",
      "javascript:alert(1)",
      "http:/yourapp.com",
      "http:yourapp.com",
      "https://",
      " https://yourapp.com",
      "https://your app.com",
      "https://exämple.com/",
      `https://yourapp.com/${"a".repeat(2100)}`,
    ]) {
      expect(isAbsoluteHttpUrl(bad), bad).toBe(false);
    }
  });

  it("rejects non-object bodies as a validation error", () => {
    for (const text of ["", "nope", "[]", "null", "42"]) {
      expect(
        codeOf(() => parseJsonObject(text)),
        text,
      ).toBe("validation_error");
    }
    expect(parseJsonObject('{"plan":"pro"}')).toEqual({ plan: "pro" });
  });

  it("reports every bad field at once, before the return URL's form", () => {
    try {
      validateCheckout({ plan: "free", interval: "weekly", return_url: "/relative" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      const { details } = (error as ApiError).extras;
      expect(Object.keys(details ?? {}).sort()).toEqual(["interval", "plan"]);
    }
    expect(codeOf(() => validateCheckout({ plan: "pro", interval: "annual" }))).toBe(
      "validation_error",
    );
    expect(
      codeOf(() => validateCheckout({ plan: "pro", interval: "annual", return_url: "ftp://x.y" })),
    ).toBe("invalid_target_url");
    expect(
      validateCheckout({ plan: "max", interval: "monthly", return_url: "https://a.example/b" }),
    ).toEqual({ plan: "max", interval: "monthly", returnUrl: "https://a.example/b" });
  });
});
