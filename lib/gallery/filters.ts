import { ALBUM_PATTERN } from "./album-pattern";
import { MAX_TAGS, splitTags, tagProblem } from "./tags";
import { ROUTES } from "@/lib/routes";

/**
 * The gallery's filters live in the URL (`/gallery?tags=a,b&mode=all&album=name`), so a
 * filtered view can be shared, reloaded and navigated with Back. The API route speaks
 * img.pro's own names (`tags`, `tag_mode`, `namespace`, `cursor`).
 */
export interface GalleryFilters {
  tags: string[];
  mode: "any" | "all";
  /** An img.pro namespace, shown as an album. */
  album: string | null;
}

export const GALLERY_PAGE_SIZE = 30;
/** img.pro's namespace rule (API Reference): 2–64 lowercase letters, digits and hyphens. */
export const NAMESPACE_PATTERN = ALBUM_PATTERN;

export const NO_FILTERS: GalleryFilters = { tags: [], mode: "any", album: null };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function tagsFrom(value: string | undefined): string[] {
  return splitTags(value ?? "")
    .filter((tag) => !tagProblem(tag))
    .slice(0, MAX_TAGS);
}

/** Lenient: a hand-edited URL shows what it can rather than an error page. */
export function parseFilters(params: SearchParams): GalleryFilters {
  const tags = tagsFrom(first(params.tags));
  const album = first(params.album)?.trim().toLowerCase() ?? "";
  return {
    tags,
    mode: first(params.mode) === "all" ? "all" : "any",
    album: NAMESPACE_PATTERN.test(album) ? album : null,
  };
}

export function hasFilters(filters: GalleryFilters): boolean {
  return filters.tags.length > 0 || filters.album !== null;
}

/** The page's query string (without `?`); defaults are left out so URLs stay short. */
export function filtersToSearch(filters: GalleryFilters): string {
  const parts: string[] = [];
  if (filters.tags.length > 0) {
    parts.push(`tags=${filters.tags.map(encodeURIComponent).join(",")}`);
    if (filters.mode === "all") parts.push("mode=all");
  }
  if (filters.album) parts.push(`album=${encodeURIComponent(filters.album)}`);
  return parts.join("&");
}

export function galleryHref(filters: GalleryFilters): string {
  const search = filtersToSearch(filters);
  return search ? `${ROUTES.gallery}?${search}` : ROUTES.gallery;
}

/** The URL of one page of the list, for SWR. */
export function listUrl(filters: GalleryFilters, cursor: string | null): string {
  const params = new URLSearchParams();
  if (filters.tags.length > 0) {
    params.set("tags", filters.tags.join(","));
    params.set("tag_mode", filters.mode);
  }
  if (filters.album) params.set("namespace", filters.album);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/api/images?${query}` : "/api/images";
}

/** Whether an image belongs in a list with these filters (for images added on the client). */
export function matchesFilters(
  image: { tags: readonly string[]; namespace: string | null },
  filters: GalleryFilters,
): boolean {
  if (filters.album && image.namespace !== filters.album) return false;
  if (filters.tags.length === 0) return true;
  return filters.mode === "all"
    ? filters.tags.every((tag) => image.tags.includes(tag))
    : filters.tags.some((tag) => image.tags.includes(tag));
}
