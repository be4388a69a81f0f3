import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./env";

const valid = {
  IMGPRO_APP_ID: "a8o46yrk",
  IMGPRO_SECRET_KEY: "img_sk_live_test",
  APP_URL: "https://photos.example.com",
  SESSION_SECRET: "x".repeat(32),
};

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseConfig(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseConfig", () => {
  it("defaults the img.pro hosts to the real ones, never to the emulator", () => {
    const config = parseConfig(valid);
    expect(config.imgpro).toEqual({
      appId: "a8o46yrk",
      secretKey: "img_sk_live_test",
      apiUrl: "https://api.img.pro",
      webUrl: "https://img.pro",
      cdnUrl: "https://src.img.pro",
    });
    expect(config.redirectUri).toBe("https://photos.example.com/callback");
  });

  it("names every missing variable at once", () => {
    const problems = problemsOf({});
    for (const name of ["IMGPRO_APP_ID", "IMGPRO_SECRET_KEY", "APP_URL", "SESSION_SECRET"]) {
      expect(
        problems.some((problem) => problem.startsWith(`${name} is missing`)),
        name,
      ).toBe(true);
    }
    expect(problems).toHaveLength(4);
  });

  it("treats blank values as missing", () => {
    expect(problemsOf({ ...valid, IMGPRO_SECRET_KEY: "  " })).toEqual([
      expect.stringMatching(/^IMGPRO_SECRET_KEY is missing/),
    ]);
    expect(parseConfig({ ...valid, IMGPRO_API_URL: "" }).imgpro.apiUrl).toBe("https://api.img.pro");
  });

  it("rejects URLs that are not absolute http(s)", () => {
    for (const bad of ["localhost:3000", "/relative", "ftp://example.com", "javascript:alert(1)"]) {
      expect(problemsOf({ ...valid, APP_URL: bad }), bad).toEqual([
        expect.stringMatching(/^APP_URL must be an absolute http\(s\) URL/),
      ]);
    }
  });

  it("strips trailing slashes so derived URLs have exactly one", () => {
    const config = parseConfig({
      ...valid,
      APP_URL: "http://localhost:3000/",
      IMGPRO_API_URL: "http://127.0.0.1:4010/",
    });
    expect(config.redirectUri).toBe("http://localhost:3000/callback");
    expect(config.imgpro.apiUrl).toBe("http://127.0.0.1:4010");
  });

  it("makes cookies Secure only when the app is served over https", () => {
    expect(parseConfig(valid).secureCookies).toBe(true);
    expect(parseConfig({ ...valid, APP_URL: "http://localhost:3000" }).secureCookies).toBe(false);
  });

  it("requires session secrets of 32 characters and accepts a rotation list, newest first", () => {
    expect(problemsOf({ ...valid, SESSION_SECRET: "short" })).toEqual([
      expect.stringMatching(/^SESSION_SECRET must be at least 32 characters/),
    ]);
    const rotated = parseConfig({
      ...valid,
      SESSION_SECRET: `${"n".repeat(32)}, ${"o".repeat(40)}`,
    });
    expect(rotated.sessionSecrets).toEqual(["n".repeat(32), "o".repeat(40)]);
  });

  it("explains where to set the variables", () => {
    expect(() => parseConfig({})).toThrow(/\.env\.example/);
  });
});

describe("uploadMaxBytes", () => {
  it("is img.pro's 70 MB by default, 4.5 MB on Vercel, and UPLOAD_MAX_BYTES when set", () => {
    expect(parseConfig(valid).uploadMaxBytes).toBe(70_000_000);
    expect(parseConfig({ ...valid, VERCEL: "1" }).uploadMaxBytes).toBe(4_500_000);
    expect(parseConfig({ ...valid, VERCEL: "1", UPLOAD_MAX_BYTES: "2000000" }).uploadMaxBytes).toBe(
      2_000_000,
    );
    expect(parseConfig({ ...valid, UPLOAD_MAX_BYTES: "999999999" }).uploadMaxBytes).toBe(
      70_000_000,
    );
  });

  it("names a bad UPLOAD_MAX_BYTES", () => {
    expect(problemsOf({ ...valid, UPLOAD_MAX_BYTES: "lots" })).toEqual([
      expect.stringMatching(/^UPLOAD_MAX_BYTES must be a number/),
    ]);
  });
});

describe("uploadTimeoutMs", () => {
  it("is 10 minutes by default, inside Vercel's function duration there, and the setting when set", () => {
    expect(parseConfig(valid).uploadTimeoutMs).toBe(600_000);
    expect(parseConfig({ ...valid, VERCEL: "1" }).uploadTimeoutMs).toBe(240_000);
    expect(
      parseConfig({ ...valid, VERCEL: "1", IMGPRO_UPLOAD_TIMEOUT_MS: "5000" }).uploadTimeoutMs,
    ).toBe(5000);
  });

  it("names a bad IMGPRO_UPLOAD_TIMEOUT_MS", () => {
    expect(problemsOf({ ...valid, IMGPRO_UPLOAD_TIMEOUT_MS: "soon" })).toEqual([
      expect.stringMatching(/^IMGPRO_UPLOAD_TIMEOUT_MS must be a number/),
    ]);
    expect(problemsOf({ ...valid, IMGPRO_UPLOAD_TIMEOUT_MS: "50" })).toEqual([
      expect.stringMatching(/^IMGPRO_UPLOAD_TIMEOUT_MS must be at least 1000/),
    ]);
  });
});

describe("callTimeoutMs", () => {
  it("is 15 s by default and the setting when set", () => {
    expect(parseConfig(valid).callTimeoutMs).toBe(15_000);
    expect(parseConfig({ ...valid, IMGPRO_TIMEOUT_MS: "4000" }).callTimeoutMs).toBe(4000);
  });

  it("names a bad IMGPRO_TIMEOUT_MS", () => {
    expect(problemsOf({ ...valid, IMGPRO_TIMEOUT_MS: "later" })).toEqual([
      expect.stringMatching(/^IMGPRO_TIMEOUT_MS must be a number/),
    ]);
    expect(problemsOf({ ...valid, IMGPRO_TIMEOUT_MS: "500000" })).toEqual([
      expect.stringMatching(/^IMGPRO_TIMEOUT_MS can be at most 120000/),
    ]);
  });
});

describe("session limits", () => {
  it("are 7 days idle and 30 days absolute by default, and the settings when set", () => {
    expect(parseConfig(valid).session).toEqual({
      idleSeconds: 604_800,
      absoluteSeconds: 2_592_000,
    });
    expect(
      parseConfig({ ...valid, SESSION_IDLE_SECONDS: "3600", SESSION_ABSOLUTE_SECONDS: "86400" })
        .session,
    ).toEqual({ idleSeconds: 3600, absoluteSeconds: 86_400 });
  });

  it("names a bad SESSION_IDLE_SECONDS or SESSION_ABSOLUTE_SECONDS", () => {
    expect(problemsOf({ ...valid, SESSION_IDLE_SECONDS: "a week" })).toEqual([
      expect.stringMatching(/^SESSION_IDLE_SECONDS must be a number/),
    ]);
    expect(problemsOf({ ...valid, SESSION_ABSOLUTE_SECONDS: "999999999" })).toEqual([
      expect.stringMatching(/^SESSION_ABSOLUTE_SECONDS can be at most 34560000/),
    ]);
    expect(problemsOf({ ...valid, SESSION_IDLE_SECONDS: "2592001" })).toEqual([
      expect.stringMatching(/^SESSION_IDLE_SECONDS .* must not exceed SESSION_ABSOLUTE_SECONDS/),
    ]);
  });
});
