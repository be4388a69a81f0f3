import { createHash } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "../support/test";
import { sealData } from "iron-session";
import { APP_URL, E2E_SESSION_SECRET } from "../env";
import { passHostedLogin, uniqueEmail } from "../support/emulator";

/**
 * The `state` that ties img.pro's redirect to the browser that started the sign-in. Each
 * case below carries a live, unused code; the last one completes with it, which proves no
 * refused case reached the code exchange. A missing flow cookie (the callback opened in
 * another browser) and a replayed callback are in e2e/auth/sign-in.spec.ts; the unit tests of
 * lib/auth/login-flow cover the same rules without a server.
 */

/** As lib/auth/{login-flow,cookies} seal and name the flow (server-only, so restated here). */
const FLOW_TTL_SECONDS = 10 * 60;
const flowCookieName = (state: string) =>
  `imgpro_login_${createHash("sha256").update(state).digest("base64url").slice(0, 22)}`;

interface Flow {
  state: string;
  returnTo: string;
  silent: boolean;
  restarted: boolean;
}

/**
 * A flow cookie as /login seals it, made `ageSeconds` ago. An iron seal carries its expiry
 * (made at + ttl) under its MAC, so one made that long ago is one whose expiry is ttl - age
 * from now. iron-session allows 60 seconds of clock skew on top.
 */
function sealFlow(flow: Flow, options: { ageSeconds?: number; secret?: string } = {}) {
  const ttl = FLOW_TTL_SECONDS - (options.ageSeconds ?? 0);
  if (ttl === 0) throw new Error("a ttl of 0 seals without any expiry");
  return sealData(flow, { password: { 1: options.secret ?? E2E_SESSION_SECRET }, ttl });
}

/** The Set-Cookie line for one cookie in a response's joined set-cookie header. */
function flowCookieHeader(setCookie: string | undefined, name: string): string {
  return (setCookie ?? "").split("\n").find((line) => line.startsWith(`${name}=`)) ?? "";
}

/** Replaces one sealed component (1 salt, 3 ciphertext, 5 expiry, ...) of an iron seal. */
function withPart(seal: string, index: number, change: (part: string) => string): string {
  const parts = seal.split("*");
  parts[index] = change(parts[index] ?? "");
  return parts.join("*");
}

/** Starts a sign-in and stops at img.pro's redirect back: its callback URL and flow cookie. */
async function liveCallback(page: Page, request: APIRequestContext) {
  await page.goto("/login?returnTo=%2Fgallery");
  await passHostedLogin(page, request, uniqueEmail("state"));
  let location = "";
  await page.route("**/connect/consent", async (route) => {
    location = (await route.fetch({ maxRedirects: 0 })).headers()["location"] ?? "";
    await route.fulfill({ status: 204 });
  });
  await page.getByRole("button", { name: "Connect" }).click();
  await expect.poll(() => location).toContain("code=");
  const url = new URL(location);
  const cookie = (await page.context().cookies()).find((item) =>
    // Not imgpro_login_pending, /login's list of pending flows.
    /^imgpro_login_[A-Za-z0-9_-]{22}$/.test(item.name),
  );
  if (!cookie) throw new Error("no flow cookie after /login");
  return {
    code: url.searchParams.get("code") ?? "",
    state: url.searchParams.get("state") ?? "",
    cookie,
  };
}

test("a tampered, missing or expired state creates no session", async ({
  page,
  request,
  playwright,
}) => {
  const { code, state, cookie } = await liveCallback(page, request);
  expect(flowCookieName(state), "the name /login gave the flow cookie").toBe(cookie.name);
  const flow: Flow = { state, returnTo: "/gallery", silent: false, restarted: false };
  const otherState = `${state.slice(0, -1)}${state.endsWith("A") ? "B" : "A"}`;
  const expired = await sealFlow(flow, { ageSeconds: 12 * 60 });

  const callback = async (query: string, cookies: Record<string, string>) => {
    const context = await playwright.request.newContext({ baseURL: APP_URL });
    const cookieHeader = Object.entries(cookies)
      .map(([name, value]) => `${name}=${value}`)
      .join("; ");
    const response = await context.get(`/callback?${query}`, {
      headers: cookieHeader ? { cookie: cookieHeader } : {},
      maxRedirects: 0,
    });
    const result = { status: response.status(), headers: response.headers() };
    await context.dispose();
    return result;
  };

  const refused: [string, string, Record<string, string>][] = [
    ["no state parameter", `code=${code}`, { [cookie.name]: cookie.value }],
    ["an empty state", `code=${code}&state=`, { [cookie.name]: cookie.value }],
    [
      "a state changed in the URL",
      `code=${code}&state=${otherState}`,
      {
        [cookie.name]: cookie.value,
      },
    ],
    [
      "the flow cookie renamed to match a changed state",
      `code=${code}&state=${otherState}`,
      { [flowCookieName(otherState)]: cookie.value },
    ],
    [
      "a flow cookie with its ciphertext altered",
      `code=${code}&state=${state}`,
      {
        [cookie.name]: withPart(
          cookie.value,
          4,
          (part) => `${part[0] === "A" ? "B" : "A"}${part.slice(1)}`,
        ),
      },
    ],
    [
      "a flow cookie sealed with another secret",
      `code=${code}&state=${state}`,
      {
        [cookie.name]: await sealFlow(flow, {
          secret: "another-secret-0123456789-abcdefghijklmnop",
        }),
      },
    ],
    [
      "a flow cookie sealed 12 minutes ago",
      `code=${code}&state=${state}`,
      { [cookie.name]: expired },
    ],
    [
      "that expired cookie with its expiry pushed forward",
      `code=${code}&state=${state}`,
      { [cookie.name]: withPart(expired, 5, () => String(Date.now() + 5 * 60_000)) },
    ],
  ];
  for (const [label, query, cookies] of refused) {
    const response = await callback(query, cookies);
    expect(response.status, label).toBe(303);
    expect(response.headers["location"], label).toBe(`${APP_URL}/sign-in-problem?reason=state`);
    expect(response.headers["set-cookie"] ?? "", label).not.toMatch(/(^|\n)session=[^;]/);
    for (const name of Object.keys(cookies)) {
      if (name === flowCookieName(new URLSearchParams(query).get("state") ?? "")) {
        expect(flowCookieHeader(response.headers["set-cookie"], name), label).toMatch(/Max-Age=0/);
      }
    }
  }

  // The same code with a flow sealed 9 minutes ago (still within its 10) signs in: the seals
  // above were refused for what was wrong with them, and none of them spent the code.
  const accepted = await callback(`code=${code}&state=${state}`, {
    [cookie.name]: await sealFlow(flow, { ageSeconds: 9 * 60 }),
  });
  expect(accepted.status).toBe(303);
  expect(accepted.headers["location"]).toBe(`${APP_URL}/gallery`);
  expect(accepted.headers["set-cookie"]).toMatch(/(^|\n)session=Fe26\./);
  // A state works once: the flow cookie is expired on success too, not just emptied.
  expect(flowCookieHeader(accepted.headers["set-cookie"], cookie.name)).toMatch(/Max-Age=0/);
});

test("abandoned sign-ins never pile up: at most five flow cookies, the oldest expired", async ({
  playwright,
}) => {
  const context = await playwright.request.newContext({ baseURL: APP_URL });
  const flowCookies = async () =>
    (await context.storageState()).cookies.filter((item) =>
      /^imgpro_login_[A-Za-z0-9_-]{22}$/.test(item.name),
    );
  for (let i = 0; i < 40; i += 1) {
    const response = await context.get("/login?returnTo=%2Fgallery", { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    if (i >= 5) {
      expect(response.headers()["set-cookie"], `sign-in ${i + 1}`).toMatch(
        /(^|\n)imgpro_login_[A-Za-z0-9_-]{22}=; [^\n]*Max-Age=0/,
      );
    }
  }
  const kept = await flowCookies();
  expect(kept).toHaveLength(5);
  // What /callback receives stays far below the 8-16 kB servers accept in a Cookie header.
  expect(kept.map((item) => `${item.name}=${item.value}`).join("; ").length).toBeLessThan(4096);
  await context.dispose();
});
