import type { GalleryImage, ImagePage } from "@/lib/imgpro/types";

/**
 * Edits of the loaded list pages, kept pure so the grid's SWR cache changes in one place.
 * Each page keeps its `nextCursor`: the next page's key never moves under a local edit.
 */

/** Every loaded image once, in list order (pages can overlap after a refresh). */
export function flattenPages(pages: readonly ImagePage[] | undefined): GalleryImage[] {
  const seen = new Set<string>();
  const images: GalleryImage[] = [];
  for (const page of pages ?? []) {
    for (const image of page.images) {
      if (seen.has(image.id)) continue;
      seen.add(image.id);
      images.push(image);
    }
  }
  return images;
}

export function mapImages(
  pages: readonly ImagePage[],
  update: (image: GalleryImage) => GalleryImage,
): ImagePage[] {
  return pages.map((page) => ({ ...page, images: page.images.map(update) }));
}

export function replaceImage(pages: readonly ImagePage[], next: GalleryImage): ImagePage[] {
  return mapImages(pages, (image) => (image.id === next.id ? next : image));
}

export function removeImages(pages: readonly ImagePage[], ids: ReadonlySet<string>): ImagePage[] {
  return pages.map((page) => ({
    ...page,
    images: page.images.filter((image) => !ids.has(image.id)),
  }));
}

/**
 * The list with the images already on screen kept in the order they are shown; new ones take
 * their places from `images`. A refetch after uploads would otherwise swap tiles under the
 * user's eyes (and focus): uploads finishing together are placed as they finish, and
 * img.pro does not document the order of a list (docs/imgpro-api.md#listing-sort-order).
 */
export function keepShownOrder(
  shown: readonly string[],
  images: readonly GalleryImage[],
): GalleryImage[] {
  const rank = new Map(shown.map((id, index) => [id, index]));
  const known = images
    .filter((image) => rank.has(image.id))
    .sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  let next = 0;
  return images.map((image) => (rank.has(image.id) ? (known[next++] ?? image) : image));
}

/** Whether `images` are exactly the ids in `ids`, in that order. */
export function sameOrder(images: readonly GalleryImage[], ids: readonly string[]): boolean {
  return images.length === ids.length && images.every((image, index) => image.id === ids[index]);
}

/** The previous and next image around `id` in the list, when it is loaded. */
export function neighbours(order: readonly string[], id: string) {
  const index = order.indexOf(id);
  return {
    previous: index > 0 ? (order[index - 1] ?? null) : null,
    next: index !== -1 && index < order.length - 1 ? (order[index + 1] ?? null) : null,
  };
}
