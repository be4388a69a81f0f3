import { describe, expect, it, vi } from "vitest";
import { parseConfig } from "@/lib/env";

vi.mock("next/headers", () => ({ cookies: vi.fn(), headers: vi.fn() }));
const { sessionOptions, SESSION_TTL_SECONDS } = await import("./session");

const base = {
  IMGPRO_APP_ID: "a8o46yrk",
  IMGPRO_SECRET_KEY: "img_sk_live_test",
  SESSION_SECRET: `${"n".repeat(32)},${"o".repeat(32)}`,
};

describe("sessionOptions", () => {
  it("on http: HttpOnly, SameSite=Lax, not Secure (localhost works everywhere)", () => {
    const options = sessionOptions(parseConfig({ ...base, APP_URL: "http://localhost:3000" }));
    expect(options.cookieName).toBe("session");
    expect(options.cookieOptions).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: "/",
    });
  });

  it("on https: Secure, with the __Host- prefix", () => {
    const options = sessionOptions(parseConfig({ ...base, APP_URL: "https://photos.example.com" }));
    expect(options.cookieName).toBe("__Host-session");
    expect(options.cookieOptions?.secure).toBe(true);
  });

  it("lives 30 days and seals with the newest secret while opening with all", () => {
    const options = sessionOptions(parseConfig({ ...base, APP_URL: "http://localhost:3000" }));
    expect(options.ttl).toBe(SESSION_TTL_SECONDS);
    expect(SESSION_TTL_SECONDS).toBe(30 * 24 * 60 * 60);
    // iron-session seals with the highest key.
    expect(options.password).toEqual({ 2: "n".repeat(32), 1: "o".repeat(32) });
  });
});
