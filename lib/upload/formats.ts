/**
 * The image formats img.pro accepts (docs/imgpro-api.md#uploads), told apart by MIME type and, when the
 * browser gives none, by extension. Client-safe: the upload route checks the same table.
 */
export type UploadFormat =
  "jpeg" | "png" | "gif" | "webp" | "avif" | "heic" | "svg" | "bmp" | "ico";

/** The Content-Type sent for each format. */
export const CONTENT_TYPES: Record<UploadFormat, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  heic: "image/heic",
  svg: "image/svg+xml",
  bmp: "image/bmp",
  ico: "image/x-icon",
};

// Browsers and operating systems disagree on some names: all of these mean a format we take.
const MIME_FORMATS: Record<string, UploadFormat> = {
  "image/jpeg": "jpeg",
  "image/jpg": "jpeg",
  "image/pjpeg": "jpeg",
  "image/png": "png",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/avif": "avif",
  "image/heic": "heic",
  "image/heif": "heic",
  "image/heic-sequence": "heic",
  "image/heif-sequence": "heic",
  "image/svg+xml": "svg",
  "image/bmp": "bmp",
  "image/x-bmp": "bmp",
  "image/x-ms-bmp": "bmp",
  "image/x-icon": "ico",
  "image/vnd.microsoft.icon": "ico",
};

const EXTENSION_FORMATS: Record<string, UploadFormat> = {
  jpg: "jpeg",
  jpeg: "jpeg",
  jpe: "jpeg",
  jfif: "jpeg",
  png: "png",
  gif: "gif",
  webp: "webp",
  avif: "avif",
  heic: "heic",
  heif: "heic",
  svg: "svg",
  bmp: "bmp",
  ico: "ico",
};

/** Types a browser uses when it does not know: the extension decides then. */
const UNKNOWN_TYPES = new Set(["", "application/octet-stream"]);

/** The formats a browser can decode and re-encode to fit a smaller upload limit. */
export const RESIZABLE_FORMATS: ReadonlySet<UploadFormat> = new Set(["jpeg", "png", "webp"]);

export const FORMAT_NAMES = "JPEG, PNG, GIF, WebP, AVIF, HEIC, SVG, BMP or ICO";

/** For the file picker's `accept`: MIME types and extensions, since HEIC often has no type. */
export const ACCEPT_ATTRIBUTE = [
  ...Object.keys(MIME_FORMATS),
  ...Object.keys(EXTENSION_FORMATS).map((extension) => `.${extension}`),
].join(",");

export function normalizeType(type: string): string {
  return (type.split(";")[0] ?? "").trim().toLowerCase();
}

/** The format a declared MIME type names, or null. */
export function formatOfType(type: string): UploadFormat | null {
  return MIME_FORMATS[normalizeType(type)] ?? null;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/**
 * A file's format by its MIME type; by its extension only when the browser gave no type.
 * A declared non-image type (text/html named photo.png) is refused here; a file whose bytes
 * lie about its type is refused by img.pro, which reads the bytes.
 */
export function formatOfFile(file: { name: string; type: string }): UploadFormat | null {
  const type = normalizeType(file.type);
  if (!UNKNOWN_TYPES.has(type)) return MIME_FORMATS[type] ?? null;
  return EXTENSION_FORMATS[extensionOf(file.name)] ?? null;
}
