import { expect, test, type Page } from "../support/test";
import { signInNewUser } from "../support/emulator";
import { site } from "../../lib/site";

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test("the landing page sells: headline, the official button, three points and the attribution", async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: site.headline })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: site.name })).toBeVisible();
  const button = page.getByRole("link", { name: "Continue with img.pro" });
  await expect(button).toBeVisible();
  await expect(button).toHaveClass(/imgpro-signin/);
  await expect(page.getByText("Your images and plan live at img.pro.")).toBeVisible();
  for (const point of ["Drop in anything", "Find it again", "Yours to keep"]) {
    await expect(page.getByRole("heading", { level: 3, name: point })).toBeVisible();
  }
  await expect(page.getByRole("contentinfo")).toContainText("Account & images secured by img.pro");
  // The button and the headline are in the first screen.
  const box = await button.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(DESKTOP.height);
});

test("the hero's photos come from the app itself, load, sit in the first screen and do not move", async ({
  page,
}) => {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await page.goto("/");
    const photos = page.getByTestId("hero-collage").getByRole("img");
    await expect(photos).toHaveCount(4);
    const origin = new URL(page.url()).origin;
    for (const photo of await photos.all()) {
      await expect(photo).toHaveJSProperty("complete", true);
      expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      const src = await photo.evaluate((img: HTMLImageElement) => img.currentSrc);
      expect(new URL(src).origin, `${src} is served by the app`).toBe(origin);
      // Width and height are in the HTML, so the box is reserved before the bytes arrive.
      expect(await photo.getAttribute("width")).toMatch(/^\d+$/);
      expect(await photo.getAttribute("height")).toMatch(/^\d+$/);
    }
    const first = await photos.first().boundingBox();
    expect(
      first!.y,
      `the first photo starts in the first screen at ${viewport.width}`,
    ).toBeLessThan(viewport.height);
  }
});

test("an unknown address gets a real 404 page in the shared error style", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the start" })).toBeVisible();
});

test("every error page shares one layout: heading position and width match", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const boxes = [];
  for (const path of ["/no-such-page", "/sign-in-problem?reason=state", "/suspended"]) {
    await page.goto(path);
    const box = await page.getByRole("heading", { level: 1 }).boundingBox();
    boxes.push({ path, x: box!.x });
  }
  const [first, ...rest] = boxes;
  for (const other of rest) expect(other.x, other.path).toBe(first!.x);
});

test("starting sign-in again from a sign-in problem is img.pro's own button", async ({ page }) => {
  for (const reason of ["state", "failed", "unavailable"]) {
    await page.goto(`/sign-in-problem?reason=${reason}`);
    const button = page.getByRole("link", { name: "Continue with img.pro" });
    await expect(button).toHaveClass(/imgpro-signin/);
    await expect(button).toHaveAttribute("href", "/login");
  }
  // A broken setup is not fixed by signing in again: no button, no settings names either.
  await page.goto("/sign-in-problem?reason=config");
  await expect(page.getByRole("link", { name: "Continue with img.pro" })).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText(/IMGPRO_|\.env/);
});

test("at 360 px nothing scrolls sideways on the landing, error and sign-in problem pages", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  for (const path of [
    "/",
    "/?notice=disconnected",
    "/no-such-page",
    "/sign-in-problem",
    "/suspended",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
  }
});

test.describe("signed in", () => {
  test("desktop header: one line, the current page marked, targets at least 24 px, footer in line", async ({
    page,
    request,
  }) => {
    await page.setViewportSize(DESKTOP);
    await signInNewUser(page, request, "shell-desktop");
    const header = page.getByRole("banner");
    const nav = header.getByRole("navigation", { name: "Main" });
    for (const [path, label] of [
      ["/gallery", "Gallery"],
      ["/billing", "Billing"],
      ["/account", "Account"],
    ] as const) {
      await page.goto(path);
      const current = nav.getByRole("link", { name: label });
      await expect(current).toHaveAttribute("aria-current", "page");
      await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
      // The marker is visible, not only spoken: the current link looks different.
      const other = nav.getByRole("link", { name: label === "Gallery" ? "Billing" : "Gallery" });
      const look = (link: typeof current) =>
        link.evaluate((el) => {
          const style = getComputedStyle(el);
          return `${style.backgroundColor} ${style.fontWeight} ${style.color}`;
        });
      expect(await look(current)).not.toBe(await look(other));
      for (const link of await nav.getByRole("link").all()) {
        const box = await link.boundingBox();
        expect(box!.height).toBeGreaterThanOrEqual(24);
        expect(box!.width).toBeGreaterThanOrEqual(24);
      }
      const headerBox = await header.boundingBox();
      expect(headerBox!.height).toBeLessThanOrEqual(64);
      await expect(header.getByTestId("account-email")).toBeVisible();
      await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();
    }
    // An image's own page belongs to the gallery.
    await page.goto("/images/nosuchimage0");
    await expect(nav.getByRole("link", { name: "Gallery" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    // The footer's text starts where the page's content does.
    for (const [path, ready] of [
      ["/billing", page.getByTestId("current-plan")],
      ["/account", page.getByTestId("account-lockup")],
    ] as const) {
      await page.goto(path);
      await expect(ready).toBeVisible();
      const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
      const footerText = await page.getByRole("contentinfo").getByText(site.name).boundingBox();
      const brand = await header.getByRole("link", { name: site.name }).boundingBox();
      expect(footerText!.x, path).toBeCloseTo(heading!.x, 0);
      expect(brand!.x, path).toBeCloseTo(heading!.x, 0);
    }
  });

  test("phone header: one line, the pages in a menu that works from the keyboard", async ({
    page,
    request,
  }) => {
    await page.setViewportSize(PHONE);
    await signInNewUser(page, request, "shell-phone");
    await page.goto("/billing");
    const header = page.getByRole("banner");
    const brand = header.getByRole("link", { name: site.name });
    const menuButton = header.getByRole("button", { name: "Menu" });

    const headerBox = await header.boundingBox();
    expect(headerBox!.height, "one line").toBeLessThanOrEqual(64);
    const brandBox = await brand.boundingBox();
    const buttonBox = await menuButton.boundingBox();
    expect(brandBox!.height, "the name does not wrap").toBeLessThanOrEqual(48);
    expect(
      Math.abs(brandBox!.y + brandBox!.height / 2 - (buttonBox!.y + buttonBox!.height / 2)),
    ).toBeLessThanOrEqual(2);
    expect(buttonBox!.width).toBeGreaterThanOrEqual(44);
    expect(buttonBox!.height).toBeGreaterThanOrEqual(44);
    // The row's links and Sign out live in the menu, out of sight until it opens.
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");

    // Keyboard: focus the button, Enter opens, the links are there and current is marked.
    await menuButton.focus();
    await page.keyboard.press("Enter");
    await expect(menuButton).toHaveAttribute("aria-expanded", "true");
    const menu = page.getByRole("navigation", { name: "Main" });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole("link", { name: "Billing" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    for (const item of [
      ...(await menu.getByRole("link").all()),
      page.getByRole("button", { name: "Sign out" }),
    ]) {
      const box = await item.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Tab reaches the first link; Escape closes and gives the focus back to the button.
    await page.keyboard.press("Tab");
    await expect(menu.getByRole("link", { name: "Gallery" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeHidden();
    await expect(menuButton).toBeFocused();

    // Space opens it too; following a link goes there and closes it.
    await page.keyboard.press("Space");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Account" })
      .click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");

    // Sign out from the menu is still a POST that ends the session.
    await menuButton.click();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/\?notice=signed-out$/);
  });

  test("at 360 px nothing scrolls sideways on billing and account", async ({ page, request }) => {
    await page.setViewportSize(PHONE);
    await signInNewUser(page, request, "shell-overflow");
    for (const path of ["/billing", "/account", "/images/nosuchimage0"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    }
  });
});
