import { describe, expect, it } from "vitest";
import { errorCode, useEmulator } from "./harness";
import { uploadMedia } from "./media-fixtures";

describe("the App API sandbox", () => {
  const emulator = useEmulator();

  it("rejects a missing or wrong machine secret with 401 unauthorized", async () => {
    const user = await emulator.createUser();
    for (const secret of [null, "img_sk_live_wrong", "not-even-a-key"]) {
      const response = await emulator.api("GET", "/v1/usage", { user: user.id, secret });
      expect(response.status).toBe(401);
      expect(await errorCode(response)).toBe("unauthorized");
    }
  });

  it("requires X-Img-User on data calls with 422 validation_error naming the header", async () => {
    const response = await emulator.api("GET", "/v1/usage");
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { code: string; details: Record<string, unknown> };
    };
    expect(body.error.code).toBe("validation_error");
    expect(Object.keys(body.error.details)).toContain("X-Img-User");
  });

  it("answers 403 user_forbidden, never 404, for unknown, foreign, deleted and disabled users", async () => {
    const other = await emulator.createApp();
    const foreign = await emulator.createUser("foreign@example.com", other.id);
    const deleted = await emulator.createUser("deleted@example.com");
    const disabled = await emulator.createUser("disabled@example.com");
    await emulator.control("DELETE", `/users/${deleted.id}`);
    await emulator.control("POST", `/users/${disabled.id}/disable`);
    for (const user of ["nosuchus", foreign.id, deleted.id, disabled.id]) {
      const response = await emulator.api("GET", "/v1/usage", { user });
      expect(response.status, user).toBe(403);
      expect(await errorCode(response)).toBe("user_forbidden");
    }
  });

  it("stops a suspended app with 403 app_suspended until it is unsuspended", async () => {
    const user = await emulator.createUser();
    await emulator.control("POST", "/apps/a8o46yrk/suspend");
    const suspended = await emulator.api("GET", "/v1/usage", { user: user.id });
    expect(suspended.status).toBe(403);
    expect(await errorCode(suspended)).toBe("app_suspended");
    await emulator.control("POST", "/apps/a8o46yrk/unsuspend");
    expect((await emulator.api("GET", "/v1/usage", { user: user.id })).status).toBe(200);
  });

  it("suspends the app for one user's calls only when asked to (a test control)", async () => {
    const stopped = await emulator.createUser();
    const other = await emulator.createUser();
    await emulator.control("POST", "/apps/a8o46yrk/suspend", { user: stopped.id });
    const suspended = await emulator.api("GET", "/v1/usage", { user: stopped.id });
    expect(suspended.status).toBe(403);
    expect(await errorCode(suspended)).toBe("app_suspended");
    expect((await emulator.api("GET", "/v1/usage", { user: other.id })).status).toBe(200);
    await emulator.control("POST", "/apps/a8o46yrk/unsuspend", { user: stopped.id });
    expect((await emulator.api("GET", "/v1/usage", { user: stopped.id })).status).toBe(200);
  });

  it("rate limits with 429 rate_limited, Retry-After and a wait action", async () => {
    const user = await emulator.createUser();
    await emulator.control("POST", "/config", { rate_limit_per_minute: 2 });
    await emulator.api("GET", "/v1/usage", { user: user.id });
    await emulator.api("GET", "/v1/usage", { user: user.id });
    const limited = await emulator.api("GET", "/v1/usage", { user: user.id });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    const body = (await limited.json()) as {
      error: { code: string; action: { type: string; retry_after: number } };
    };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.action).toEqual({ type: "wait", retry_after: retryAfter });
  });

  it("sends quota headers on every authenticated data response", async () => {
    const user = await emulator.createUser();
    const response = await emulator.api("GET", "/v1/usage", { user: user.id });
    expect(response.status).toBe(200);
    for (const name of [
      "x-monthly-uploads-used",
      "x-monthly-uploads-limit",
      "x-monthly-uploads-remaining",
      "x-storage-used",
      "x-storage-limit",
      "x-storage-remaining",
    ]) {
      expect(response.headers.get(name), name).toMatch(/^\d+$/);
    }
  });
});

describe("test controls", () => {
  const emulator = useEmulator();

  it("forgets a lowered rate limit on reset, so one test's limit never reaches the next", async () => {
    const user = await emulator.createUser();
    await emulator.control("POST", "/config", { rate_limit_per_minute: 1 });
    await emulator.api("GET", "/v1/usage", { user: user.id });
    expect((await emulator.api("GET", "/v1/usage", { user: user.id })).status).toBe(429);
    await emulator.control("POST", "/reset");
    const again = await emulator.createUser();
    for (let index = 0; index < 3; index++) {
      expect((await emulator.api("GET", "/v1/usage", { user: again.id })).status).toBe(200);
    }
  });

  it("injects a 503 for a number of requests, then lets them through", async () => {
    const user = await emulator.createUser();
    await emulator.control("POST", "/faults", {
      path: "/v1/usage",
      status: 503,
      retry_after: 2,
      times: 1,
    });
    const failed = await emulator.api("GET", "/v1/usage", { user: user.id });
    expect(failed.status).toBe(503);
    expect(failed.headers.get("retry-after")).toBe("2");
    expect((await emulator.api("GET", "/v1/usage", { user: user.id })).status).toBe(200);
  });

  it("answers an `after` fault once the work is done: the change stands, the caller sees a 503", async () => {
    const user = (await emulator.createUser()).id;
    const image = await uploadMedia(emulator, user, { description: "before" });
    await emulator.control("POST", "/faults", {
      path: `/v1/media/${image.id}`,
      method: "PATCH",
      status: 503,
      after: true,
      times: 1,
      user,
    });
    const json = { description: "after" };
    const failed = await emulator.api("PATCH", `/v1/media/${image.id}`, { user, json });
    expect(failed.status).toBe(503);
    const stored = await emulator.api("GET", `/v1/media/${image.id}`, { user });
    expect(((await stored.json()) as { description?: string }).description).toBe("after");
  });

  it("lets `skip` matching calls through before a fault starts", async () => {
    const user = (await emulator.createUser()).id;
    await emulator.control("POST", "/faults", { path: "/v1/usage", status: 500, skip: 2, user });
    const statuses = [];
    for (let call = 0; call < 4; call += 1)
      statuses.push((await emulator.api("GET", "/v1/usage", { user })).status);
    expect(statuses).toEqual([200, 200, 500, 500]);
  });

  it("scopes a fault to one user when asked", async () => {
    const target = await emulator.createUser();
    const bystander = await emulator.createUser();
    await emulator.control("POST", "/faults", { path: "/v1/usage", status: 503, user: target.id });
    expect((await emulator.api("GET", "/v1/usage", { user: bystander.id })).status).toBe(200);
    expect((await emulator.api("GET", "/v1/usage", { user: target.id })).status).toBe(503);
  });

  it("injects 429s with Retry-After", async () => {
    const user = await emulator.createUser();
    await emulator.control("POST", "/faults", { path: "/v1/*", status: 429, retry_after: 7 });
    const response = await emulator.api("GET", "/v1/usage", { user: user.id });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(await errorCode(response)).toBe("rate_limited");
  });

  it("adds latency", async () => {
    const user = await emulator.createUser();
    await emulator.control("POST", "/faults", { path: "/v1/usage", latency_ms: 300 });
    const started = Date.now();
    expect((await emulator.api("GET", "/v1/usage", { user: user.id })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("hangs until the caller gives up", async () => {
    const user = await emulator.createUser();
    await emulator.control("POST", "/faults", { path: "/v1/usage", hang: true });
    const started = Date.now();
    await expect(
      fetch(`${emulator.url}/v1/usage`, {
        headers: {
          authorization: "Bearer img_sk_live_emulator_demo_secret_do_not_use_in_production",
          "x-img-user": user.id,
        },
        signal: AbortSignal.timeout(500),
      }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("logs API requests with method, path, user and status", async () => {
    const user = await emulator.createUser();
    await emulator.api("GET", "/v1/usage", { user: user.id });
    await emulator.api("GET", "/v1/usage", { user: "nosuchus" });
    // Only this test's calls: a hung request of an earlier test may be logged late.
    const mine = (entry: { user: string | null }) =>
      entry.user === user.id || entry.user === "nosuchus";
    const log = await emulator.control<{
      data: { method: string; path: string; user: string | null; status: number }[];
    }>("GET", `/requests?path=/v1/usage`);
    expect(
      log.data
        .filter(mine)
        .map(({ method, path, user, status }) => ({ method, path, user, status })),
    ).toEqual([
      { method: "GET", path: "/v1/usage", user: user.id, status: 200 },
      { method: "GET", path: "/v1/usage", user: "nosuchus", status: 403 },
    ]);
  });

  it("reset forgets users and the log", async () => {
    const user = await emulator.createUser();
    await emulator.control("POST", "/reset");
    const response = await emulator.api("GET", "/v1/usage", { user: user.id });
    expect(response.status).toBe(403);
  });
});
