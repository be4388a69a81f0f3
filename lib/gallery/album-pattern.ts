/**
 * img.pro's namespace rule (API Reference): 2–64 lowercase letters, digits and hyphens.
 * A module of its own so that the gallery's filters, which need only the pattern, bring none
 * of the album editor's messages (lib/gallery/albums.ts) into the page's first download.
 */
export const ALBUM_PATTERN = /^[a-z0-9-]{2,64}$/;
