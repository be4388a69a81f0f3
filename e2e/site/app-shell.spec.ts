import { expect, test } from "../support/test";
import { site } from "../../lib/site";

test("the landing page names the app and carries the img.pro attribution", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: site.name })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("Account & images secured by img.pro");
});

test("an unknown address gets a real 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
