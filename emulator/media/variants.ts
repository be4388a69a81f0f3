import sharp, { type Sharp } from "sharp";
import type { Emulator } from "../context";
import { sha256 } from "../ids";
import type { ImageRecord } from "../state";
import { MIME_TYPES } from "./formats";
import { originalKey, variantsKey } from "./library";
import { SIZE_TARGETS, fitShortEdge, isSizeName } from "./sizes";

/** What the CDN converts to (img.pro's transforms page); `jpeg` is accepted for `jpg`. */
export type OutputFormat = "jpg" | "png" | "webp" | "avif" | "gif";
const OUTPUT_FORMATS: Record<string, OutputFormat> = {
  jpg: "jpg",
  jpeg: "jpg",
  png: "png",
  webp: "webp",
  avif: "avif",
  gif: "gif",
};

export function outputFormat(value: string | undefined): OutputFormat | null {
  return value !== undefined && Object.hasOwn(OUTPUT_FORMATS, value)
    ? (OUTPUT_FORMATS[value] ?? null)
    : null;
}

/** A CDN path may name the image's own format or any format the CDN converts to. */
export function acceptsExtension(image: ImageRecord, ext: string): boolean {
  return ext === image.format || outputFormat(ext) !== null;
}

export interface Served {
  bytes: Buffer;
  mime: string;
  etag: string;
}

export interface VariantQuery {
  ext: string;
  size?: string;
  format?: string;
}

async function render(
  original: Buffer,
  format: OutputFormat,
  size: { width: number; height: number } | null,
) {
  const pages = (await sharp(original).metadata()).pages ?? 1;
  // Only GIF and WebP can carry the animation; other targets get the first frame.
  const animated = pages > 1 && (format === "gif" || format === "webp");
  let pipeline: Sharp = sharp(original, { animated }).autoOrient();
  if (size) pipeline = pipeline.resize({ width: size.width, height: size.height, fit: "fill" });
  if (format === "jpg")
    pipeline = pipeline.flatten({ background: "#ffffff" }).jpeg({ quality: 85 });
  if (format === "png") pipeline = pipeline.png();
  if (format === "webp") pipeline = pipeline.webp({ quality: 85 });
  // A low effort keeps first requests quick; the emulator is not judged on AVIF file size.
  if (format === "avif") pipeline = pipeline.avif({ quality: 60, effort: 1 });
  if (format === "gif") pipeline = pipeline.gif();
  return pipeline.toBuffer();
}

/**
 * Serves originals and computes CDN variants. Each variant is computed once: cached in the
 * blob store under `variants/{id}/…` (so deleting the image removes it), with concurrent
 * requests for one variant sharing a single computation.
 */
export class VariantCache {
  private readonly inflight = new Map<string, Promise<Buffer | null>>();

  constructor(private readonly emu: Emulator) {}

  /** `null` when the image's bytes are gone (deleted meanwhile). */
  async serve(image: ImageRecord, query: VariantQuery): Promise<Served | null> {
    const etagOf = (variant: string) =>
      `"${sha256(`${image.id}:${image.createdAt}:${variant}`).slice(0, 32)}"`;
    const original = async (): Promise<Served | null> => {
      const bytes = await this.emu.blobs.get(originalKey(image.id));
      return bytes && { bytes, mime: image.mime, etag: etagOf("original") };
    };
    // Non-transformable sources (SVG, BMP, ICO…) are served as stored, whatever is asked.
    if (!image.transformable) return original();

    const format: OutputFormat =
      outputFormat(query.format) ?? outputFormat(query.ext) ?? outputFormat(image.format) ?? "jpg";
    const sizeName = isSizeName(query.size) ? query.size : null;
    const fitted = sizeName
      ? fitShortEdge(image.width, image.height, SIZE_TARGETS[sizeName])
      : null;
    const resize =
      fitted && (fitted.width !== image.width || fitted.height !== image.height) ? fitted : null;
    if (format === image.format && !resize) return original();

    const name = `${resize ? sizeName : "full"}.${format}`;
    const key = `${variantsKey(image.id)}/${name}`;
    const bytes =
      (await this.emu.blobs.get(key)) ?? (await this.compute(image, key, format, resize));
    return bytes && { bytes, mime: MIME_TYPES[format], etag: etagOf(name) };
  }

  private compute(
    image: ImageRecord,
    key: string,
    format: OutputFormat,
    size: { width: number; height: number } | null,
  ): Promise<Buffer | null> {
    const running = this.inflight.get(key);
    if (running) return running;
    const job = (async () => {
      const original = await this.emu.blobs.get(originalKey(image.id));
      if (!original) return null;
      const bytes = await render(original, format, size);
      // Deleted while rendering: keep nothing, or the variant would outlive its image.
      if (this.emu.store.state.images[image.id] === image) await this.emu.blobs.put(key, bytes);
      return bytes;
    })().finally(() => this.inflight.delete(key));
    this.inflight.set(key, job);
    return job;
  }
}
