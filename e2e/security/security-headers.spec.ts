import { expect, test } from "../support/test";
import { APP_URL, EMULATOR_URL } from "../env";
import { signIn, uniqueEmail } from "../support/emulator";

test("pages carry a nonce CSP that the app itself never violates", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/");
  const headers = response?.headers() ?? {};
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain(`img-src 'self' data: blob: ${new URL(EMULATOR_URL).origin}`);
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // HSTS only when APP_URL is https (proxy.test.ts); over http it would lock out localhost.
  expect(headers["strict-transport-security"]).toBeUndefined();

  // A second response gets a fresh nonce.
  const again = await request.get("/");
  expect(again.headers()["content-security-policy"]).not.toBe(csp);

  await signIn(page, request, uniqueEmail("csp"));
  await page.getByRole("link", { name: "Gallery" }).click();
  await expect(page.getByRole("heading", { name: "Your photos" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("the callback answers with a 303 that carries no code, no-store and no-referrer", async ({
  request,
}) => {
  const response = await request.get(`${APP_URL}/callback?code=secret-code&state=forged`, {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers()["location"]).toBe(`${APP_URL}/sign-in-problem?reason=state`);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(response.headers()["referrer-policy"]).toBe("no-referrer");
});

test("signed-in API paths answer 401 JSON without a session, not a redirect", async ({
  request,
}) => {
  const response = await request.get(`${APP_URL}/api/anything`, { maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ error: { code: "unauthenticated" } });
});
