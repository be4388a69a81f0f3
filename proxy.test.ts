import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import nextConfig from "./next.config";
import { proxy } from "./proxy";

const HSTS = "max-age=63072000; includeSubDomains";

function requests(origin: string) {
  return {
    page: new NextRequest(`${origin}/`),
    "signed-in page without a session (early redirect)": new NextRequest(`${origin}/gallery`),
    "signed-in API without a session (401)": new NextRequest(`${origin}/api/images`),
    "cross-site write (403)": new NextRequest(`${origin}/gallery`, {
      method: "POST",
      headers: { origin: "https://evil.example" },
    }),
    prefetch: new NextRequest(`${origin}/`, { headers: { "next-router-prefetch": "1" } }),
  };
}

describe("Strict-Transport-Security", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is on every response when APP_URL is https", async () => {
    vi.stubEnv("APP_URL", "https://photos.example.com");
    for (const [label, request] of Object.entries(requests("https://photos.example.com"))) {
      const response = await proxy(request);
      expect(response.headers.get("strict-transport-security"), label).toBe(HSTS);
    }
    const headers = await nextConfig.headers?.();
    expect(headers?.map((rule) => rule.source)).toContain("/_next/static/:path*");
    for (const rule of headers ?? []) {
      expect(rule.headers).toEqual([{ key: "Strict-Transport-Security", value: HSTS }]);
    }
  });

  it("is never sent over http, where it would lock browsers out of http://localhost", async () => {
    vi.stubEnv("APP_URL", "http://localhost:3000");
    for (const [label, request] of Object.entries(requests("http://localhost:3000"))) {
      const response = await proxy(request);
      expect(response.headers.has("strict-transport-security"), label).toBe(false);
    }
    expect(await nextConfig.headers?.()).toEqual([]);
  });
});
