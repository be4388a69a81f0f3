import { expect, test, type Page } from "../support/test";
import { signInNewUser } from "../support/emulator";
import { EMULATOR_URL } from "../env";

/** The WCAG relative luminance of the page's background: 0 is black, 1 is white. */
async function backgroundLuminance(page: Page): Promise<number> {
  const color = await page.evaluate(() => {
    const body = getComputedStyle(document.body).backgroundColor;
    // A transparent body shows the root's background.
    return body === "rgba(0, 0, 0, 0)"
      ? getComputedStyle(document.documentElement).backgroundColor
      : body;
  });
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const value = Number(part) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * Waits for colours easing between schemes to arrive. A transition cancelled on the way (the
 * element re-rendered or restyled) rejects its `finished` with an AbortError; it has nothing
 * more to arrive, and the colour checked next says whether the page got there.
 */
async function settled(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** Dark under a dark system scheme and light under a light one, on the page as it is. */
async function expectFollowsScheme(page: Page, label: string) {
  await page.emulateMedia({ colorScheme: "dark" });
  await settled(page);
  expect(await backgroundLuminance(page), `${label}, dark`).toBeLessThan(0.05);
  await page.emulateMedia({ colorScheme: "light" });
  await settled(page);
  expect(await backgroundLuminance(page), `${label}, light`).toBeGreaterThan(0.8);
}

test("the signed-out pages follow the system's colour scheme", async ({ page }) => {
  for (const path of [
    "/",
    "/?notice=sign-in-canceled",
    "/no-such-page",
    "/sign-in-problem?reason=failed",
    "/suspended",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectFollowsScheme(page, path);
  }
});

test("img.pro's hosted sign-in page (the emulator's) follows it too", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Continue with img.pro" }).click();
  await expect(page.getByRole("heading", { name: "Sign in with img.pro" })).toBeVisible();
  expect(page.url()).toContain(EMULATOR_URL);
  await expectFollowsScheme(page, "hosted sign-in");
  // The browser draws its own parts (inputs, scrollbars) for the same scheme.
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await page.evaluate(() => getComputedStyle(document.body).colorScheme)).toContain("dark");
});

test("the signed-in pages and img.pro's checkout follow it", async ({ page, request }) => {
  await signInNewUser(page, request, "scheme");
  for (const path of ["/gallery", "/billing", "/account", "/images/nosuchimage0"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectFollowsScheme(page, path);
  }
  await page.goto("/billing");
  await page.getByRole("button", { name: "Upgrade to Pro" }).click();
  await expect(page.getByRole("heading", { name: "Subscribe to Pro" })).toBeVisible();
  await expectFollowsScheme(page, "img.pro checkout");
});

test("the official button is dark on the light landing page and light on the dark one", async ({
  page,
}) => {
  await page.goto("/");
  const button = page.getByRole("link", { name: "Continue with img.pro" });
  // The button eases between fills: read the one it settles on.
  const fill = () =>
    button.evaluate(async (el) => {
      await Promise.all(
        el
          .getAnimations()
          .filter((a) => a instanceof CSSTransition)
          .map((a) => a.finished),
      );
      return getComputedStyle(el).backgroundColor;
    });
  await page.emulateMedia({ colorScheme: "light" });
  expect(await fill()).toBe("rgb(10, 10, 10)");
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await fill()).toBe("rgb(255, 255, 255)");
});
