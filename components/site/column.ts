/**
 * The content column every page, the header and the footer share, as wide as the gallery's
 * six tiles a row, so their left and right edges line up at every width. A page adds its own
 * vertical padding, and text pages their own narrower measure inside it.
 */
export const CONTENT_COLUMN = "mx-auto w-full max-w-7xl px-3 sm:px-6";
