import { describe, expect, it } from "vitest";
import { isAppOrigin } from "./request-origin";

describe("isAppOrigin", () => {
  const appUrl = "https://photos.example.com";

  it("accepts exactly APP_URL's origin, whatever APP_URL's path", () => {
    expect(isAppOrigin("https://photos.example.com", appUrl)).toBe(true);
    expect(isAppOrigin("https://photos.example.com", `${appUrl}/`)).toBe(true);
    expect(isAppOrigin("http://localhost:3000", "http://localhost:3000")).toBe(true);
  });

  it("refuses another site, scheme, port or a look-alike host", () => {
    for (const origin of [
      "https://evil.example",
      "http://photos.example.com",
      "https://photos.example.com:8443",
      "https://photos.example.com.evil.example",
      "https://evil.photos.example.com",
      "https://photos.example.com/",
    ]) {
      expect(isAppOrigin(origin, appUrl), origin).toBe(false);
    }
  });

  it("refuses a missing, opaque or malformed Origin", () => {
    expect(isAppOrigin(null, appUrl)).toBe(false);
    expect(isAppOrigin("", appUrl)).toBe(false);
    expect(isAppOrigin("null", appUrl)).toBe(false);
    expect(isAppOrigin("not a url", appUrl)).toBe(false);
  });

  it("fails closed when APP_URL is missing or invalid", () => {
    expect(isAppOrigin("http://localhost:3000", undefined)).toBe(false);
    expect(isAppOrigin("http://localhost:3000", "")).toBe(false);
    expect(isAppOrigin("null", "not a url")).toBe(false);
  });
});
