import { sealData, unsealData } from "iron-session";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseConfig } from "@/lib/env";
import {
  isSessionLive,
  openSession,
  renewed,
  RENEW_AFTER_MS,
  sealSession,
  secondsLeft,
  type SessionData,
} from "./session-seal";

// The real iron-session, counted: a seal opened once is not unsealed again.
vi.mock("iron-session", async (original) => {
  const real = await original<typeof import("iron-session")>();
  return { ...real, unsealData: vi.fn(real.unsealData) };
});

const DAY = 24 * 60 * 60 * 1000;
const config = parseConfig({
  IMGPRO_APP_ID: "a8o46yrk",
  IMGPRO_SECRET_KEY: "img_sk_live_test",
  APP_URL: "http://localhost:3000",
  SESSION_SECRET: "s".repeat(32),
});
const limits = config.session;
const start = Date.UTC(2026, 0, 1);
const session = (createdAt = start, renewedAt = createdAt): SessionData => ({
  userId: "m3k9ab2c",
  email: "jane@example.com",
  createdAt,
  renewedAt,
});

describe("session lifetime", () => {
  it("defaults to 7 days idle inside 30 days absolute", () => {
    expect(limits).toEqual({ idleSeconds: (7 * DAY) / 1000, absoluteSeconds: (30 * DAY) / 1000 });
  });

  it("ends after the idle limit without activity", () => {
    expect(isSessionLive(session(), limits, start + 7 * DAY - 1)).toBe(true);
    expect(isSessionLive(session(), limits, start + 7 * DAY)).toBe(false);
  });

  it("slides with activity, but never past the absolute limit", () => {
    let current = session();
    for (let day = 6; day < 30; day += 6) {
      const next = renewed(current, limits, start + day * DAY);
      expect(next, `day ${day}`).not.toBeNull();
      current = next as SessionData;
    }
    expect(current.createdAt).toBe(start);
    expect(isSessionLive(current, limits, start + 29 * DAY)).toBe(true);
    // Renewed on day 24, so idle would allow day 31; the absolute limit ends it on day 30.
    expect(secondsLeft(current, limits, start + 29 * DAY)).toBe(DAY / 1000);
    expect(isSessionLive(current, limits, start + 30 * DAY)).toBe(false);
    expect(renewed(current, limits, start + 30 * DAY)).toBeNull();
  });

  it("rewrites the cookie at most once a minute", () => {
    expect(renewed(session(), limits, start + RENEW_AFTER_MS - 1)).toBeNull();
    expect(renewed(session(), limits, start + RENEW_AFTER_MS)?.renewedAt).toBe(
      start + RENEW_AFTER_MS,
    );
  });
});

describe("sealSession / openSession", () => {
  it("opens a live session it sealed, with its times", async () => {
    const sealed = await sealSession(session(), config, start);
    expect(await openSession(sealed, config, start + DAY)).toEqual(session());
  });

  it("counts an expired session as no session, even with a seal still valid", async () => {
    const now = Date.now();
    const idle = session(now - 8 * DAY, now - 8 * DAY);
    const old = session(now - 31 * DAY, now - DAY);
    for (const data of [idle, old]) {
      const sealed = await sealData(data, { password: { 1: "s".repeat(32) }, ttl: 3600 });
      expect(await openSession(sealed, config, now)).toBeNull();
    }
  });

  it("treats a session without its times (sealed before they existed) as no session", async () => {
    const sealed = await sealData(
      { userId: "u1", email: "a@example.com", connectedAt: 1 },
      { password: { 1: "s".repeat(32) } },
    );
    expect(await openSession(sealed, config, Date.now())).toBeNull();
  });
});

describe("openSession remembers the seals it opened", () => {
  beforeEach(() => {
    vi.mocked(unsealData).mockClear();
  });
  afterEach(() => vi.useRealTimers());
  const now = Date.now();
  const fresh = () => sealSession(session(now, now), config, now);

  it("unseals a cookie once, however often it comes back", async () => {
    const sealed = await fresh();
    for (let request = 0; request < 3; request++) {
      expect(await openSession(sealed, config, now + request)).toEqual(session(now, now));
    }
    expect(unsealData).toHaveBeenCalledTimes(1);
  });

  it("still checks the session's limits on every read", async () => {
    const sealed = await fresh();
    expect(await openSession(sealed, config, now)).not.toBeNull();
    expect(await openSession(sealed, config, now + 7 * DAY)).toBeNull();
  });

  it("no longer opens a remembered seal once its secret is taken out", async () => {
    const sealed = await fresh();
    expect(await openSession(sealed, config, now)).not.toBeNull();
    const rotated = parseConfig({
      IMGPRO_APP_ID: "a8o46yrk",
      IMGPRO_SECRET_KEY: "img_sk_live_test",
      APP_URL: "http://localhost:3000",
      SESSION_SECRET: "t".repeat(32),
    });
    expect(await openSession(sealed, rotated, now)).toBeNull();
  });

  it("keeps the seal's own expiry, as iron-session checks it", async () => {
    const sealed = await sealData(session(now, now), { password: { 1: "s".repeat(32) }, ttl: 60 });
    expect(await openSession(sealed, config, now)).not.toBeNull();
    // iron-session allows a minute of clock skew past the seal's expiry.
    vi.useFakeTimers({ now: now + 60_000 + 60_000 + 1_000 });
    expect(await openSession(sealed, config, now)).toBeNull();
  });

  it("does not remember a forged or garbled cookie", async () => {
    const forged = (await fresh()).replace(/\*[^*]+$/, "*AAAA");
    expect(await openSession(forged, config, now)).toBeNull();
    expect(await openSession(forged, config, now)).toBeNull();
    expect(unsealData).toHaveBeenCalledTimes(2);
  });
});
