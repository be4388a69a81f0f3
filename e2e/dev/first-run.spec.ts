import { site } from "../../lib/site";
import { expectUploaded, chooseFiles, makeImage } from "../support/upload-helpers";
import { emulatorControl, signIn, signInNewUser, uniqueEmail } from "../support/emulator";
import { numbered, seedImages } from "../support/gallery-seed";
import { gridTiles, openTile, scrollUntilTiles } from "../support/grid";
import { expect, test } from "../support/test";

/**
 * What README's first command starts: `next dev` (React's development build, Strict Mode,
 * on-demand compilation), walked as a newcomer would. A React error, an error boundary or
 * any console error fails these tests (e2e/support/test.ts). The production build is walked
 * by every other spec.
 */

// Independent users: one walk failing does not hide the other, and the two run side by side.
test.describe.configure({ mode: "parallel", timeout: 180_000 });

test("sign in, upload, open, edit, delete, billing, account and sign out", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("first-run");
  await signIn(page, request, email);
  await expect(page.getByRole("heading", { level: 1, name: "Your photos" })).toBeVisible();

  await chooseFiles(page, [await makeImage("harbour.png"), await makeImage("meadow.png")]);
  await expectUploaded(page, "harbour.png");
  await expectUploaded(page, "meadow.png");
  await expect(gridTiles(page)).toHaveCount(2);

  const firstId = (await gridTiles(page).first().getAttribute("data-image-id")) as string;
  await openTile(page, firstId);
  const modal = page.getByRole("dialog");
  await expect(modal.getByRole("heading", { name: /^(harbour|meadow)\.png$/ })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(modal).toHaveCount(0);

  await page.goto(`/images/${firstId}`);
  await page.getByLabel("Caption").fill("Boats at dawn");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("detail-status")).toHaveText("Saved the caption.");
  await page.reload();
  await expect(page.getByLabel("Caption")).toHaveValue("Boats at dawn");

  await page.getByRole("button", { name: "Delete image" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete image" }).click();
  await expect(page).toHaveURL(/\/gallery/);
  await expect(gridTiles(page)).toHaveCount(1);

  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Billing" }).click();
  await expect(page.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
  await expect(page.getByTestId("current-plan")).toHaveText("Free");

  await nav.getByRole("link", { name: "Account" }).click();
  const account = page.getByRole("region", { name: "Connected account" });
  await expect(account.getByTestId("account-lockup")).toHaveText(`${site.name} × img.pro`);
  await expect(account.getByTestId("account-row-email")).toHaveText(email);
  await account.getByRole("button", { name: `Sign out of ${site.name}` }).click();
  await expect(page).toHaveURL(/\/\?notice=signed-out$/);
  await expect(page.getByRole("heading", { level: 1, name: site.headline })).toBeVisible();
});

test("a full gallery, batch actions and every other page render without an error", async ({
  page,
  request,
}) => {
  const userId = await signInNewUser(page, request, "first-run-pages");
  await emulatorControl(request, "POST", `/users/${userId}/plan`, { plan: "pro" });
  const specs = numbered(34).map((spec, index) =>
    index % 2 ? { ...spec, namespace: "travel" } : spec,
  );
  const ids = await seedImages(request, userId, specs);
  await page.goto("/gallery");
  // The second page may load by itself: six tiles a row leave the list's end in view.
  await expect.poll(() => gridTiles(page).count()).toBeGreaterThanOrEqual(30);
  await scrollUntilTiles(page, 34);

  const boxes = page.getByTestId("image-grid").getByRole("checkbox");
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByLabel("Tags for selected").fill("dev-walk");
  await page.getByRole("button", { name: "Add tags", exact: true }).click();
  await expect(page.getByTestId("gallery-status")).toHaveText('Added "dev-walk" to 2 images.');
  await page.getByRole("button", { name: "Delete selected" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete 2 images" }).click();
  await expect(gridTiles(page)).toHaveCount(32);

  await page.goto("/gallery?album=travel");
  await expect(gridTiles(page).first()).toBeVisible();
  await page.goto(`/images/${ids[5]}`);
  await expect(page.getByLabel("Caption")).toBeVisible();
  for (const path of ["/billing", "/account", "/images/no-such-image", "/no-such-page"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await page.goto("/sign-in-problem?reason=failed");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/suspended");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
