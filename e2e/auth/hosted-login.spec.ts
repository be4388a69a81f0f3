import { expect, test, type Page } from "../support/test";
import { DEMO_APP } from "../../emulator/demo-app";
import { APP_URL, DEMO_APP_ID, DEMO_APP_NAME, EMULATOR_URL } from "../env";
import { uniqueEmail } from "../support/emulator";

/**
 * The hosted login pages in a real browser: what is checked is exactly where img.pro sends
 * the browser back to, and that the codes it hands out exchange.
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

/**
 * Runs `action` and returns the URL img.pro sent the browser back to. Playwright cannot
 * intercept a redirect hop, but it sees every request: the app's callback then refuses
 * these codes (this browser started no sign-in at the app), so they stay unused.
 */
async function returnedTo(page: Page, action: () => Promise<unknown>): Promise<URL> {
  const [request] = await Promise.all([
    page.waitForRequest((candidate) => candidate.url().startsWith(`${CALLBACK}?`)),
    action(),
  ]);
  return new URL(request.url());
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
  const email = uniqueEmail("jane");

  await test.step("email, code from the dev inbox, Connect", async () => {
    await page.goto(loginUrl({ state: STATE }));
    await signInUntilConsent(page, email);
    const callback = await returnedTo(page, () =>
      page.getByRole("button", { name: "Connect" }).click(),
    );
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
    const callback = await returnedTo(page, () =>
      page.goto(loginUrl({ state: "silent-1", prompt: "none" })),
    );
    expect(callback.searchParams.get("code")).toMatch(/^[\w-]{43}$/);
    expect(callback.searchParams.get("state")).toBe("silent-1");
    expect(loginPages).toEqual([]);
  });
});

test("Cancel returns access_denied and the state, with no code", async ({ page }) => {
  await page.goto(loginUrl({ state: STATE }));
  await signInUntilConsent(page, uniqueEmail("cancel"));
  const callback = await returnedTo(page, () =>
    page.getByRole("button", { name: "Cancel" }).click(),
  );
  expect(callback.searchParams.get("error")).toBe("access_denied");
  expect(callback.searchParams.get("state")).toBe(STATE);
  expect(callback.searchParams.has("code")).toBe(false);
});

test("prompt=none without an img.pro session returns interaction_required", async ({ page }) => {
  const callback = await returnedTo(page, () =>
    page.goto(loginUrl({ state: "silent-2", prompt: "none" })),
  );
  expect(callback.searchParams.get("error")).toBe("interaction_required");
  expect(callback.searchParams.get("state")).toBe("silent-2");
  expect(callback.searchParams.has("code")).toBe(false);
});

test("an unregistered redirect URI shows an error page and never redirects", async ({ page }) => {
  const response = await page.goto(loginUrl({ redirectUri: `${CALLBACK}/`, state: "x" }));
  expect(response?.status()).toBe(400);
  expect(new URL(page.url()).origin).toBe(EMULATOR_URL);
  await expect(page.getByRole("heading", { name: "Redirect URI not registered" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText(`${CALLBACK}/`);
});
