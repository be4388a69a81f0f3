import { describe, expect, it } from "vitest";
import { DEFAULT_RETURN_TO, safeReturnTo } from "./return-to";

describe("safeReturnTo", () => {
  it.each([
    "/gallery",
    "/gallery?tags=cats&mode=all",
    "/images/abc12345",
    "/billing?checkout=done#plans",
    "/%09/evil.com",
  ])("keeps the in-app path %s", (path) => {
    const kept = safeReturnTo(path);
    expect(kept).toBe(path);
    // Whatever comes back resolves to this app's origin.
    expect(new URL(kept, "https://app.example").origin).toBe("https://app.example");
  });

  const hostile = [
    "//evil.com",
    "//evil.com/path",
    "/\\evil.com",
    "\\\\evil.com",
    "/\\/evil.com",
    "https:/evil.com",
    "https://evil.com",
    "http://evil.com/gallery",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/\t/evil.com",
    "/\n/evil.com",
    "/\r\n/evil.com",
    "\t//evil.com",
    " //evil.com",
    "evil.com",
    "gallery",
    "///evil.com",
    "/./\\evil.com",
    "/..//evil.com",
    "%2F%2Fevil.com",
    "/login",
    "/login?returnTo=/login",
    "/callback?code=x",
    "/session/disconnected",
    "",
    `/${"a".repeat(3000)}`,
  ];
  it.each(hostile)("refuses %j", (value) => {
    const kept = safeReturnTo(value);
    expect(kept).toBe(DEFAULT_RETURN_TO);
  });

  it("refuses anything that is not a string", () => {
    for (const value of [undefined, null, 42, ["/gallery"], { path: "/" }]) {
      expect(safeReturnTo(value)).toBe(DEFAULT_RETURN_TO);
    }
  });

  it("uses the fallback it is given", () => {
    expect(safeReturnTo("//evil.com", "/")).toBe("/");
  });
});
