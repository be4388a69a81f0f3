import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type Page,
} from "@playwright/test";
import { APP_URL, EMULATOR_URL } from "../env";

/** Test-only access to the emulator's controls; the app itself never calls them. */

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.com`;
}

export async function latestCode(request: APIRequestContext, email: string): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(async () => {
      const response = await request.get(`${EMULATOR_URL}/__emulator/inbox`, {
        params: { email },
        headers: { accept: "application/json" },
      });
      const body = (await response.json()) as { data: { code: string }[] };
      code = body.data[0]?.code;
      return code;
    })
    .toBeTruthy();
  return code as string;
}

export async function userIdOf(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.get(`${EMULATOR_URL}/__emulator/users`, { params: { email } });
  const body = (await response.json()) as { data: { id: string }[] };
  const id = body.data[0]?.id;
  if (!id) throw new Error(`no emulator user for ${email}`);
  return id;
}

export async function emulatorControl(
  request: APIRequestContext,
  method: "POST" | "DELETE",
  path: string,
  data?: unknown,
) {
  const response = await request.fetch(`${EMULATOR_URL}/__emulator${path}`, { method, data });
  expect(response.ok(), `${method} ${path}`).toBe(true);
  return response;
}

/**
 * A fault for one user's img.pro calls only (spec files run in parallel against one
 * emulator), with the emulator's fault fields; answers its id and a way to lift it early.
 */
export async function injectFault(
  request: APIRequestContext,
  userId: string,
  fault: Record<string, unknown>,
) {
  const response = await emulatorControl(request, "POST", "/faults", { ...fault, user: userId });
  const { id } = (await response.json()) as { id: string };
  return { id, lift: () => emulatorControl(request, "DELETE", `/faults/${id}`) };
}

/**
 * On img.pro's hosted pages (the emulator's): email, the one-time code from the dev inbox,
 * then the consent screen, where the caller picks Connect or Cancel.
 */
export async function passHostedLogin(page: Page, request: APIRequestContext, email: string) {
  await expect(page.getByRole("heading", { name: "Sign in with img.pro" })).toBeVisible();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.getByLabel("One-time code").fill(await latestCode(request, email));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: /^Connect .+ to img\.pro\?$/ })).toBeVisible();
}

/** A full first sign-in from the landing page, ending on the gallery. */
export async function signIn(page: Page, request: APIRequestContext, email: string) {
  await page.goto("/");
  await page.getByRole("link", { name: "Continue with img.pro" }).click();
  await passHostedLogin(page, request, email);
  await page.getByRole("button", { name: "Connect" }).click();
  await expect(page).toHaveURL(/\/gallery$/);
  await galleryLoaded(page);
}

/**
 * The gallery's document has arrived whole. The URL changes with the first bytes, while the
 * page is still streaming. A run once failed on React's error 419 (a Suspense boundary the
 * server did not finish) after Sign out was clicked straight after sign-in: most likely the
 * form left the page mid-stream, which a test that means the signed-in gallery should not do.
 */
export async function galleryLoaded(page: Page) {
  await page.waitForLoadState("load");
}

/** A hidden form field on one of img.pro's hosted pages. */
function hiddenField(html: string, name: string): string {
  const value = new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1];
  if (!value) throw new Error(`no ${name} on the hosted page: ${html.slice(0, 300)}`);
  return value;
}

/**
 * A new img.pro user, signed in, with the page on the gallery; answers their img.pro user id.
 * The same hosted login as `signIn` (the app's /login, img.pro's email, code and consent
 * forms, the app's /callback), posted over HTTP instead of rendered: the signed-in cookies
 * (Playwright's storageState) are then handed to the page's browser. Tests about signing in
 * itself walk the pages with `signIn`.
 */
export async function signInNewUser(page: Page, request: APIRequestContext, label: string) {
  const email = uniqueEmail(label);
  // The project's app: the production build, or `next dev` for the dev project.
  const baseURL = test.info().project.use.baseURL ?? APP_URL;
  const browser = await playwrightRequest.newContext({ baseURL });
  try {
    const connect = await browser.get("/login");
    expect(connect.url(), "the app's /login leads to img.pro's hosted login").toContain("/connect");
    const tx = hiddenField(await connect.text(), "tx");
    await browser.post(`${EMULATOR_URL}/connect/email`, { form: { tx, email } });
    const code = await latestCode(request, email);
    const consent = await browser.post(`${EMULATOR_URL}/connect/code`, { form: { tx, code } });
    expect(await consent.text()).toContain("Connect");
    const callback = await browser.post(`${EMULATOR_URL}/connect/consent`, {
      form: { tx, decision: "connect" },
      maxRedirects: 0,
    });
    const signedIn = await browser.get(callback.headers()["location"] ?? "", { maxRedirects: 0 });
    expect(signedIn.headers()["location"], "the callback signs in").toMatch(/\/gallery$/);
    await page.context().addCookies((await browser.storageState()).cookies);
  } finally {
    await browser.dispose();
  }
  await page.goto("/gallery");
  await expect(page).toHaveURL(/\/gallery$/);
  return userIdOf(request, email);
}

/** Signed out because img.pro said the account is gone: the landing page says so. */
export async function expectDisconnected(page: Page) {
  await expect(page).toHaveURL(/\/\?notice=disconnected$/);
  await expect(page.getByRole("status")).toHaveText(
    "Your img.pro account is no longer connected. Continue with img.pro to reconnect.",
  );
  expect(await sessionCookie(page)).toBeUndefined();
}

/** The app's session cookie in the page's browser context, if it has one. */
export async function sessionCookie(page: Page) {
  return (await page.context().cookies()).find((cookie) => cookie.name === "session");
}
