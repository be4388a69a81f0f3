/**
 * The content column every page, the header and the footer share, so their left and right
 * edges line up at every width. A page adds its own vertical padding.
 */
export const CONTENT_COLUMN = "mx-auto w-full max-w-5xl px-6";
