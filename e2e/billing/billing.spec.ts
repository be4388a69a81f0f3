import { site } from "../../lib/site";
import { expect, test, type APIRequestContext, type Page } from "../support/test";
import { EMULATOR_URL } from "../env";
import { apiPosts } from "../support/upload-helpers";
import { emulatorControl, signIn, uniqueEmail, userIdOf, signInNewUser } from "../support/emulator";
import { refuseClipboard } from "../support/clipboard";

/**
 * Billing through img.pro's pages (the emulator's checkout and manage pages). The app never
 * caches a plan, so every assertion on /billing is what img.pro said on that request.
 */

/** POST /v1/billing/checkout calls the emulator received for this user. */
const checkoutCalls = (request: APIRequestContext, userId: string) =>
  apiPosts(request, userId, "/v1/billing/checkout");

async function signInToBilling(page: Page, request: APIRequestContext, label: string) {
  const email = uniqueEmail(label);
  await signIn(page, request, email);
  const userId = await userIdOf(request, email);
  await page.goto("/billing");
  return { email, userId };
}

const CHECKOUT_PAGE = new RegExp(`^${EMULATOR_URL}/checkout/cs_`);
const MANAGE_PAGE = new RegExp(`^${EMULATOR_URL}/billing\\?t=`);
/** The server action that clears the return marker: after it, a reload claims nothing. */
const markerCleared = (page: Page) =>
  page.waitForResponse(
    (response) =>
      response.request().method() === "POST" &&
      new URL(response.url()).pathname === "/billing" &&
      response.request().headers()["next-action"] !== undefined,
  );

test("a free user upgrades to Pro monthly at checkout and comes back to Pro and its limits", async ({
  page,
  request,
}) => {
  await signInToBilling(page, request, "upgrade");
  await expect(page.getByTestId("current-plan")).toHaveText("Free");
  await expect(page.getByTestId("current-limits")).toHaveText("100 uploads a month · 1 GB storage");
  await expect(page.getByRole("link", { name: "Manage billing" })).toHaveCount(0);
  const pro = page.getByTestId("plan-pro");
  await expect(page.getByRole("button", { name: "Monthly" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(pro.getByTestId("plan-price")).toHaveText("$9.00 / month");
  await expect(pro).toContainText("1,000 uploads a month");
  await expect(pro).toContainText("10 GB storage");

  await pro.getByRole("button", { name: "Upgrade to Pro" }).click();
  await expect(page).toHaveURL(CHECKOUT_PAGE);
  await expect(page.getByRole("heading", { name: "Subscribe to Pro" })).toBeVisible();
  await expect(page.getByRole("row", { name: /^Plan/ })).toContainText("Pro, billed monthly");
  const cleared = markerCleared(page);
  await page.getByRole("button", { name: "Pay $9.00" }).click();

  await expect(page).toHaveURL(/\/billing\?checkout=done$/);
  const outcome = "You're now on Pro. New limits: 1,000 uploads a month, 10 GB storage.";
  await expect(page.getByTestId("checkout-outcome")).toHaveText(outcome);
  await expect(page.getByTestId("current-plan")).toHaveText("Pro");
  await expect(page.getByTestId("current-limits")).toHaveText(
    "1,000 uploads a month · 10 GB storage",
  );
  await expect(pro).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("link", { name: "Manage billing" })).toHaveAttribute(
    "href",
    "/billing/manage",
  );
  await expect(page.getByRole("button", { name: /^Upgrade to/ })).toHaveCount(0);

  // Said once: the marker is cleared (and the message stays put while that re-renders).
  await cleared;
  await expect(page.getByTestId("checkout-outcome")).toHaveText(outcome);
  await page.reload();
  await expect(page.getByTestId("current-plan")).toHaveText("Pro");
  await expect(page.getByTestId("checkout-outcome")).toHaveCount(0);
});

test("a double-clicked Upgrade starts one checkout", async ({ page, request }) => {
  const { userId } = await signInToBilling(page, request, "double");
  const annual = page.getByRole("button", { name: "Annual" });
  await annual.click();
  await expect(annual).toHaveAttribute("aria-pressed", "true");
  const pro = page.getByTestId("plan-pro");
  await expect(pro.getByTestId("plan-price")).toHaveText("$99.00 / year");
  await expect(pro).toContainText("Save 8%: $9.00 less a year than paying monthly");

  // Each submission that reaches the server is sent to it twice, as a double click that beat
  // the disabled button would be. Held until released, so the pending state can be seen.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const redirects: string[] = [];
  let submissions = 0;
  await page.route("**/billing", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    submissions += 1;
    await released;
    for (const attempt of [1, 2]) {
      const response = await route.fetch();
      // `<url>;<push|replace>`: where the action sent the browser.
      const target = response.headers()["x-action-redirect"]?.split(";")[0];
      redirects.push(target ?? `none (${response.status()})`);
      if (attempt === 2) await route.fulfill({ response }).catch(() => {});
    }
  });

  const upgrade = pro.getByRole("button", { name: "Upgrade to Pro" });
  await upgrade.dblclick();
  await expect(upgrade).toBeDisabled();
  await expect(pro.getByRole("status")).toHaveText("Starting checkout at img.pro…");
  release();
  await expect(page).toHaveURL(CHECKOUT_PAGE);
  await expect(page.getByRole("row", { name: /^Plan/ })).toContainText("Pro, billed annual");
  // A second submission may still be in flight after the browser has left: wait for both of
  // its fetches, so every call it made is in img.pro's log before the log is read.
  await expect.poll(() => redirects.length).toBe(2 * submissions);

  const calls = await checkoutCalls(request, userId);
  expect(submissions).toBeGreaterThanOrEqual(1);
  // Every call img.pro received carried the same key and succeeded...
  expect(calls).toHaveLength(2 * submissions);
  expect(new Set(calls.map((call) => call.idempotencyKey)).size).toBe(1);
  expect(calls[0]?.idempotencyKey).toBeTruthy();
  expect(calls.every((call) => call.status === 201)).toBe(true);
  // ...and every answer sent the browser to the one checkout it is now on.
  expect(new Set(redirects)).toEqual(new Set([page.url()]));
});

test("a paid user who clicks Upgrade lands on img.pro's manage page", async ({ page, request }) => {
  const { userId } = await signInToBilling(page, request, "paid");
  await expect(page.getByRole("button", { name: "Upgrade to Scale" })).toBeVisible();
  // Paid in the meantime (another tab, img.pro's dashboard): this page still offers Upgrade.
  await emulatorControl(request, "POST", `/users/${userId}/plan`, { plan: "pro" });
  await page.getByRole("button", { name: "Upgrade to Scale" }).click();

  await expect(page).toHaveURL(MANAGE_PAGE);
  await expect(page.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Change plan" })).toBeVisible();
  expect(await checkoutCalls(request, userId), "checkouts started for a paid user").toEqual([]);

  // A fresh /billing offers no checkout to a paid user, only img.pro's page.
  await page.goto("/billing");
  await expect(page.getByTestId("current-plan")).toHaveText("Pro");
  await expect(page.getByRole("button", { name: /^Upgrade to/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Manage billing" })).toHaveAttribute(
    "href",
    "/billing/manage",
  );
});

test("a plan changed on img.pro's manage page shows on the next visit", async ({
  page,
  request,
}) => {
  const userId = await signInNewUser(page, request, "manage");
  await emulatorControl(request, "POST", `/users/${userId}/plan`, {
    plan: "pro",
    interval: "monthly",
  });
  await page.goto("/billing");
  await expect(page.getByTestId("current-plan")).toHaveText("Pro");

  await page.getByRole("link", { name: "Manage billing" }).click();
  await expect(page).toHaveURL(MANAGE_PAGE);
  await page.getByLabel("Plan", { exact: true }).selectOption("scale");
  await page.getByLabel("Billing interval").selectOption("annual");
  await page.getByRole("button", { name: "Change plan" }).click();
  await expect(page.getByRole("status")).toHaveText("Your plan is now Scale, billed annual.");

  // Back to the app the way a user would: Back, then the nav.
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\/billing$/);
  await expect(page.getByTestId("current-plan")).toHaveText("Scale");
  await page.getByRole("link", { name: "Gallery" }).click();
  await expect(page).toHaveURL(/\/gallery$/);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Billing" })
    .click();
  await expect(page.getByTestId("current-plan")).toHaveText("Scale");
  await expect(page.getByTestId("current-limits")).toHaveText(
    "10,000 uploads a month · 100 GB storage",
  );
  await expect(page.getByTestId("plan-scale")).toHaveAttribute("aria-current", "true");
});

test("a user who cancels checkout sees that nothing changed", async ({ page, request }) => {
  await signInToBilling(page, request, "cancel");
  await page.getByRole("button", { name: "Upgrade to Pro" }).click();
  await expect(page).toHaveURL(CHECKOUT_PAGE);
  const cleared = markerCleared(page);
  await page.getByRole("button", { name: "Cancel" }).click();

  await expect(page).toHaveURL(/\/billing\?checkout=done$/);
  await expect(page.getByTestId("checkout-outcome")).toHaveText(
    "Your plan did not change: you're still on Free. If you canceled checkout, nothing was charged; if you paid, img.pro may take a moment to switch your plan, so refresh this page.",
  );
  await expect(page.getByTestId("current-plan")).toHaveText("Free");
  await expect(page.getByRole("button", { name: "Upgrade to Pro" })).toBeEnabled();

  // The return URL alone, without the marker from our own action, claims nothing.
  await cleared;
  await page.reload();
  await expect(page.getByTestId("current-plan")).toHaveText("Free");
  await expect(page.getByTestId("checkout-outcome")).toHaveCount(0);
});

test("if clearing the return marker fails, the outcome still shows and the page carries on", async ({
  page,
  request,
  pageErrors,
}) => {
  pageErrors.allow({
    pattern: /^Failed to load resource: net::ERR_FAILED/,
    reason: "the test drops the call that clears the return marker",
  });
  await signInToBilling(page, request, "marker-fails");
  await page.getByRole("button", { name: "Upgrade to Pro" }).click();
  await expect(page).toHaveURL(CHECKOUT_PAGE);
  // Upgrade went through; the call after the return does not.
  await page.route(
    (url) => url.pathname === "/billing",
    (route) =>
      route.request().method() === "POST" && route.request().headers()["next-action"]
        ? route.abort()
        : route.fallback(),
  );
  const dropped = page.waitForEvent(
    "requestfailed",
    (failed) => failed.method() === "POST" && new URL(failed.url()).pathname === "/billing",
  );
  await page.getByRole("button", { name: "Cancel" }).click();

  await expect(page).toHaveURL(/\/billing\?checkout=done$/);
  await dropped;
  await expect(page.getByTestId("checkout-outcome")).toContainText("Your plan did not change");
  // Nothing to tell the user (Next.js's route announcer is an alert too, an empty one).
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveCount(0);
  await expect(page.getByTestId("current-plan")).toHaveText("Free");
  await expect(page.getByRole("button", { name: "Upgrade to Pro" })).toBeEnabled();
});

test("/account shows the connected account, img.pro's lockup and sign-out", async ({
  page,
  request,
  context,
}) => {
  const email = uniqueEmail("account");
  await signIn(page, request, email);
  const userId = await userIdOf(request, email);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Account" })
    .click();
  await expect(page).toHaveURL(/\/account$/);

  const row = page.getByRole("region", { name: "Connected account" });
  await expect(row.getByTestId("account-lockup")).toHaveText(`${site.name} × img.pro`);
  await expect(row.getByTestId("account-row-email")).toHaveText(email);
  await expect(row.getByTestId("account-user-id")).toHaveText(userId);
  await expect(row.getByTestId("account-connected")).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  await expect(row).toContainText("Account & images secured by img.pro");
  await expect(page.getByRole("main")).toContainText("does not sign you out of img.pro");

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await row.getByRole("button", { name: "Copy img.pro user id" }).click();
  await expect(row.getByRole("status")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(userId);
  await refuseClipboard(page);
  await row.getByRole("button", { name: "Copy img.pro user id" }).click();
  await expect(row.getByRole("status")).toHaveText(
    "Couldn't copy: select the id and copy it yourself",
  );

  await row.getByRole("button", { name: `Sign out of ${site.name}` }).click();
  await expect(page).toHaveURL(/\/\?notice=signed-out$/);
});
