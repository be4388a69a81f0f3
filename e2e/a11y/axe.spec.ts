import { expect, test } from "../support/test";
import {
  dropFiles,
  expectUploaded,
  makeImage,
  uploadPanel,
  uploadRow,
} from "../support/upload-helpers";
import { emulatorControl, signInNewUser, injectFault } from "../support/emulator";
import { seedImages, type SeedSpec } from "../support/gallery-seed";
import { expectNoViolations } from "./axe";
import { gridTiles } from "../support/grid";

/**
 * axe-core on every page of the app in its main states, each in the light and the dark
 * scheme (expectNoViolations switches the scheme in place and scans twice): WCAG 2.0 and
 * 2.1, A and AA, plus axe's best practices. No rule is switched off. img.pro's hosted pages
 * (the emulator's) are not the app: only the sign-in page is checked, for the dark scheme
 * the emulator's pages share.
 */

test("the landing page, alone and with an info and a warning notice", async ({ page }) => {
  test.setTimeout(120_000); // six scans on a busy machine
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Continue with img.pro" })).toBeVisible();
  await expectNoViolations(page, "landing page");

  // "signed-out" looks like "sign-in-canceled" (info): one of each tone is scanned.
  for (const notice of ["sign-in-canceled", "disconnected"]) {
    await page.goto(`/?notice=${notice}`);
    await expect(page.getByRole("status")).toBeVisible();
    await expectNoViolations(page, `landing page, notice ${notice}`);
  }
});

test("the error pages: sign-in problems, suspended, 404", async ({ page }) => {
  test.setTimeout(120_000); // eight scans on a busy machine
  // "state" and "unavailable" are laid out as "failed" is, with other words.
  for (const reason of ["failed", "config"]) {
    await page.goto(`/sign-in-problem?reason=${reason}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolations(page, `sign-in problem, ${reason}`);
  }

  await page.goto("/suspended");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page, "suspended");

  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectNoViolations(page, "404");
});

test("img.pro's hosted sign-in page (the emulator's), in both schemes", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Continue with img.pro" }).click();
  await expect(page.getByRole("heading", { name: "Sign in with img.pro" })).toBeVisible();
  await expectNoViolations(page, "hosted sign-in");
});

test("signed in: the empty gallery, the landing page, suspended and an unknown image", async ({
  page,
  request,
}) => {
  await signInNewUser(page, request, "axe-empty");
  await expect(page.getByText("Your gallery is empty.")).toBeVisible();
  await expectNoViolations(page, "empty gallery");

  await page.goto("/");
  await expect(page.getByRole("link", { name: "Open your gallery" })).toBeVisible();
  await expectNoViolations(page, "landing page, signed in");

  await page.goto("/suspended");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page, "suspended, signed in");

  const unknown = await page.goto("/images/nosuchimage0");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Image not found" })).toBeVisible();
  await expectNoViolations(page, "unknown image");
});

const LIBRARY: SeedSpec[] = [
  { filename: "harbour.jpg", tags: ["sea"], namespace: "holiday" },
  { filename: "market.jpg", tags: ["sea", "food"] },
  { filename: "dunes.jpg", tags: ["sand"], namespace: "holiday" },
  { filename: "kitchen.jpg" },
];

test("the gallery with images: filters, selection, confirmation and the image modal", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000); // sixteen full axe scans, each a few seconds on two busy cores
  const userId = await signInNewUser(page, request, "axe-gallery");
  await seedImages(request, userId, LIBRARY);
  await page.goto("/gallery");
  await expect(gridTiles(page)).toHaveCount(4);
  await expectNoViolations(page, "gallery with images");

  const album = page.getByRole("combobox", { name: "Album" });
  await expect(album).toBeEnabled();
  await album.selectOption("holiday");
  await expect(gridTiles(page)).toHaveCount(2);
  await expectNoViolations(page, "gallery, an album");

  await page.goto("/gallery?tags=sea,food&mode=all");
  await expect(gridTiles(page)).toHaveCount(1);
  await expectNoViolations(page, "gallery, a tag filter");

  await page.goto("/gallery?tags=nothing");
  await expect(page.getByText("No photos match these filters.")).toBeVisible();
  await expectNoViolations(page, "gallery, a filter that matches nothing");

  await page.goto("/gallery");
  await page.getByRole("checkbox", { name: "Select market.jpg" }).check();
  await page.getByRole("checkbox", { name: "Select dunes.jpg" }).check();
  await expect(page.getByTestId("selection-summary")).toHaveText("2 images selected");
  await page.getByRole("button", { name: "Add tags", exact: true }).click();
  await expect(page.getByLabel("Tags for selected")).toHaveAttribute("aria-invalid", "true");
  await expectNoViolations(page, "gallery, two images selected and a tag problem");

  await page.getByRole("button", { name: "Delete selected" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete 2 images?" });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoViolations(page, "gallery, delete confirmation");
  await confirm.getByRole("button", { name: "Cancel" }).click();

  await page.getByRole("link", { name: "kitchen.jpg" }).click();
  const modal = page.getByRole("dialog", { name: "kitchen.jpg" });
  await expect(modal.getByRole("heading", { name: "kitchen.jpg" })).toBeVisible();
  await expectNoViolations(page, "image modal");

  await modal.getByRole("button", { name: "Delete image" }).click();
  await expect(page.getByRole("dialog", { name: "Delete kitchen.jpg?" })).toBeVisible();
  await expectNoViolations(page, "image modal, delete confirmation");
});

test("the upload panel with finished, refused, failed and in-progress rows", async ({
  page,
  request,
}) => {
  const userId = await signInNewUser(page, request, "axe-upload");
  await dropFiles(page, [await makeImage("finished.png")]);
  await expectUploaded(page, "finished.png");

  // Bytes img.pro refuses, and an empty file the browser refuses itself.
  await dropFiles(page, [
    { name: "notes.png", mimeType: "image/png", buffer: Buffer.from("<!doctype html><p>hi") },
    { name: "empty.png", mimeType: "image/png", buffer: Buffer.alloc(0) },
  ]);
  await expect(uploadRow(page, "notes.png")).toContainText("The file is not a supported image");
  await expect(uploadRow(page, "empty.png")).toContainText("This file is empty");

  // An error nobody retries by itself (the server's own retries meet it too): failed, with
  // Retry. The fault goes once the row says so.
  const fault = { path: "/v1/images", method: "POST" };
  const failing = await injectFault(request, userId, { ...fault, status: 500 });
  await dropFiles(page, [await makeImage("failed.png")]);
  await expect(
    uploadRow(page, "failed.png").getByRole("button", { name: "Retry failed.png" }),
  ).toBeVisible();
  await failing.lift();

  await injectFault(request, userId, { ...fault, latency_ms: 30_000, times: 1 });
  await dropFiles(page, [await makeImage("slow.png")]);
  const slow = uploadRow(page, "slow.png");
  await expect(slow.getByRole("button", { name: "Cancel slow.png" })).toBeVisible();
  await expect(slow.getByRole("progressbar")).toBeVisible();
  await expectNoViolations(page, "upload panel with five rows");

  await slow.getByRole("button", { name: "Cancel slow.png" }).click();
  await expect(slow).toContainText("Canceled");
  await expect(uploadPanel(page).getByRole("button", { name: "Clear finished" })).toBeVisible();
});

test("an image's own page with its editors, and a refused save", async ({ page, request }) => {
  const userId = await signInNewUser(page, request, "axe-detail");
  const [id] = await seedImages(request, userId, [LIBRARY[0] as SeedSpec]);
  await page.goto(`/images/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "harbour.jpg" })).toBeVisible();
  await expectNoViolations(page, "image page");

  await page.getByRole("button", { name: "Add a field" }).click();
  await page.getByLabel("Name of field 1").fill("tags");
  await page.getByLabel("Value of field 1").fill("x");
  await page.getByLabel("Album", { exact: true }).fill("x");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/"tags" is a name img.pro reserves/)).toBeVisible();
  await expect(page.getByText("An album name needs at least 2 characters.")).toBeVisible();
  await expectNoViolations(page, "image page with field and album problems");
});

test("billing on Free, after a canceled checkout, on Pro; and the account page", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000); // twelve scans on a busy machine
  const userId = await signInNewUser(page, request, "axe-billing");
  await page.goto("/billing");
  await expect(page.getByTestId("current-plan")).toHaveText("Free");
  await expectNoViolations(page, "billing, free, monthly");
  await page.getByRole("button", { name: "Annual" }).click();
  await expect(page.getByRole("button", { name: "Annual" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expectNoViolations(page, "billing, free, annual");

  await page.getByRole("button", { name: "Upgrade to Pro" }).click();
  await expect(page.getByRole("heading", { name: "Subscribe to Pro" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("checkout-outcome")).toContainText("Your plan did not change");
  await expectNoViolations(page, "billing, back from a canceled checkout");

  await page.goto("/billing?manage=unavailable");
  await expect(page.getByRole("status").first()).toBeVisible();
  await expectNoViolations(page, "billing, manage link unavailable");

  await emulatorControl(request, "POST", `/users/${userId}/plan`, { plan: "pro" });
  await page.goto("/billing");
  await expect(page.getByTestId("current-plan")).toHaveText("Pro");
  await expectNoViolations(page, "billing, pro");

  await page.goto("/account");
  await expect(page.getByRole("region", { name: "Connected account" })).toBeVisible();
  await expectNoViolations(page, "account");
});
