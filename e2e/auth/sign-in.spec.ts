import { expect, test } from "../support/test";
import { DEMO_APP_NAME, EMULATOR_URL } from "../env";
import {
  emulatorControl,
  passHostedLogin,
  sessionCookie,
  signIn,
  signInNewUser,
  uniqueEmail,
  expectDisconnected,
} from "../support/emulator";

test("a first sign-in goes through img.pro's pages and lands on the gallery", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("first");
  await page.goto("/");
  await page.getByRole("link", { name: "Continue with img.pro" }).click();
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/connect\\?`));
  await passHostedLogin(page, request, email);
  await expect(
    page.getByRole("heading", { name: `Connect ${DEMO_APP_NAME} to img.pro?` }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Connect" }).click();

  await expect(page).toHaveURL(/\/gallery$/);
  await expect(page.getByRole("heading", { name: "Your photos" })).toBeVisible();
  await expect(page.getByTestId("account-email")).toHaveText(email);
  await expect(page.getByRole("contentinfo")).toContainText("Account & images secured by img.pro");

  const cookie = await sessionCookie(page);
  expect(cookie, "session cookie").toBeDefined();
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  // Only a sealed value: neither the user id nor the email is readable in it.
  expect(cookie?.value).not.toContain(email);
});

test("an explicit sign-out ends silent reconnect: the next sign-in shows img.pro's page", async ({
  page,
  request,
}) => {
  await signIn(page, request, uniqueEmail("signout"));
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status")).toHaveText("You are signed out.");
  expect(await sessionCookie(page)).toBeUndefined();

  const connectUrls: URL[] = [];
  page.on("request", (sent) => {
    if (sent.url().startsWith(`${EMULATOR_URL}/connect?`)) connectUrls.push(new URL(sent.url()));
  });
  // img.pro's own session is still live, so its hosted page is the consent screen; only
  // prompt=none could skip it and sign the user straight back in.
  const consent = page.getByRole("heading", { name: `Connect ${DEMO_APP_NAME} to img.pro?` });
  await page.goto("/gallery");
  await expect(consent).toBeVisible();
  expect(await sessionCookie(page)).toBeUndefined();

  await page.goto("/");
  await page.getByRole("link", { name: "Continue with img.pro" }).click();
  await expect(consent).toBeVisible();
  expect(await sessionCookie(page)).toBeUndefined();
  expect(connectUrls).toHaveLength(2);
  for (const url of connectUrls) expect(url.searchParams.get("prompt")).toBeNull();
});

test("a returning visitor whose session expired reconnects silently, no img.pro screen", async ({
  page,
  request,
}) => {
  await signIn(page, request, uniqueEmail("silent"));
  // An expired session is one the browser no longer sends; the "signed in before" marker stays.
  await page.context().clearCookies({ name: "session" });

  const emulatorPages: string[] = [];
  page.on("response", (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (response.url().startsWith(EMULATOR_URL) && type.includes("text/html"))
      emulatorPages.push(response.url());
  });
  await page.goto("/gallery");
  await expect(page).toHaveURL(/\/gallery$/);
  await expect(page.getByRole("heading", { name: "Your photos" })).toBeVisible();
  expect(emulatorPages, "img.pro pages shown").toEqual([]);
  expect(await sessionCookie(page)).toBeDefined();
});

test("Cancel on img.pro's consent screen comes back with a canceled message", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Continue with img.pro" }).click();
  await passHostedLogin(page, request, uniqueEmail("cancel"));
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(/\/\?notice=sign-in-canceled$/);
  await expect(page.getByRole("status")).toHaveText("Sign-in canceled. Try again.");
  expect(await sessionCookie(page)).toBeUndefined();
});

test("a callback URL opened in another browser, or replayed, creates no session", async ({
  page,
  browser,
  request,
}) => {
  const email = uniqueEmail("replay");
  await page.goto("/");
  await page.getByRole("link", { name: "Continue with img.pro" }).click();
  await passHostedLogin(page, request, email);
  // Take the callback URL from img.pro's redirect without following it: it carries a live,
  // unused code. (Playwright cannot intercept the redirect hop itself, only its request.)
  let callbackUrl = "";
  await page.route("**/connect/consent", async (route) => {
    const response = await route.fetch({ maxRedirects: 0 });
    callbackUrl = response.headers()["location"] ?? "";
    await route.fulfill({ status: 204 });
  });
  await page.getByRole("button", { name: "Connect" }).click();
  await expect.poll(() => callbackUrl).toContain("code=");
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await stranger.goto(callbackUrl);
  await expect(stranger).toHaveURL(/\/sign-in-problem\?reason=state$/);
  await expect(
    stranger.getByRole("heading", { name: "This sign-in link has expired" }),
  ).toBeVisible();
  expect((await other.cookies()).some((cookie) => cookie.name === "session")).toBe(false);
  await other.close();

  // The first browser completes once; the same URL a second time is refused.
  await page.unroute("**/connect/consent");
  await page.goto(callbackUrl);
  await expect(page).toHaveURL(/\/gallery$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status")).toHaveText("You are signed out.");
  await page.goto(callbackUrl);
  await expect(page).toHaveURL(/\/sign-in-problem\?reason=state$/);
  expect(await sessionCookie(page)).toBeUndefined();
});

test("a user deleted at img.pro is signed out on their next action", async ({ page, request }) => {
  const userId = await signInNewUser(page, request, "deleted");
  await emulatorControl(request, "DELETE", `/users/${userId}`);
  await page.reload();
  await expectDisconnected(page);
});

test("signed-in pages send a visitor without a session to sign in, and back", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("return");
  await page.goto("/gallery?view=grid");
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR_URL}/connect\\?`));
  await passHostedLogin(page, request, email);
  await page.getByRole("button", { name: "Connect" }).click();
  await expect(page).toHaveURL(/\/gallery\?view=grid$/);
});
