import type { GalleryImage } from "@/lib/imgpro/types";
import { albumProblem, normalizeAlbum } from "./albums";
import type { ImageChange } from "./edits";
import { describe, diffDetails, rowsFromFields, type DetailsDraft } from "./fields";
import { addTags } from "./tag-edits";

/** Everything the detail panel edits, saved together by its one Save. */
export interface ImageDraft extends DetailsDraft {
  tags: string[];
  /** What is still in the tag input: saved too, as if Enter had been pressed. */
  tagText: string;
  /** As typed; empty means no album. */
  album: string;
}

export function draftFromImage(image: GalleryImage): ImageDraft {
  return {
    caption: image.caption ?? "",
    altText: image.altText ?? "",
    rows: rowsFromFields(image.fields),
    tags: [...image.tags],
    tagText: "",
    album: image.namespace ?? "",
  };
}

export type ImageEditDiff =
  | { ok: true; change: ImageChange; what: string; empty: boolean }
  | {
      ok: false;
      error: string;
      rowErrors: Record<string, string>;
      tagError?: string;
      albumError?: string;
    };

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((tag, index) => tag === b[index]);

/**
 * One save of the detail panel: caption, alt text and custom fields (diffDetails), the tags
 * and the album, only what changed. `what` names the change for the spoken status.
 */
export function diffImageEdit(
  image: GalleryImage,
  draft: ImageDraft,
  reserved: ReadonlySet<string>,
): ImageEditDiff {
  let tags = draft.tags;
  let tagError: string | undefined;
  if (draft.tagText.trim()) {
    const added = addTags(tags, draft.tagText);
    if (added.ok) tags = added.tags;
    else tagError = added.error;
  }
  const album = normalizeAlbum(draft.album);
  const albumError = album ? (albumProblem(album) ?? undefined) : undefined;

  const details = diffDetails(image, draft, reserved);
  if (!details.ok || tagError || albumError) {
    return {
      ok: false,
      // Each problem sits by its own field; this line only says why nothing was sent.
      error: !details.ok ? details.error : "Some fields need fixing before they can be saved.",
      rowErrors: details.ok ? {} : details.rowErrors,
      ...(tagError ? { tagError } : {}),
      ...(albumError ? { albumError } : {}),
    };
  }

  const change: ImageChange = { ...details.change };
  const parts = [...details.parts];
  if (!sameTags(tags, image.tags)) {
    change.tags = tags;
    parts.push("the tags");
  }
  const namespace = album || null;
  if (namespace !== (image.namespace ?? null)) {
    change.namespace = namespace;
    parts.push(namespace ? `the album "${namespace}"` : "the removal from the album");
  }
  return { ok: true, change, what: describe(parts), empty: parts.length === 0 };
}
