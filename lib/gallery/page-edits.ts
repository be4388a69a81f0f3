import type { Album, GalleryImage, ImagePage } from "@/lib/imgpro/types";
import { matchesFilters, type GalleryFilters } from "./filters";
import { replaceImage } from "./pages";

/*
 * What changes the list after an upload or a delete: loaded by the gallery when one happens,
 * not with the page (its first download carries only what shows the list, in ./pages).
 */

export function hasImage(pages: readonly ImagePage[], id: string): boolean {
  return pages.some((page) => page.images.some((image) => image.id === id));
}

export type Placement = "inserted" | "replaced" | "filtered-out" | "not-loaded";

/**
 * Where a just-uploaded image goes: replaced in place when the list already shows it (a
 * deduplicated upload must not appear twice), at the top when it is new and matches the
 * filters. A deduplicated image that is not loaded is an old one: it belongs further down.
 */
export function placeImage(
  pages: readonly ImagePage[],
  image: GalleryImage,
  filters: GalleryFilters,
  deduplicated: boolean,
): { pages: ImagePage[]; placement: Placement } {
  if (hasImage(pages, image.id))
    return { pages: replaceImage(pages, image), placement: "replaced" };
  if (!matchesFilters(image, filters)) return { pages: [...pages], placement: "filtered-out" };
  if (deduplicated) return { pages: [...pages], placement: "not-loaded" };
  const [first, ...rest] = pages;
  const top: ImagePage = first
    ? { ...first, images: [image, ...first.images] }
    : { images: [image], nextCursor: null };
  return { pages: [top, ...rest], placement: "inserted" };
}

/** Album counts after images were deleted; an album left empty disappears, as on img.pro. */
export function albumsAfterRemoval(
  albums: readonly Album[],
  removed: readonly Pick<GalleryImage, "namespace" | "bytes">[],
): Album[] {
  const next = albums.map((album) => ({ ...album }));
  for (const image of removed) {
    const album = next.find((entry) => entry.namespace === image.namespace);
    if (!album) continue;
    album.count = Math.max(0, album.count - 1);
    album.storageBytes = Math.max(0, album.storageBytes - (image.bytes ?? 0));
  }
  return next.filter((album) => album.count > 0);
}
