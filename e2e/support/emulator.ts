import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { EMULATOR_URL } from "../env";

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
}

/** A new img.pro user, signed in through the hosted pages; answers their img.pro user id. */
export async function signInNewUser(page: Page, request: APIRequestContext, label: string) {
  const email = uniqueEmail(label);
  await signIn(page, request, email);
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
