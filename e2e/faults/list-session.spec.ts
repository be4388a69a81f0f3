import { expect, test, type APIRequestContext, type Page } from "../support/test";
import { DEMO_APP_ID, DEMO_APP_NAME } from "../env";
import {
  emulatorControl,
  sessionCookie,
  signInNewUser,
  expectDisconnected,
} from "../support/emulator";
import { mediaObject, numbered, seedImages, userWithImages } from "../support/gallery-seed";
import { gridTiles, scrollToEnd } from "../support/grid";

/**
 * The gallery list's own requests (/api/images, as the user scrolls) finding the session or
 * the app gone: the page leaves for the same place an upload or a server action goes.
 */

async function galleryWithMoreToLoad(page: Page, request: APIRequestContext, label: string) {
  // Four tiles a row: the first page is taller than the screen and the list's end, so the
  // next page waits for a scroll instead of loading by itself before the fault is set.
  await page.setViewportSize({ width: 1000, height: 720 });
  const userId = await signInNewUser(page, request, label);
  await seedImages(request, userId, numbered(31));
  await page.goto("/gallery");
  await expect(gridTiles(page)).toHaveCount(30);
  return userId;
}

test("a session that ended signs in again on the next page and comes back to the gallery", async ({
  page,
  request,
}) => {
  await galleryWithMoreToLoad(page, request, "list-expired");
  await page.context().clearCookies({ name: "session" });
  const visited: string[] = [];
  page.on("request", (sent) => {
    const url = new URL(sent.url());
    if (sent.isNavigationRequest()) visited.push(url.pathname + url.search);
  });

  await scrollToEnd(page);
  // img.pro still knows the browser, so the sign-in is silent and lands back where it was.
  await expect.poll(() => visited).toContain("/login?returnTo=%2Fgallery");
  await expect(page).toHaveURL(/\/gallery$/);
  await expect(gridTiles(page)).toHaveCount(30);
  expect(await sessionCookie(page)).toBeDefined();
});

test("an account deleted at img.pro: the next page signs the user out and says why", async ({
  page,
  request,
}) => {
  const userId = await galleryWithMoreToLoad(page, request, "list-forbidden");
  await emulatorControl(request, "DELETE", `/users/${userId}`);

  await scrollToEnd(page);
  await expectDisconnected(page);
});

test("a suspended app: the next page stops on the suspended page, still signed in", async ({
  page,
  request,
}) => {
  const userId = await galleryWithMoreToLoad(page, request, "list-suspended");
  await emulatorControl(request, "POST", `/apps/${DEMO_APP_ID}/suspend`, { user: userId });

  await scrollToEnd(page);
  await expect(page).toHaveURL(/\/suspended$/);
  await expect(
    page.getByRole("heading", { name: `${DEMO_APP_NAME} is unavailable` }),
  ).toBeVisible();
  expect(await sessionCookie(page)).toBeDefined();
});

test("a save after the session ended says so in words and keeps the edit; no sign-in page is fetched behind it", async ({
  page,
  request,
}) => {
  const { userId, ids } = await userWithImages(page, request, numbered(1));
  await page.goto(`/images/${ids[0]}`);
  await page.context().clearCookies({ name: "session" });
  const answers: string[] = [];
  page.on("response", (response) => answers.push(new URL(response.url()).pathname));

  await page.getByLabel("Caption").fill("Written after the session ended");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  // The action's own check answered; proxy.ts sent no redirect to a sign-in page the action
  // call could not read (its generic "unexpected response" error; a page error here).
  await expect(page.getByTestId("detail-status")).toHaveText(
    "Couldn't save the caption: Your session has ended. Sign in again to continue. Nothing was saved; your edits are still in the form to try again.",
  );
  await expect(page.getByLabel("Caption")).toHaveValue("Written after the session ended");
  expect(answers).not.toContain("/login");
  expect((await mediaObject(request, userId, ids[0] as string)).caption).toBeUndefined();
});
