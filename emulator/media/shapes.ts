import type { Emulator } from "../context";
import type { CustomValue, ImageRecord, WorkspaceRecord } from "../state";
import { SIZE_TARGETS, fitShortEdge } from "./sizes";
import { statusOf } from "./processing";

/** The image's CDN URL: `{origin}/{seg}/{id}.{format}`, where the emulator plays src.img.pro. */
export function cdnUrl(emu: Emulator, workspace: WorkspaceRecord, image: ImageRecord): string {
  return `${emu.publicUrl}/${workspace.seg}/${image.id}.${image.format}`;
}

/** The viewer page, where the emulator plays img.pro. */
export function pageUrl(emu: Emulator, image: ImageRecord): string {
  return `${emu.publicUrl}/${image.id}`;
}

/** ISO-8601 without milliseconds, as in the Image object example (`2024-01-01T00:00:00Z`). */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

function sizes(url: string, image: ImageRecord) {
  if (!image.transformable) return {};
  const size = (letter: keyof typeof SIZE_TARGETS) => ({
    url: `${url}?size=${letter}`,
    ...fitShortEdge(image.width, image.height, SIZE_TARGETS[letter]),
  });
  return { small: size("s"), medium: size("m"), large: size("l") };
}

/** The newest generation's Image object: every field always present. */
export function toImageObject(emu: Emulator, workspace: WorkspaceRecord, image: ImageRecord) {
  const url = cdnUrl(emu, workspace, image);
  const { caption, ...metadata } = image.custom;
  const status = statusOf(image);
  const known = status !== "processing";
  const createdAt = isoSeconds(image.createdAt);
  return {
    id: image.id,
    object: "image" as const,
    url,
    page_url: pageUrl(emu, image),
    sizes: known ? sizes(url, image) : {},
    filename: image.filename,
    format: image.format,
    width: known ? image.width : null,
    height: known ? image.height : null,
    bytes: known ? image.bytes : null,
    transformable: image.transformable,
    status,
    public: image.public,
    // The docs leave published_at's meaning open; "when it became public" reads best, and
    // the emulator does not track later toggles, so a public image reports its creation.
    published_at: image.public ? createdAt : null,
    expires_at: typeof image.expiresAt === "number" ? isoSeconds(image.expiresAt) : null,
    created_at: createdAt,
    caption: caption === undefined ? null : String(caption),
    metadata: metadata as Record<string, CustomValue>,
    nsfw: false,
  };
}

/**
 * The API Reference's media object: optional fields are left out when unset, and custom
 * fields sit at the top level (reserved names keep them from colliding with ours).
 */
export function toMediaObject(
  emu: Emulator,
  workspace: WorkspaceRecord,
  image: ImageRecord,
  // For a caller who cannot edit it (anonymous), `editable` is left out, as in the API
  // Reference's anonymous example.
  { editable = true }: { editable?: boolean } = {},
) {
  return {
    id: image.id,
    name: image.filename,
    ...(image.public ? { url: pageUrl(emu, image) } : {}),
    src: cdnUrl(emu, workspace, image),
    width: image.width,
    height: image.height,
    filesize: image.bytes,
    ...(editable ? { editable: true } : {}),
    ...(image.tags.length > 0 ? { tags: image.tags } : {}),
    ...(image.namespace ? { namespace: image.namespace } : {}),
    ...(image.date ? { date: image.date } : {}),
    ...image.custom,
    ...(typeof image.expiresAt === "number"
      ? { expires_at: Math.floor(image.expiresAt / 1000) }
      : {}),
    // The API Reference: status appears only while the image is not ready.
    ...(statusOf(image) !== "ready" ? { status: statusOf(image) } : {}),
    created_at: Math.floor(image.createdAt / 1000),
  };
}
