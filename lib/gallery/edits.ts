import type { CustomValue, GalleryImage } from "@/lib/imgpro/types";
import { ALT_TEXT_FIELD, CAPTION_FIELD } from "./fields";

/** One edit of an image, as the detail view makes it and updateImageAction takes it. */
export interface ImageChange {
  caption?: string | null;
  altText?: string | null;
  tags?: string[];
  public?: boolean;
  /** The album (img.pro namespace); null takes the image out of its album. */
  namespace?: string | null;
  fields?: Record<string, string | null>;
}

/**
 * The image as it will look once img.pro has taken the change: what the optimistic UI shows
 * until the answer comes back. A private image has no viewer page; one made public gets its
 * URL only from img.pro, so it stays hidden until then.
 */
export function applyChange(image: GalleryImage, change: ImageChange): GalleryImage {
  const fields: Record<string, CustomValue> = { ...image.fields };
  const set = (key: string, value: string | null | undefined) => {
    if (value === undefined) return;
    if (value === null) delete fields[key];
    else fields[key] = value;
  };
  for (const [key, value] of Object.entries(change.fields ?? {})) set(key, value);
  set(CAPTION_FIELD, change.caption);
  set(ALT_TEXT_FIELD, change.altText);

  const next: GalleryImage = {
    ...image,
    fields,
    caption: change.caption !== undefined ? change.caption : image.caption,
    altText: change.altText !== undefined ? change.altText : image.altText,
    tags: change.tags ?? image.tags,
    namespace: change.namespace !== undefined ? change.namespace : image.namespace,
  };
  if (change.public !== undefined) {
    next.public = change.public;
    next.pageUrl = change.public ? image.pageUrl : null;
  }
  return next;
}
