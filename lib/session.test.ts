import { sealData } from "iron-session";
import { cookies } from "next/headers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sealSession } from "@/lib/auth/session-seal";
import { getConfig } from "@/lib/env";

vi.mock("next/headers", () => ({ cookies: vi.fn(), headers: vi.fn() }));
vi.mock("react", async (original) => ({
  ...(await original<typeof import("react")>()),
  // Unit tests read the session more than once per "request".
  cache: <T>(fn: T) => fn,
}));
const { endSessionAndForgetBrowser, getSession, saveSession } = await import("./session");

const DAY = 24 * 60 * 60 * 1000;
const secret = "s".repeat(32);

function jarWith(value?: string) {
  const jar = {
    get: (name: string) => (name === "session" && value ? { name, value } : undefined),
    set: vi.fn(),
  };
  vi.mocked(cookies).mockResolvedValue(jar as never);
  return jar;
}

beforeEach(() => {
  vi.stubEnv("IMGPRO_APP_ID", "a8o46yrk");
  vi.stubEnv("IMGPRO_SECRET_KEY", "img_sk_live_test");
  vi.stubEnv("APP_URL", "http://localhost:3000");
  vi.stubEnv("SESSION_SECRET", secret);
});
afterEach(() => vi.unstubAllEnvs());

describe("saveSession", () => {
  it("writes an HttpOnly, SameSite=Lax cookie that lives the idle limit, with its times", async () => {
    const jar = jarWith();
    await saveSession({ userId: "u1", email: "a@example.com" });
    const [name, value, options] = jar.set.mock.calls[0] ?? [];
    expect(name).toBe("session");
    expect(options).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: "/",
      maxAge: (7 * DAY) / 1000,
    });
    jarWith(value);
    expect(await getSession()).toMatchObject({ userId: "u1", email: "a@example.com" });
  });
});

describe("getSession", () => {
  it("opens a live session sealed with the secret", async () => {
    const now = Date.now();
    jarWith(
      await sealSession(
        { userId: "u1", email: "a@example.com", createdAt: now, renewedAt: now },
        getConfig(),
        now,
      ),
    );
    expect(await getSession()).toEqual({ userId: "u1", email: "a@example.com", connectedAt: now });
  });

  it("treats an idle or too old session as no session", async () => {
    const now = Date.now();
    for (const [createdAt, renewedAt] of [
      [now - 8 * DAY, now - 8 * DAY],
      [now - 31 * DAY, now - 1000],
    ]) {
      const data = { userId: "u1", email: "a@example.com", createdAt, renewedAt };
      jarWith(await sealData(data, { password: { 1: secret }, ttl: 3600 }));
      expect(await getSession()).toBeNull();
    }
  });

  it("treats a forged, foreign or malformed cookie as no session instead of throwing", async () => {
    const foreign = await sealData({ userId: "u1" }, { password: { 1: "o".repeat(32) } });
    for (const value of [
      "garbage",
      foreign,
      "Fe26.2*1*salt*iv*data*not-a-number*salt*mac~2",
      "Fe99.9*1*salt*iv*data**salt*mac~2",
    ]) {
      jarWith(value);
      expect(await getSession(), value).toBeNull();
    }
  });
});

describe("endSessionAndForgetBrowser", () => {
  it("expires the session and the 'signed in before' marker", async () => {
    const jar = jarWith();
    await endSessionAndForgetBrowser();
    const expiredNames = jar.set.mock.calls
      .filter(([, value, options]) => value === "" && options.maxAge === 0)
      .map(([name]) => name);
    expect(expiredNames).toEqual(["session", "imgpro_returning"]);
  });
});
