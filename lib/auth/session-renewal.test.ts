import { NextRequest, NextResponse } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getConfig } from "@/lib/env";
import { renewSessionCookie } from "./session-renewal";
import { openSession, sealSession } from "./session-seal";

const DAY = 24 * 60 * 60 * 1000;

describe("renewSessionCookie", () => {
  beforeEach(() => {
    vi.stubEnv("IMGPRO_APP_ID", "a8o46yrk");
    vi.stubEnv("IMGPRO_SECRET_KEY", "img_sk_live_test");
    vi.stubEnv("APP_URL", "http://localhost:3000");
    vi.stubEnv("SESSION_SECRET", "s".repeat(32));
  });
  afterEach(() => vi.unstubAllEnvs());

  const requestWith = (value: string) =>
    new NextRequest("http://localhost:3000/gallery", { headers: { cookie: `session=${value}` } });

  it("renews a used session: a later expiry, sliding but capped by the absolute limit", async () => {
    const config = getConfig();
    const created = Date.now() - 25 * DAY;
    const sealed = await sealSession(
      { userId: "u1", email: "a@example.com", createdAt: created, renewedAt: created + 20 * DAY },
      config,
      created + 20 * DAY,
    );
    const now = Date.now();
    const response = NextResponse.next();
    await renewSessionCookie(requestWith(sealed), response, now);
    const cookie = response.cookies.get("session");
    expect(cookie?.httpOnly).toBe(true);
    // 7 days idle from now would pass day 30: the cookie lives 5 days, until the absolute end.
    expect(cookie?.maxAge).toBe(Math.floor((created + 30 * DAY - now) / 1000));
    const opened = await openSession(cookie?.value, config, now);
    expect(opened).toMatchObject({ userId: "u1", createdAt: created, renewedAt: now });
  });

  it("leaves an expired session alone: it is no session to renew", async () => {
    const config = getConfig();
    const created = Date.now() - 10 * DAY;
    const sealed = await sealSession(
      { userId: "u1", email: "a@example.com", createdAt: created, renewedAt: created },
      config,
      Date.now() - DAY,
    );
    const response = NextResponse.next();
    await renewSessionCookie(requestWith(sealed), response);
    expect(response.cookies.get("session")).toBeUndefined();
  });

  it("answers the same cookie with the same renewal for a minute, then renews again", async () => {
    const config = getConfig();
    const created = Date.now() - DAY;
    const sealed = await sealSession(
      { userId: "u1", email: "a@example.com", createdAt: created, renewedAt: created },
      config,
      created,
    );
    const renewal = async (at: number) => {
      const response = NextResponse.next();
      await renewSessionCookie(requestWith(sealed), response, at);
      return response.cookies.get("session");
    };
    const now = Date.now();
    const first = await renewal(now);
    const soon = await renewal(now + 30_000);
    // Every seal has a fresh salt and IV, so an equal value is the same seal sent again.
    expect(soon?.value).toBe(first?.value);
    expect(soon?.maxAge).toBe((first?.maxAge ?? 0) - 30);
    const later = await renewal(now + 61_000);
    expect(later?.value).not.toBe(first?.value);
    expect(await openSession(later?.value, config, now + 61_000)).toMatchObject({
      renewedAt: now + 61_000,
    });
  });
});
