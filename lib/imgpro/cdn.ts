import "server-only";
import { VARIANT_SHORT_EDGES, type ImageVariant } from "./types";

/**
 * CDN URLs for an image: `?size=s|m|l` constrains the short edge to 320/640/1080 (never
 * upscaled) and `?format=` converts (both generations of the docs agree on these).
 */
export const SIZES = VARIANT_SHORT_EDGES;
export type SizeKey = keyof typeof SIZES;
export const OUTPUT_FORMATS = ["webp", "avif", "jpg", "png"] as const;

export function variantUrl(cdnUrl: string, options: { size?: SizeKey; format?: string }): string {
  const url = new URL(cdnUrl);
  if (options.size) url.searchParams.set("size", options.size);
  if (options.format) url.searchParams.set("format", options.format);
  return url.toString();
}

/** Width and height of a size variant: short edge scaled down to the target, long edge truncated. */
export function variantDimensions(width: number, height: number, size: SizeKey) {
  const target = SIZES[size];
  const shortEdge = Math.min(width, height);
  if (shortEdge <= target) return { width, height };
  const scale = target / shortEdge;
  return width <= height
    ? { width: target, height: Math.floor(height * scale) }
    : { width: Math.floor(width * scale), height: target };
}

/** What the <img> shows: a WebP srcset over the CDN's sizes, with the medium size as default. */
export function displaySources(image: {
  cdnUrl: string;
  width: number | null;
  height: number | null;
  transformable: boolean;
}): { src: string; srcSet: string | null } {
  if (!image.transformable) return { src: image.cdnUrl, srcSet: null };
  const src = variantUrl(image.cdnUrl, { size: "m", format: "webp" });
  if (!image.width || !image.height) return { src, srcSet: null };
  const seen = new Set<number>();
  const candidates: string[] = [];
  for (const size of Object.keys(SIZES) as SizeKey[]) {
    const { width } = variantDimensions(image.width, image.height, size);
    if (seen.has(width)) continue;
    seen.add(width);
    candidates.push(`${variantUrl(image.cdnUrl, { size, format: "webp" })} ${width}w`);
  }
  return { src, srcSet: candidates.join(", ") };
}

/** Every URL worth copying from the detail view: the original, then each size in each format. */
export function copyableVariants(image: {
  cdnUrl: string;
  format: string | null;
  transformable: boolean;
}): ImageVariant[] {
  const original: ImageVariant = {
    label: "Original",
    size: null,
    format: image.format ?? "original",
    url: image.cdnUrl,
  };
  if (!image.transformable) return [original];
  const variants = [original];
  for (const size of Object.keys(SIZES) as SizeKey[]) {
    for (const format of OUTPUT_FORMATS) {
      variants.push({
        label: `${{ s: "Small", m: "Medium", l: "Large" }[size]} · ${format.toUpperCase()}`,
        size,
        format,
        url: variantUrl(image.cdnUrl, { size, format }),
      });
    }
  }
  return variants;
}
