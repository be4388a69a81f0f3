import "server-only";
import { imgproRequest } from "./client";
import { ImgProError } from "./errors";
import type { Quota } from "./quota";
import { toAlbums, toGalleryImage, toImagePage } from "./shapes";
import type { Album, CustomValue, GalleryImage, ImagePage } from "./types";

/**
 * The images surface. Reads, edits and deletes use the API Reference's `/v1/media` (the
 * endpoints the given docs describe); uploads use the App API's `POST /v1/images`.
 */

export interface ListOptions {
  cursor?: string | null;
  limit?: number;
  tags?: string[];
  tagMode?: "any" | "all";
  namespace?: string | null;
}

export async function listImages(userId: string, options: ListOptions = {}): Promise<ImagePage> {
  return (await listImagesWithQuota(userId, options)).page;
}

/**
 * A page of images and the quota img.pro sent with it (null when it sent none): the usage
 * meters can be drawn from the same answer, without a call to /v1/usage.
 */
export async function listImagesWithQuota(
  userId: string,
  options: ListOptions = {},
): Promise<{ page: ImagePage; quota: Quota | null }> {
  const { data, quota } = await imgproRequest<unknown>("/v1/media", {
    user: userId,
    query: {
      limit: options.limit ?? 30,
      cursor: options.cursor ?? undefined,
      tags: options.tags?.length ? options.tags.join(",") : undefined,
      tag_mode: options.tags?.length ? options.tagMode : undefined,
      namespace: options.namespace ?? undefined,
    },
  });
  return { page: toImagePage(data), quota };
}

function imageOrThrow(data: unknown): GalleryImage {
  const image = toGalleryImage(data);
  if (!image)
    throw new ImgProError(502, "invalid_response", "img.pro answered with an unreadable image.");
  return image;
}

/** The image, or null when img.pro does not know it (or it is not this user's). */
export async function getImage(userId: string, id: string): Promise<GalleryImage | null> {
  try {
    const { data } = await imgproRequest<unknown>(`/v1/media/${encodeURIComponent(id)}`, {
      user: userId,
    });
    return imageOrThrow(data);
  } catch (error) {
    if (error instanceof ImgProError && error.status === 404) return null;
    throw error;
  }
}

export interface ImageChanges {
  name?: string;
  tags?: string[];
  public?: boolean;
  /**
   * Moves the image to another namespace. `null` takes it out of any: the API Reference
   * documents `null` as removing a field only for custom fields, so this is our reading.
   */
  namespace?: string | null;
  /** Custom fields to set; `null` removes one (merge semantics). */
  fields?: Record<string, CustomValue | null>;
}

export async function updateImage(
  userId: string,
  id: string,
  changes: ImageChanges,
): Promise<GalleryImage> {
  const { fields, ...known } = changes;
  const { data } = await imgproRequest<unknown>(`/v1/media/${encodeURIComponent(id)}`, {
    method: "PATCH",
    user: userId,
    // Custom fields travel at the top level, next to the known ones (API Reference).
    json: { ...fields, ...known },
  });
  return imageOrThrow(data);
}

/**
 * Deletes the image. One img.pro does not have (already gone, or never this user's) is its
 * `404 not_found`, thrown like any refusal: the caller says so rather than claim a delete.
 * Answers with the quota the response carried (null when none), so the meters need no
 * second call.
 */
export async function deleteImage(userId: string, id: string): Promise<Quota | null> {
  const { quota } = await imgproRequest(`/v1/media/${encodeURIComponent(id)}`, {
    method: "DELETE",
    user: userId,
  });
  return quota;
}

/** Answers about the account or the app itself, which a caller must always see. */
const LIFECYCLE_CODES = new Set(["user_forbidden", "app_suspended", "unauthorized"]);

/**
 * Namespaces shown as albums, with counts. Albums are a convenience: when img.pro cannot list
 * them (the App API docs do not name this endpoint) the gallery works without, so anything
 * but the account's lifecycle errors gives an empty list. `next_offset` is followed only
 * while it moves forward (its paging is not documented), and names are never repeated.
 */
export async function listAlbums(userId: string): Promise<Album[]> {
  const albums = new Map<string, Album>();
  let offset = 0;
  try {
    for (let page = 0; page < 20; page += 1) {
      const { data } = await imgproRequest<unknown>("/v1/namespaces", {
        user: userId,
        query: page === 0 ? {} : { offset },
      });
      const result = toAlbums(data);
      for (const album of result.albums) {
        if (!albums.has(album.namespace)) albums.set(album.namespace, album);
      }
      const next = result.nextOffset;
      if (result.albums.length === 0 || next === null || next <= offset) break;
      offset = next;
    }
  } catch (error) {
    if (error instanceof ImgProError && LIFECYCLE_CODES.has(error.code)) throw error;
    console.error("[imgpro] albums unavailable:", error instanceof Error ? error.message : error);
  }
  return [...albums.values()];
}

export interface CreatedImage {
  image: GalleryImage;
  /** img.pro already had this file (same external_id): nothing new was stored. */
  deduplicated: boolean;
  quota: Quota | null;
}

/** An upload's answer (a stream's, see ./upload.ts, or an import's) as the app's type. */
export function created(
  data: unknown,
  status: number,
  headers: Headers,
  quota: Quota | null,
): CreatedImage {
  return {
    image: imageOrThrow(data),
    deduplicated: status === 200 || headers.get("x-deduplicated") === "true",
    quota,
  };
}

/** img.pro fetches the URL itself (up to ~30 s); the key makes a retry safe. */
export async function importImage(
  userId: string,
  input: { url: string; idempotencyKey: string },
): Promise<CreatedImage> {
  const { data, status, headers, quota } = await imgproRequest<unknown>("/v1/images", {
    method: "POST",
    user: userId,
    json: { url: input.url },
    idempotencyKey: input.idempotencyKey,
    timeoutMs: 45_000,
  });
  return created(data, status, headers, quota);
}
