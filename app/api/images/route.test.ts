import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ destroyed: false }));
vi.mock("@/lib/session", () => ({
  getSession: async () => ({ userId: "m3k9ab2c", email: "jane@example.com", connectedAt: 1 }),
  destroySession: async () => {
    session.destroyed = true;
  },
}));
vi.mock("@/lib/env", async () => {
  const { imgproTestConfig } = await import("@/test/imgpro-config");
  return { getConfig: () => imgproTestConfig() };
});
const { GET } = await import("./route");

const refuse = (status: number, code: string, headers: Record<string, string> = {}) =>
  vi.fn(
    async () =>
      new Response(JSON.stringify({ error: { code, message: "img.pro's words." } }), {
        status,
        headers: { "content-type": "application/json", ...headers },
      }),
  );
const list = () => GET(new NextRequest("http://localhost:3000/api/images"));

beforeEach(() => {
  session.destroyed = false;
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("GET /api/images refusals", () => {
  it("answers a refused machine secret 500, as uploads do, not a 503 to retry", async () => {
    vi.stubGlobal("fetch", refuse(401, "unauthorized"));
    const response = await list();
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect(session.destroyed).toBe(false);
  });

  it("ends the session on user_forbidden and answers 401", async () => {
    vi.stubGlobal("fetch", refuse(403, "user_forbidden"));
    const response = await list();
    expect(response.status).toBe(401);
    expect(session.destroyed).toBe(true);
  });

  it("passes a rate limit on with Retry-After", async () => {
    vi.stubGlobal("fetch", refuse(429, "rate_limited", { "retry-after": "120" }));
    const response = await list();
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("120");
  });
});
