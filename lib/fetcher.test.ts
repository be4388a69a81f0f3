import { describe, expect, it } from "vitest";
import { FetchError } from "./fetcher";

describe("FetchError", () => {
  it("carries the route's message and code", () => {
    const error = new FetchError(401, {
      error: { code: "user_forbidden", message: "Your img.pro account is no longer connected." },
    });
    expect(error.message).toBe("Your img.pro account is no longer connected.");
    expect(error.code).toBe("user_forbidden");
  });

  it("says the status when the answer is not the app's error JSON", () => {
    for (const body of [null, "<html>Bad gateway</html>", { error: "down" }, [1, 2]]) {
      const error = new FetchError(502, body);
      expect(error.message).toBe("Request failed (502)");
      expect(error.code).toBeNull();
    }
  });

  it("has no code when the error names none", () => {
    expect(new FetchError(500, { error: { message: "Oops" } }).code).toBeNull();
    expect(new FetchError(500, { error: { code: 42 } }).message).toBe("Request failed");
  });
});
