import "server-only";
import { finiteNumber, isObject, type Json } from "@/lib/json";
import { displaySources } from "./cdn";
import type { Album, CustomValue, GalleryImage, ImagePage, Usage } from "./types";

/**
 * img.pro answers in two generations, whose docs disagree: the newest Image object (`url`
 * is the CDN, `page_url` the viewer, `filename`, `bytes`, ISO dates, `caption` + `metadata`)
 * and the API Reference's media object (`src` is the CDN, `url` the viewer and only when
 * public, `name`, `filesize`, Unix seconds, custom fields at the top level). Both are read; docs/imgpro-api.md#two-generations-of-the-docs
 * lists every field pair.
 */

const str = (value: unknown): string | null => (typeof value === "string" && value ? value : null);
const num = finiteNumber;

/** A timestamp in Unix seconds (API Reference) or ISO-8601 (newest), as ISO; null if neither. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value))
    return new Date(value * 1000).toISOString();
  if (typeof value === "string" && value) {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
  }
  return null;
}

/** The API Reference's reserved names: img.pro ignores them when sent as custom fields. */
export const RESERVED_FIELDS = new Set(
  "id name url src width height filesize status tags namespace external_id date editable expires_at created_at sizes public ttl file".split(
    " ",
  ),
);
/**
 * Keys the API Reference documents in its answers beyond the reserved names: `source_url`,
 * which img.pro sets itself on an import, and the `upgrade` hint of an anonymous upload.
 */
const REFERENCE_ANSWER_KEYS = ["source_url", "upgrade"];
/** Every key of the newest Image object (each one always present there). */
export const NEWEST_IMAGE_KEYS = new Set(
  "id object url page_url sizes filename format width height bytes transformable status public published_at expires_at created_at caption metadata nsfw".split(
    " ",
  ),
);
/**
 * Every documented key of both shapes. None is ever a custom field, wherever it turns up
 * (at the top level, or inside `metadata`, where an import's `source_url` can land), except
 * `caption`: the app keeps its caption under that name, and it has an input of its own.
 */
export const DOCUMENTED_KEYS: ReadonlySet<string> = new Set([
  ...RESERVED_FIELDS,
  ...REFERENCE_ANSWER_KEYS,
  ...NEWEST_IMAGE_KEYS,
]);
const notCustom = (key: string) => key !== "caption" && DOCUMENTED_KEYS.has(key);
const NON_TRANSFORMABLE = new Set(["svg", "bmp", "ico"]);
/**
 * Names an app cannot give a custom field: img.pro ignores the reserved ones, and one named
 * like any other documented key would be stored but never read back as a custom field.
 */
export const UNUSABLE_FIELD_NAMES: ReadonlySet<string> = DOCUMENTED_KEYS;

function extensionOf(url: string): string | null {
  const match = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname);
  const ext = match?.[1]?.toLowerCase() ?? null;
  return ext === "jpeg" ? "jpg" : ext;
}

function customValues(source: Json, skip: (key: string) => boolean): Record<string, CustomValue> {
  const fields: Record<string, CustomValue> = {};
  for (const [key, value] of Object.entries(source)) {
    if (skip(key)) continue;
    if (
      typeof value === "string" ||
      typeof value === "boolean" ||
      (typeof value === "number" && Number.isFinite(value))
    ) {
      fields[key] = value;
    }
  }
  return fields;
}

/** Reshapes either generation's image; null when it lacks an id or a CDN URL. */
export function toGalleryImage(raw: unknown): GalleryImage | null {
  if (!isObject(raw)) return null;
  const id = str(raw.id);
  const newest = raw.object === "image" || "page_url" in raw || "bytes" in raw;
  const cdnUrl = newest ? str(raw.url) : (str(raw.src) ?? null);
  if (!id || !cdnUrl) return null;
  let validCdnUrl: string;
  try {
    validCdnUrl = new URL(cdnUrl).toString();
  } catch {
    return null;
  }

  const metadata = isObject(raw.metadata) ? raw.metadata : {};
  const fields = newest
    ? {
        ...customValues(metadata, notCustom),
        ...(str(raw.caption) ? { caption: str(raw.caption) as string } : {}),
      }
    : // In this shape every undocumented name is a custom field, `caption` included.
      customValues(raw, notCustom);
  const format = str(raw.format) ?? extensionOf(validCdnUrl);
  const pageUrl = newest ? str(raw.page_url) : str(raw.url);
  const isPublic = typeof raw.public === "boolean" ? raw.public : newest ? true : pageUrl !== null;
  const transformable =
    typeof raw.transformable === "boolean"
      ? raw.transformable
      : !NON_TRANSFORMABLE.has(format ?? "");
  const status = raw.status === "processing" || raw.status === "failed" ? raw.status : "ready";
  const width = num(raw.width);
  const height = num(raw.height);

  return {
    id,
    filename: str(raw.filename) ?? str(raw.name) ?? `${id}${format ? `.${format}` : ""}`,
    cdnUrl: validCdnUrl,
    pageUrl: isPublic ? pageUrl : null,
    width,
    height,
    bytes: num(raw.bytes) ?? num(raw.filesize),
    format,
    transformable,
    public: isPublic,
    status,
    createdAt: toIsoDate(raw.created_at) ?? new Date(0).toISOString(),
    tags: Array.isArray(raw.tags)
      ? raw.tags.filter((tag): tag is string => typeof tag === "string")
      : [],
    namespace: str(raw.namespace),
    sourceUrl: str(raw.source_url) ?? str(metadata.source_url),
    fields,
    caption:
      typeof fields.caption === "string"
        ? fields.caption
        : typeof fields.description === "string"
          ? fields.description
          : null,
    altText: typeof fields.alt_text === "string" ? fields.alt_text : null,
    display: displaySources({ cdnUrl: validCdnUrl, width, height, transformable }),
  };
}

/**
 * A list in either envelope: `{ data, next_cursor, has_more }` (API Reference) or
 * `{ data, pagination: { next_cursor, has_more } }` (newest). Nested is read first.
 */
export function toImagePage(raw: unknown): ImagePage {
  const body = isObject(raw) ? raw : {};
  const pagination = isObject(body.pagination) ? body.pagination : body;
  const hasMore =
    pagination.has_more === true ||
    (pagination.has_more === undefined && Boolean(str(pagination.next_cursor)));
  const images = (Array.isArray(body.data) ? body.data : [])
    .map(toGalleryImage)
    .filter((image): image is GalleryImage => image !== null);
  return { images, nextCursor: hasMore ? str(pagination.next_cursor) : null };
}

export function toAlbums(raw: unknown): { albums: Album[]; nextOffset: number | null } {
  const body = isObject(raw) ? raw : {};
  const albums = (Array.isArray(body.data) ? body.data : []).flatMap((entry): Album[] => {
    if (!isObject(entry) || !str(entry.namespace)) return [];
    return [
      {
        namespace: entry.namespace as string,
        count: num(entry.count) ?? 0,
        storageBytes: num(entry.storage_bytes) ?? 0,
      },
    ];
  });
  return { albums, nextOffset: num(body.next_offset) };
}

/** `GET /v1/usage` (also embedded in billing status), in the API Reference's shape. */
export function toUsage(raw: unknown): Usage {
  const body = isObject(raw) ? raw : {};
  const monthly = isObject(body.monthly) ? body.monthly : {};
  const totals = isObject(body.totals) ? body.totals : {};
  const uploadsUsed = num(monthly.uploads) ?? 0;
  const uploadsLimit = num(monthly.uploads_limit);
  const storageUsed = num(totals.storage_used_bytes) ?? 0;
  const storageLimit = num(totals.storage_limit_bytes);
  const remaining = (limit: number | null, used: number) =>
    limit === null ? null : Math.max(0, limit - used);
  return {
    plan: str(body.plan) ?? "free",
    uploads: {
      used: uploadsUsed,
      limit: uploadsLimit,
      remaining: num(monthly.uploads_remaining) ?? remaining(uploadsLimit, uploadsUsed),
      resetsAt: toIsoDate(monthly.resets_at),
    },
    storage: {
      used: storageUsed,
      limit: storageLimit,
      remaining: num(totals.storage_remaining_bytes) ?? remaining(storageLimit, storageUsed),
    },
    imagesStored: num(totals.media_stored),
  };
}
