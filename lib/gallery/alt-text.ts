import type { GalleryImage } from "@/lib/imgpro/types";

/**
 * The text an <img> is announced with: the alt text, else the caption, else the file name.
 * A module of its own: every tile needs it, and the page's first download should not carry
 * the editors' rules along with it.
 */
export function altFor(image: Pick<GalleryImage, "altText" | "caption" | "filename">): string {
  return image.altText ?? image.caption ?? image.filename;
}
