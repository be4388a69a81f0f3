/** The heading that names the detail's dialog: the image's name, or what went wrong. */
export const DETAIL_TITLE_ID = "image-detail-title";
