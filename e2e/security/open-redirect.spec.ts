import { expect, test } from "../support/test";
import { APP_URL } from "../env";
import { passHostedLogin, signIn, uniqueEmail } from "../support/emulator";

/** Values an attacker would put in returnTo; none may lead anywhere but this app. */
const HOSTILE = [
  "//evil.example",
  "//evil.example/gallery",
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "https:/evil.example",
  "https://evil.example",
  "http://evil.example/gallery",
  "javascript:alert(document.domain)",
  "JAVASCRIPT:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/\t/evil.example",
  "/%09/evil.example",
  "/%2F/evil.example",
  "/%5C/evil.example",
  "///evil.example",
  "/..//evil.example",
  " //evil.example",
  "evil.example",
  "@evil.example",
  "/login?returnTo=//evil.example",
  `${APP_URL}.evil.example/`,
];

test("a hostile returnTo never leaves the app's origin", async ({ page, request }) => {
  await signIn(page, request, uniqueEmail("redirects"));
  const context = page.context().request;
  for (const value of HOSTILE) {
    // Signed in, /login sends the browser straight to returnTo: the sanitiser decides alone.
    const response = await context.get(`/login?returnTo=${encodeURIComponent(value)}`, {
      maxRedirects: 0,
    });
    expect(response.status(), value).toBe(303);
    const location = new URL(response.headers()["location"] ?? "", APP_URL);
    expect(location.origin, value).toBe(APP_URL);
  }
});

test("a hostile returnTo through the whole sign-in still lands in the app", async ({
  page,
  request,
}) => {
  await page.goto(`/login?returnTo=${encodeURIComponent("//evil.example/steal")}`);
  await passHostedLogin(page, request, uniqueEmail("redirect-flow"));
  await page.getByRole("button", { name: "Connect" }).click();
  await expect(page).toHaveURL(`${APP_URL}/gallery`);
});
