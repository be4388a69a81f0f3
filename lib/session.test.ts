import { sealData } from "iron-session";
import { cookies } from "next/headers";
import { describe, expect, it, vi } from "vitest";
import { parseConfig } from "@/lib/env";

vi.mock("next/headers", () => ({ cookies: vi.fn(), headers: vi.fn() }));
const { getSessionStore, sessionOptions, SESSION_TTL_SECONDS } = await import("./session");

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

describe("getSessionStore", () => {
  const secret = "s".repeat(32);
  const jarWith = (value: string) => ({
    get: (name: string) => (name === "session" ? { name, value } : undefined),
    set: vi.fn(),
  });
  const open = async (value: string) => {
    vi.mocked(cookies).mockResolvedValue(jarWith(value) as never);
    return { ...(await getSessionStore()) };
  };

  it("opens a session sealed with the secret", async () => {
    vi.stubEnv("IMGPRO_APP_ID", "a8o46yrk");
    vi.stubEnv("IMGPRO_SECRET_KEY", "img_sk_live_test");
    vi.stubEnv("APP_URL", "http://localhost:3000");
    vi.stubEnv("SESSION_SECRET", secret);
    const user = { userId: "u1", email: "a@example.com", connectedAt: 1 };
    expect(await open(await sealData(user, { password: { 1: secret } }))).toEqual(user);
  });

  it("treats a forged, foreign or malformed cookie as no session instead of throwing", async () => {
    const foreign = await sealData({ userId: "u1" }, { password: { 1: "o".repeat(32) } });
    for (const value of [
      "garbage",
      foreign,
      "Fe26.2*1*salt*iv*data*not-a-number*salt*mac~2",
      "Fe99.9*1*salt*iv*data**salt*mac~2",
    ]) {
      expect(await open(value), value).toEqual({});
    }
  });
});
