import { expect, test } from "../support/test";
import { mediaObject, userWithImages } from "../support/gallery-seed";
import { gridTileIds, gridTiles } from "../support/grid";

test("albums and the tag filter (any / all) live in the URL", async ({ page, request }) => {
  await userWithImages(page, request, [
    { filename: "a.jpg", tags: ["red"], namespace: "holiday" },
    { filename: "b.jpg", tags: ["red", "blue"] },
    { filename: "c.jpg", tags: ["blue"], namespace: "holiday" },
    { filename: "d.jpg" },
  ]);
  const names = () =>
    gridTiles(page).evaluateAll((items) =>
      items.map((item) => item.querySelector("img")?.alt).sort(),
    );
  await page.goto("/gallery");
  await expect(gridTiles(page)).toHaveCount(4);

  const album = page.getByRole("combobox", { name: "Album" });
  await expect(album).toBeEnabled();
  await album.selectOption("holiday");
  await expect(page).toHaveURL(/\/gallery\?album=holiday$/);
  await expect(gridTiles(page)).toHaveCount(2);
  expect(await names()).toEqual(["a.jpg", "c.jpg"]);
  await page.getByRole("combobox", { name: "Album" }).selectOption("");
  await expect(page).toHaveURL(/\/gallery$/);
  await expect(gridTiles(page)).toHaveCount(4);

  await page.getByLabel("Tags", { exact: true }).fill("Red");
  await page.getByRole("button", { name: "Apply filter" }).click();
  await expect(page).toHaveURL(/\/gallery\?tags=red$/);
  await expect(gridTiles(page)).toHaveCount(2);
  expect(await names()).toEqual(["a.jpg", "b.jpg"]);

  await page.getByLabel("Tags", { exact: true }).fill("red, blue");
  await page.getByRole("combobox", { name: "Images must have" }).selectOption("all");
  await page.getByRole("button", { name: "Apply filter" }).click();
  await expect(page).toHaveURL(/\/gallery\?tags=red,blue&mode=all$/);
  await expect(gridTiles(page)).toHaveCount(1);
  expect(await names()).toEqual(["b.jpg"]);

  await page.getByRole("combobox", { name: "Album" }).selectOption("holiday");
  await expect(page).toHaveURL(/\/gallery\?tags=red,blue&mode=all&album=holiday$/);
  await expect(page.getByText("No photos match these filters.")).toBeVisible();
  await page.goBack();
  await expect(gridTiles(page)).toHaveCount(1);
});

test("an image is moved into a new album from its page, and out again", async ({
  page,
  request,
}) => {
  const { userId, ids } = await userWithImages(page, request, [
    { filename: "a.jpg", namespace: "holiday" },
    { filename: "b.jpg" },
  ]);
  const id = ids[1] as string;
  await page.goto(`/images/${id}`);
  const status = page.getByTestId("detail-status");
  const album = page.getByLabel("Album", { exact: true });
  await expect(album).toHaveValue("");

  await album.fill("x");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("An album name needs at least 2 characters.")).toBeVisible();

  await album.fill("Summer 2026");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status).toHaveText('Saved the album "summer-2026".');
  expect((await mediaObject(request, userId, id)).namespace).toBe("summer-2026");

  await page.goto("/gallery");
  await page.getByRole("combobox", { name: "Album" }).selectOption("summer-2026");
  await expect(gridTiles(page)).toHaveCount(1);
  expect(await gridTileIds(page)).toEqual([id]);

  await page.goto(`/images/${id}`);
  await page.getByRole("combobox", { name: "Album" }).clear();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status).toHaveText("Saved the removal from the album.");
  expect((await mediaObject(request, userId, id)).namespace).toBeUndefined();
});
