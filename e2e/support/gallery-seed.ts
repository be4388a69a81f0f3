import { expect, type APIRequestContext, type Page } from "@playwright/test";
import sharp from "sharp";
import { DEMO_APP } from "../../emulator/demo-app";
import { EMULATOR_URL } from "../env";
import { emulatorControl, signInNewUser } from "./emulator";

/**
 * Test images put straight into a user's img.pro workspace through the emulator's API, as
 * the demo app (machine secret + X-Img-User): far faster than the upload UI.
 */

/** The headers of a call to img.pro's API as the demo app, on behalf of `userId`. */
export const asApp = (userId: string) => ({
  authorization: `Bearer ${DEMO_APP.secret}`,
  "x-img-user": userId,
});

/** A small JPEG in a colour of its own, so no two seeded images are the same file. */
export function jpeg(index: number, width = 96, height = 64): Promise<Buffer> {
  const background = { r: (index * 53) % 256, g: (index * 97) % 256, b: (index * 151) % 256 };
  return sharp({ create: { width, height, channels: 3, background } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

export interface SeedSpec {
  filename: string;
  tags?: string[];
  namespace?: string;
  /** Width and height in pixels (96×64 unless said). */
  size?: [number, number];
}

/** Creates the images in order (so the last one is the newest) and returns their ids. */
export async function seedImages(
  request: APIRequestContext,
  userId: string,
  specs: SeedSpec[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, spec] of specs.entries()) {
    const response = await request.post(`${EMULATOR_URL}/v1/images`, {
      headers: asApp(userId),
      multipart: {
        file: {
          name: spec.filename,
          mimeType: "image/jpeg",
          buffer: await jpeg(index, ...(spec.size ?? [96, 64])),
        },
        ...(spec.tags ? { tags: spec.tags.join(",") } : {}),
        ...(spec.namespace ? { namespace: spec.namespace } : {}),
      },
    });
    if (response.status() !== 201)
      throw new Error(`seeding ${spec.filename}: ${response.status()} ${await response.text()}`);
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

export const numbered = (count: number, prefix = "photo"): SeedSpec[] =>
  Array.from({ length: count }, (_, index) => ({
    filename: `${prefix}-${String(index).padStart(3, "0")}.jpg`,
  }));

export interface LibraryImage {
  id: string;
  name: string;
  filesize?: number;
  external_id?: string;
}

/**
 * The user's whole library as img.pro holds it (the emulator's API, with the demo app's
 * secret), following the cursor past the first page.
 */
export async function library(request: APIRequestContext, userId: string) {
  const images: LibraryImage[] = [];
  let cursor: string | null = null;
  do {
    const response = await request.get(`${EMULATOR_URL}/v1/media`, {
      headers: asApp(userId),
      params: { limit: 100, ...(cursor ? { cursor } : {}) },
    });
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as {
      data: LibraryImage[];
      next_cursor: string | null;
    };
    images.push(...body.data);
    cursor = body.next_cursor;
  } while (cursor);
  return images;
}

/** Every image id in the user's img.pro library. */
export async function libraryIds(request: APIRequestContext, userId: string): Promise<string[]> {
  return (await library(request, userId)).map((image) => image.id);
}

/** One media object as img.pro stores it (custom fields at the top level). */
export async function mediaObject(
  request: APIRequestContext,
  userId: string,
  id: string,
): Promise<Record<string, unknown>> {
  const response = await request.get(`${EMULATOR_URL}/v1/media/${id}`, { headers: asApp(userId) });
  return (await response.json()) as Record<string, unknown>;
}

/** A signed-in user on Pro (free allows 100 uploads a month), with these images. */
export async function userWithImages(page: Page, request: APIRequestContext, specs: SeedSpec[]) {
  const userId = await signInNewUser(page, request, "gallery");
  await emulatorControl(request, "POST", `/users/${userId}/plan`, { plan: "pro" });
  const ids = await seedImages(request, userId, specs);
  return { userId, ids };
}
