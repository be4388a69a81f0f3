import { describe, expect, it } from "vitest";
import { createEmulator } from "../server";
import { callbackUrl, isRefusal, parseConnectRequest } from "./request";

const { emu } = createEmulator({ publicUrl: "http://127.0.0.1:4010", dataDir: null });
const REDIRECT = "http://localhost:3000/callback";

function parse(params: Record<string, string>) {
  return parseConnectRequest(emu, new URLSearchParams(params));
}

describe("parseConnectRequest", () => {
  it("accepts a registered redirect URI and keeps state exactly as sent", () => {
    const request = parse({ app: "a8o46yrk", redirect_uri: REDIRECT, state: " a+b " });
    expect(isRefusal(request)).toBe(false);
    expect(request).toMatchObject({ redirectUri: REDIRECT, state: " a+b ", silent: false });
  });

  it("tells an absent state from an empty one", () => {
    expect(parse({ app: "a8o46yrk", redirect_uri: REDIRECT })).toMatchObject({ state: null });
    expect(parse({ app: "a8o46yrk", redirect_uri: REDIRECT, state: "" })).toMatchObject({
      state: "",
    });
  });

  it("counts state in characters, not UTF-16 units", () => {
    const emoji = "😀".repeat(512);
    expect(isRefusal(parse({ app: "a8o46yrk", redirect_uri: REDIRECT, state: emoji }))).toBe(false);
    const over = parse({ app: "a8o46yrk", redirect_uri: REDIRECT, state: `${emoji}x` });
    expect(isRefusal(over)).toBe(true);
  });

  it("is silent only for prompt=none", () => {
    expect(parse({ app: "a8o46yrk", redirect_uri: REDIRECT, prompt: "none" })).toMatchObject({
      silent: true,
    });
    expect(parse({ app: "a8o46yrk", redirect_uri: REDIRECT, prompt: "NONE" })).toMatchObject({
      silent: false,
    });
  });

  it("refuses prototype names as app ids", () => {
    for (const app of ["constructor", "__proto__", "toString"]) {
      expect(parse({ app, redirect_uri: REDIRECT })).toMatchObject({ status: 400 });
    }
  });
});

describe("callbackUrl", () => {
  it("adds the parameters, then state, encoded", () => {
    expect(callbackUrl(REDIRECT, { code: "abc" }, "a b&c")).toBe(
      `${REDIRECT}?code=abc&state=a+b%26c`,
    );
    expect(callbackUrl(REDIRECT, { error: "access_denied" }, null)).toBe(
      `${REDIRECT}?error=access_denied`,
    );
  });

  it("keeps the registered URI's own query untouched", () => {
    expect(callbackUrl("http://x.test/cb?t=a%20b&u", { code: "c" }, "s")).toBe(
      "http://x.test/cb?t=a%20b&u&code=c&state=s",
    );
  });
});
