import { imageSize } from "image-size";
import sharp from "sharp";
import { validationError } from "../errors";
import {
  MAX_BYTES,
  MAX_SVG_BYTES,
  MIME_TYPES,
  describeLimit,
  detectFormat,
  type ImageFormat,
} from "./formats";

export interface ImageInfo {
  format: ImageFormat;
  mime: string;
  width: number;
  height: number;
  /** Whether the CDN can resize and convert it (sharp decodes it). */
  transformable: boolean;
}

/**
 * The prebuilt sharp ships libheif with the AV1 decoder only, so HEIC (HEVC) cannot be
 * decoded here: it is accepted by its container and served as stored, like SVG/BMP/ICO.
 */
const HEIC_DECODABLE = (sharp.format.heif.input.fileSuffix ?? []).includes(".heic");

const SHARP_FORMATS = new Set<ImageFormat>(["jpg", "png", "gif", "webp", "avif"]);
if (HEIC_DECODABLE) SHARP_FORMATS.add("heic");

const SUPPORTED = "JPEG, PNG, GIF, WebP, AVIF, HEIC, SVG, BMP or ICO";

/**
 * Decodes the image for real, so a truncated or corrupt file is refused at upload rather
 * than failing later on the CDN. Decoding to a 64px thumbnail lets JPEG and WebP use
 * shrink-on-load: every byte is still read and checked, but a 70 MB photo costs about a
 * second, not a full-resolution bitmap. Width and height follow EXIF orientation.
 */
async function decodeWithSharp(bytes: Buffer): Promise<{ width: number; height: number }> {
  const metadata = await sharp(bytes).metadata();
  await sharp(bytes).resize({ width: 64, height: 64, fit: "inside" }).raw().toBuffer();
  const { width, height } = metadata.autoOrient ?? metadata;
  if (!width || !height) throw new Error("no dimensions");
  return { width, height };
}

/** BMP declares its own length; a shorter file is truncated. */
function checkBmp(bytes: Buffer): void {
  if (bytes.readUInt32LE(2) > bytes.length) throw new Error("truncated");
}

/** Every ICO directory entry must point at data inside the file. */
function checkIco(bytes: Buffer): void {
  const count = bytes.readUInt16LE(4);
  if (bytes.length < 6 + count * 16) throw new Error("truncated");
  for (let index = 0; index < count; index++) {
    const entry = 6 + index * 16;
    if (bytes.readUInt32LE(entry + 12) + bytes.readUInt32LE(entry + 8) > bytes.length) {
      throw new Error("truncated");
    }
  }
}

function sizeOf(bytes: Buffer): { width: number; height: number } {
  const result = imageSize(bytes);
  // An icon holds several images; the largest stands for the file.
  const best = [result, ...(result.images ?? [])].reduce((a, b) =>
    b.width * b.height > a.width * a.height ? b : a,
  );
  if (!best.width || !best.height) throw new Error("no dimensions");
  return { width: best.width, height: best.height };
}

async function measure(
  format: ImageFormat,
  bytes: Buffer,
): Promise<{ width: number; height: number }> {
  if (SHARP_FORMATS.has(format)) return decodeWithSharp(bytes);
  if (format === "bmp") checkBmp(bytes);
  if (format === "ico") checkIco(bytes);
  if (format !== "svg") return sizeOf(bytes);
  // librsvg parses the whole document (malformed XML fails); image-size reads the declared
  // width/height/viewBox the way browsers size an <img>.
  const metadata = await sharp(bytes).metadata();
  try {
    return sizeOf(bytes);
  } catch {
    if (!metadata.width || !metadata.height) throw new Error("no dimensions");
    return { width: metadata.width, height: metadata.height };
  }
}

/**
 * Validates an upload or import by its bytes alone (never its name or Content-Type) and
 * reports the 422 on `field` (`file` for uploads, `url` for imports).
 */
export async function inspectImage(bytes: Buffer, field: string): Promise<ImageInfo> {
  if (bytes.length === 0) throw validationError({ [field]: "The file is empty (0 bytes)." });
  if (bytes.length > MAX_BYTES) throw validationError({ [field]: describeLimit(MAX_BYTES) });
  const format = detectFormat(bytes);
  if (!format) {
    throw validationError({
      [field]: `The file is not a supported image: its content is not ${SUPPORTED}, whatever its name says.`,
    });
  }
  if (format === "svg" && bytes.length > MAX_SVG_BYTES) {
    throw validationError({ [field]: describeLimit(MAX_SVG_BYTES) });
  }
  let dimensions: { width: number; height: number };
  try {
    dimensions = await measure(format, bytes);
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw validationError({
        [field]: "The image has too many pixels to process (over 268 megapixels).",
      });
    }
    throw validationError({
      [field]: `The file looks like ${format.toUpperCase()} but could not be decoded: it is corrupt or truncated.`,
    });
  }
  return {
    format,
    mime: MIME_TYPES[format],
    ...dimensions,
    transformable: SHARP_FORMATS.has(format),
  };
}
