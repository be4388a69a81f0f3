import { describe, expect, it } from "vitest";
import { sessionProblemHref, sessionProblemOf } from "./session-problem";

describe("sessionProblemOf", () => {
  it("reads img.pro's lifecycle codes first, then a bare 401", () => {
    expect(sessionProblemOf(401, "user_forbidden")).toBe("user_forbidden");
    expect(sessionProblemOf(403, "app_suspended")).toBe("app_suspended");
    expect(sessionProblemOf(401, "unauthenticated")).toBe("unauthenticated");
    expect(sessionProblemOf(401, undefined)).toBe("unauthenticated");
  });

  it("leaves every other error to the caller", () => {
    expect(sessionProblemOf(403, "forbidden")).toBeNull();
    expect(sessionProblemOf(503, "unavailable")).toBeNull();
    expect(sessionProblemOf(429, "rate_limited")).toBeNull();
  });
});

describe("sessionProblemHref", () => {
  it("sends an ended session to sign in and back to where it was", () => {
    expect(sessionProblemHref("unauthenticated", "/gallery?tags=a b&album=x")).toBe(
      "/login?returnTo=%2Fgallery%3Ftags%3Da%20b%26album%3Dx",
    );
  });

  it("says why on the landing page or the suspended page, as the server's redirects do", () => {
    expect(sessionProblemHref("user_forbidden", "/gallery")).toBe("/?notice=disconnected");
    expect(sessionProblemHref("app_suspended", "/gallery")).toBe("/suspended");
  });
});
