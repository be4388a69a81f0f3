/** The formats img.pro accepts, by their normalized extension. */
export type ImageFormat = "jpg" | "png" | "gif" | "webp" | "avif" | "heic" | "svg" | "bmp" | "ico";

export const MIME_TYPES: Record<ImageFormat, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  heic: "image/heic",
  svg: "image/svg+xml",
  bmp: "image/bmp",
  ico: "image/x-icon",
};

/**
 * The docs say "Max 70 MB (10 MB for SVG)" without saying whether MB means 10^6 or 2^20.
 * We read it as decimal, the stricter of the two, so an app tested against the emulator never
 * sends a file the real service might refuse.
 */
export const MAX_BYTES = 70_000_000;
export const MAX_SVG_BYTES = 10_000_000;
/** "20 MB anonymous", read as decimal like the others. */
export const MAX_ANONYMOUS_BYTES = 20_000_000;

/** How much of the start of a file the SVG sniffer looks at. */
export const SNIFF_BYTES = 4096;

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .subarray(start, end)
    .toString("latin1");
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

const AVIF_BRANDS = new Set(["avif", "avis"]);
const HEIC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs"]);
// Generic HEIF brands: the codec is told by the compatible brands that follow.
const HEIF_BRANDS = new Set(["mif1", "msf1"]);

/** ISO-BMFF (`ftyp` box first): AVIF and HEIC share the container. */
function isoBmffFormat(bytes: Uint8Array): "avif" | "heic" | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return null;
  const boxSize = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readUInt32BE(0);
  const end = Math.min(bytes.length, Math.max(16, boxSize));
  const brands = [ascii(bytes, 8, 12)];
  for (let offset = 16; offset + 4 <= end; offset += 4)
    brands.push(ascii(bytes, offset, offset + 4));
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return "avif";
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return "heic";
  if (HEIF_BRANDS.has(brands[0] ?? "")) return "heic";
  return null;
}

// A BMP header alone ("BM") is two common letters; the DIB header size pins it down.
const BMP_DIB_SIZES = new Set([12, 40, 52, 56, 64, 108, 124]);

function isBmp(bytes: Uint8Array): boolean {
  if (bytes.length < 26 || bytes[0] !== 0x42 || bytes[1] !== 0x4d) return false;
  const dib = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readUInt32LE(14);
  return BMP_DIB_SIZES.has(dib);
}

function isIco(bytes: Uint8Array): boolean {
  // Reserved 0, type 1 (icon; 2 would be a cursor), at least one image.
  return (
    bytes.length >= 22 && startsWith(bytes, [0, 0, 1, 0]) && (bytes[4] ?? 0) + (bytes[5] ?? 0) > 0
  );
}

const SVG_PROLOGUE = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype\s+svg[^>]*>)*<svg[\s/>]/i;

/**
 * SVG is text, so it has no magic number: the file must open, after an optional XML
 * declaration, comments and an SVG doctype, with an `<svg` root element. An HTML page
 * (even one that embeds an `<svg>`) does not pass.
 */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  let head = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .subarray(0, SNIFF_BYTES)
    .toString("utf8");
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  return SVG_PROLOGUE.test(head);
}

/** The format told by the file's own bytes (never its name or declared Content-Type). */
export function detectFormat(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  const gif = ascii(bytes, 0, 6);
  if (gif === "GIF87a" || gif === "GIF89a") return "gif";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  const bmff = isoBmffFormat(bytes);
  if (bmff) return bmff;
  if (isBmp(bytes)) return "bmp";
  if (isIco(bytes)) return "ico";
  if (looksLikeSvg(bytes)) return "svg";
  return null;
}

/** The size cap for a file whose first bytes are `head`. */
export function byteLimitFor(head: Uint8Array): number {
  return looksLikeSvg(head) ? MAX_SVG_BYTES : MAX_BYTES;
}

export function describeLimit(limit: number): string {
  if (limit === MAX_SVG_BYTES) return "SVG files can be at most 10 MB (10,000,000 bytes).";
  if (limit === MAX_ANONYMOUS_BYTES) {
    return "Without an API key, files can be at most 20 MB (20,000,000 bytes).";
  }
  return "Files can be at most 70 MB (70,000,000 bytes).";
}
