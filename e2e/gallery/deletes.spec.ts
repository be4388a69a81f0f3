import { expect, test, type APIRequestContext } from "@playwright/test";
import { EMULATOR_URL } from "../env";
import { emulatorControl, signInNewUser } from "../support/emulator";
import { asApp, libraryIds, numbered, seedImages } from "../support/gallery-seed";
import { gridTiles } from "../support/grid";

/** Deletes tell the truth: what img.pro no longer had is not reported as deleted. */

/** The image goes at img.pro behind the app's back, as from another device. */
async function deleteElsewhere(request: APIRequestContext, userId: string, id: string) {
  const response = await request.delete(`${EMULATOR_URL}/v1/media/${id}`, {
    headers: asApp(userId),
  });
  expect(response.status()).toBe(204);
}

test("a batch delete counts what img.pro deleted and says the rest was already gone", async ({
  page,
  request,
}) => {
  const userId = await signInNewUser(page, request, "deletes");
  await emulatorControl(request, "POST", `/users/${userId}/plan`, { plan: "pro" });
  const ids = await seedImages(request, userId, numbered(4));
  await page.goto("/gallery");
  await expect(gridTiles(page)).toHaveCount(4);
  await page.getByRole("checkbox", { name: "Select photo-000.jpg" }).check();
  await page.getByRole("button", { name: "Select all loaded (4)" }).click();
  await deleteElsewhere(request, userId, ids[0] as string);

  await page.getByRole("button", { name: "Delete selected" }).click();
  await page
    .getByRole("dialog", { name: "Delete 4 images?" })
    .getByRole("button", { name: "Delete 4 images" })
    .click();
  await expect(page.getByTestId("gallery-status")).toHaveText(
    "Deleted 3 images. 1 was already gone.",
  );
  await expect(gridTiles(page)).toHaveCount(0);
  expect(await libraryIds(request, userId)).toEqual([]);
});

test("deleting an image that is already gone says so instead of claiming the delete", async ({
  page,
  request,
}) => {
  const userId = await signInNewUser(page, request, "deletes");
  const [id] = await seedImages(request, userId, numbered(1));
  await page.goto(`/images/${id}`);
  await expect(page.getByRole("button", { name: "Delete image" })).toBeEnabled();
  await deleteElsewhere(request, userId, id as string);

  await page.getByRole("button", { name: "Delete image" }).click();
  await page
    .getByRole("dialog", { name: "Delete photo-000.jpg?" })
    .getByRole("button", { name: "Delete image" })
    .click();
  await expect(
    page.getByText(
      "Couldn't delete photo-000.jpg: This image no longer exists. It may have been deleted elsewhere.",
    ),
  ).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/images/${id}$`));
});
