import { describe, expect, it, vi } from "vitest";
import { parseConfig } from "@/lib/env";
import { FLOW_TTL_SECONDS } from "./cookies";
import { flowIdOf, newState, openFlow, sealFlow, type LoginFlow } from "./login-flow";

const config = parseConfig({
  IMGPRO_APP_ID: "a8o46yrk",
  IMGPRO_SECRET_KEY: "img_sk_live_test",
  APP_URL: "http://localhost:3000",
  SESSION_SECRET: "s".repeat(32),
});

const flow = (overrides: Partial<LoginFlow> = {}): LoginFlow => ({
  state: newState(),
  returnTo: "/gallery",
  silent: false,
  restarted: false,
  ...overrides,
});

describe("newState", () => {
  it("has at least 128 random bits, URL-safe, never repeating", () => {
    const states = new Set(Array.from({ length: 200 }, newState));
    expect(states.size).toBe(200);
    for (const state of states) {
      expect(state).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(state, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    }
  });
});

describe("flowIdOf", () => {
  it("gives each state its own short, cookie-safe id, whatever the state holds", () => {
    const first = flowIdOf(newState());
    expect(first).not.toBe(flowIdOf(newState()));
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(flowIdOf("<script>;=,")).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe("sealFlow / openFlow", () => {
  it("opens what it sealed for the same state", async () => {
    const original = flow({ silent: true, returnTo: "/billing" });
    const sealed = await sealFlow(original, config);
    expect(sealed).not.toContain(original.state);
    expect(await openFlow(sealed, original.state, config)).toEqual(original);
  });

  it("refuses another state, a missing cookie and a tampered seal", async () => {
    const original = flow();
    const sealed = await sealFlow(original, config);
    expect(await openFlow(sealed, newState(), config)).toBeNull();
    expect(await openFlow(undefined, original.state, config)).toBeNull();
    expect(await openFlow(`${sealed.slice(0, -4)}AAAA`, original.state, config)).toBeNull();
    expect(await openFlow("garbage", original.state, config)).toBeNull();
  });

  it("refuses a seal made with another secret", async () => {
    const original = flow();
    const other = { ...config, sessionSecrets: ["o".repeat(32)] as [string] };
    expect(await openFlow(await sealFlow(original, other), original.state, config)).toBeNull();
  });

  it("expires after 10 minutes whatever the browser keeps", async () => {
    vi.useFakeTimers();
    try {
      const original = flow();
      const sealed = await sealFlow(original, config);
      vi.advanceTimersByTime((FLOW_TTL_SECONDS + 120) * 1000);
      expect(await openFlow(sealed, original.state, config)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
