import { expect, test } from "../support/test";
import { APP_URL, EMULATOR_URL } from "../env";
import { makeImage } from "../support/upload-helpers";
import {
  callAction,
  callsSince,
  logMark,
  postUpload,
  sessionOf,
  type Sender,
} from "../support/direct-calls";
import { emulatorControl, signIn, uniqueEmail, userIdOf } from "../support/emulator";
import { library, mediaObject, seedImages } from "../support/gallery-seed";

/**
 * The user is whoever the sealed session says, never whoever the request says. Signed in as
 * A, every action and the upload route get B's id in every place a client could put it, and
 * B's image ids as targets: img.pro only ever hears A's id (the emulator logs X-Img-User),
 * answers not_found for B's images, and B's library stays as it was.
 */
test("a user id sent by the client is never used", async ({ page, request }) => {
  const emailA = uniqueEmail("identity-a");
  await signIn(page, request, emailA);
  const userA = await userIdOf(request, emailA);
  const created = await emulatorControl(request, "POST", "/users", {
    email: uniqueEmail("identity-b"),
  });
  const userB = ((await created.json()) as { id: string }).id;
  const imagesB = await seedImages(request, userB, [
    { filename: "b-tagged.jpg", tags: ["mine"] },
    { filename: "b-plain.jpg" },
  ]);
  const [imageB] = imagesB as [string, string];
  const before = await library(request, userB);

  const asA: Sender = { origin: APP_URL, session: await sessionOf(page) };
  const claimB = { userId: userB, user: { id: userB, userId: userB }, "X-Img-User": userB };
  const mark = await logMark(request);

  const update = await callAction(
    "updateImageAction",
    `/images/${imageB}`,
    { json: [{ id: imageB, tags: ["forged"], caption: "forged", ...claimB }] },
    asA,
  );
  const remove = await callAction(
    "deleteImageAction",
    `/images/${imageB}`,
    { json: [{ id: imageB, ...claimB }] },
    asA,
  );
  // img.pro's not_found for another user's image reaches the user as a plain message, for a
  // delete too: the same answer as for an id that never existed or is already gone, so
  // neither tells A whether B's image exists.
  expect(update.status).toBe(200);
  expect(update.text).toContain('"code":"not_found"');
  expect(update.text).toContain("This image no longer exists.");
  expect(remove.status).toBe(200);
  expect(remove.text).toContain('"code":"not_found"');
  const tagMany = await callAction(
    "batchTagAction",
    "/gallery",
    { json: [{ ids: imagesB, tags: ["forged"], mode: "add", ...claimB }] },
    asA,
  );
  expect(tagMany.text).toContain('"updated":0');
  const removeMany = await callAction(
    "batchDeleteAction",
    "/gallery",
    { json: [{ ids: imagesB, ...claimB }] },
    asA,
  );
  expect(removeMany.text).toContain('"deleted":0');
  const imported = await callAction(
    "importFromUrl",
    "/gallery",
    { json: [{ url: `${EMULATOR_URL}/not-there-${userB}.png`, ...claimB }] },
    asA,
  );
  expect(imported.status).toBe(200);
  expect(imported.text).toContain('"ok":false');
  await callAction(
    "startUpgrade",
    "/billing",
    {
      form: { plan: "pro", interval: "monthly", viewKey: crypto.randomUUID(), userId: userB },
      args: [null, "$K1"],
    },
    asA,
  );
  const upload = await postUpload((await makeImage("claims-b.png")).buffer, {
    ...asA,
    headers: { "x-img-user": userB, "x-user-id": userB },
  });
  expect(upload.status).toBe(201);
  const uploaded = (JSON.parse(upload.text) as { image: { id: string } }).image.id;

  // B's image opened as A: the image's plain not-found page, not an error.
  const opened = await page.goto(`/images/${imageB}?userId=${userB}`);
  expect(opened?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Image not found" })).toBeVisible();
  const list = await page.request.get(`/api/images?userId=${userB}&user=${userB}`);
  expect(list.status()).toBe(200);
  expect(JSON.stringify(await list.json())).not.toContain(imageB);

  const calls = await callsSince(request, mark, [userA, userB]);
  expect(calls.filter((call) => call.user !== userA)).toEqual([]);
  const reached = calls.map((call) => `${call.method} ${call.path}`);
  for (const expected of [
    `PATCH /v1/media/${imageB}`,
    `DELETE /v1/media/${imageB}`,
    "PATCH /v1/media/batch",
    "DELETE /v1/media/batch",
    "GET /v1/billing/status",
    "POST /v1/images",
    `GET /v1/media/${imageB}`,
    "GET /v1/media",
  ]) {
    expect(reached, expected).toContain(expected);
  }
  // The import and the upload: both create with POST /v1/images.
  expect(reached.filter((call) => call === "POST /v1/images")).toHaveLength(2);

  expect(await library(request, userB)).toEqual(before);
  expect((await mediaObject(request, userB, imageB))["tags"]).toEqual(["mine"]);
  expect((await library(request, userA)).map((image) => image.id)).toContain(uploaded);
});
