import { expect, test, type Page } from "@playwright/test";
import { DEMO_APP } from "../emulator/demo-app";
import { APP_URL, DEMO_APP_ID, DEMO_APP_NAME, EMULATOR_URL } from "./env";

/**
 * The hosted login pages in a real browser, against the emulator alone: the app's callback
 * is answered by page.route, so what is checked is exactly where img.pro sends the browser.
 */

const CALLBACK = `${APP_URL}/callback`;
const STATE = `e2e state/ü+&=?#%20 "quoted" ${"x".repeat(40)}`;

function loginUrl(options: { state?: string; prompt?: string; redirectUri?: string } = {}) {
  const url = new URL("/connect", EMULATOR_URL);
  url.searchParams.set("app", DEMO_APP_ID);
  url.searchParams.set("redirect_uri", options.redirectUri ?? CALLBACK);
  if (options.state !== undefined) url.searchParams.set("state", options.state);
  if (options.prompt !== undefined) url.searchParams.set("prompt", options.prompt);
  return url.toString();
}

/** Every spec file shares one emulator, so each sign-in uses an address of its own. */
function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

/**
 * Stands in for the app: every request to APP_URL is answered here, so the real app (if it
 * runs) never sees these codes. Its home page links to the login URL, as the app's
 * "Continue with img.pro" button does. Logins start from a click, not page.goto: Chromium
 * does not let page.route see the redirect at the end of a browser-initiated navigation.
 */
async function fakeApp(page: Page) {
  let loginHref = loginUrl();
  await page.route(
    (url) => url.origin === APP_URL,
    (route) => {
      const { pathname } = new URL(route.request().url());
      const body =
        pathname === "/callback"
          ? "<!doctype html><title>Callback</title><h1>Back in the app</h1>"
          : `<!doctype html><title>App</title><a href="${loginHref}">Continue with img.pro</a>`;
      return route.fulfill({ contentType: "text/html", body });
    },
  );
  return {
    /** Opens the app's home page and clicks its login button. */
    async continueWith(href: string) {
      loginHref = href.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
      await page.goto(`${APP_URL}/`);
      await page.getByRole("link", { name: "Continue with img.pro" }).click();
    },
  };
}

/** Waits for the browser to land on the app's callback and returns that URL. */
async function returnedTo(page: Page): Promise<URL> {
  await page.waitForURL((url) => url.origin === APP_URL && url.pathname === "/callback");
  await expect(page.getByRole("heading", { name: "Back in the app" })).toBeVisible();
  return new URL(page.url());
}

/** Email, then the one-time code read from the dev inbox in a second tab, up to consent. */
async function signInUntilConsent(page: Page, email: string) {
  await expect(page.getByRole("heading", { name: "Sign in with img.pro" })).toBeVisible();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(`We sent a code to ${email}.`)).toBeVisible();

  const [inbox] = await Promise.all([
    page.context().waitForEvent("page"),
    page.getByRole("link", { name: "dev inbox" }).click(),
  ]);
  await inbox.waitForLoadState();
  const row = inbox.getByRole("row").filter({ hasText: email }).first();
  const code = (await row.getByRole("cell").nth(1).innerText()).trim();
  expect(code).toMatch(/^\d{6}$/);
  await inbox.close();

  await page.getByLabel("One-time code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(
    page.getByRole("heading", { name: `Connect ${DEMO_APP_NAME} to img.pro?` }),
  ).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
}

test("signs in with a one-time code, connects, then reconnects silently", async ({
  page,
  request,
}) => {
  const app = await fakeApp(page);
  const email = uniqueEmail("jane");

  await test.step("email, code from the dev inbox, Connect", async () => {
    await page.goto(loginUrl({ state: STATE }));
    await signInUntilConsent(page, email);
    await page.getByRole("button", { name: "Connect" }).click();
    const callback = await returnedTo(page);
    expect(callback.searchParams.get("state")).toBe(STATE);
    const code = callback.searchParams.get("code") ?? "";
    expect(code).toMatch(/^[\w-]{43}$/);

    const exchanged = await request.post(`${EMULATOR_URL}/v1/auth/exchange`, {
      headers: { authorization: `Bearer ${DEMO_APP.secret}` },
      data: { code },
    });
    expect(exchanged.status()).toBe(200);
    expect(await exchanged.json()).toMatchObject({ user: { email, verified: true } });
  });

  await test.step("prompt=none in the same browser: straight back with a code", async () => {
    const loginPages: string[] = [];
    page.on("response", (response) => {
      if (response.url().startsWith(`${EMULATOR_URL}/connect`) && response.status() === 200) {
        loginPages.push(response.url());
      }
    });
    await app.continueWith(loginUrl({ state: "silent-1", prompt: "none" }));
    const callback = await returnedTo(page);
    expect(callback.searchParams.get("code")).toMatch(/^[\w-]{43}$/);
    expect(callback.searchParams.get("state")).toBe("silent-1");
    expect(loginPages).toEqual([]);
  });
});

test("Cancel returns access_denied and the state, with no code", async ({ page }) => {
  const app = await fakeApp(page);
  await app.continueWith(loginUrl({ state: STATE }));
  await signInUntilConsent(page, uniqueEmail("cancel"));
  await page.getByRole("button", { name: "Cancel" }).click();
  const callback = await returnedTo(page);
  expect(callback.searchParams.get("error")).toBe("access_denied");
  expect(callback.searchParams.get("state")).toBe(STATE);
  expect(callback.searchParams.has("code")).toBe(false);
});

test("prompt=none without an img.pro session returns interaction_required", async ({ page }) => {
  const app = await fakeApp(page);
  await app.continueWith(loginUrl({ state: "silent-2", prompt: "none" }));
  const callback = await returnedTo(page);
  expect(callback.searchParams.get("error")).toBe("interaction_required");
  expect(callback.searchParams.get("state")).toBe("silent-2");
  expect(callback.searchParams.has("code")).toBe(false);
});

test("an unregistered redirect URI shows an error page and never redirects", async ({ page }) => {
  await fakeApp(page);
  const response = await page.goto(loginUrl({ redirectUri: `${CALLBACK}/`, state: "x" }));
  expect(response?.status()).toBe(400);
  expect(new URL(page.url()).origin).toBe(EMULATOR_URL);
  await expect(page.getByRole("heading", { name: "Redirect URI not registered" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText(`${CALLBACK}/`);
});
