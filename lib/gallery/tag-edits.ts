import { MAX_TAGS, splitTags, tagProblem } from "./tags";

/*
 * Changing tags: an image's tag field and the batch tools. Apart from the rules in ./tags,
 * which the gallery's filters need with the page; these load with the tools that use them.
 */

export type TagCheck = { ok: true; tags: string[] } | { ok: false; error: string };

/**
 * Adding what was typed into an image's tag input to its tags. Typed the way every tag
 * field takes them (commas separate tags, parsed by splitTags), so "golden hour, travel"
 * adds two. Tags the image already has are skipped; the message says why nothing was added.
 */
export function addTags(existing: readonly string[], raw: string): TagCheck {
  const typed = splitTags(raw);
  if (typed.length === 0) return { ok: false, error: "Type a tag first." };
  for (const tag of typed) {
    const problem = tagProblem(tag);
    if (problem) return { ok: false, error: problem };
  }
  const added = typed.filter((tag) => !existing.includes(tag));
  if (added.length === 0)
    return {
      ok: false,
      error:
        typed.length === 1
          ? `This image already has the tag "${typed[0]}".`
          : "This image already has these tags.",
    };
  const tags = [...existing, ...added];
  if (tags.length > MAX_TAGS)
    return {
      ok: false,
      error: `An image can have at most ${MAX_TAGS} tags. Remove ${tags.length - MAX_TAGS === 1 ? "one" : tags.length - MAX_TAGS} first.`,
    };
  return { ok: true, tags };
}

/** A comma-separated list typed by the user (batch tagging), checked. */
export function parseTagList(input: string): TagCheck {
  const tags = splitTags(input);
  if (tags.length === 0) return { ok: false, error: "Type at least one tag." };
  for (const tag of tags) {
    const problem = tagProblem(tag);
    if (problem) return { ok: false, error: problem };
  }
  if (tags.length > MAX_TAGS) return { ok: false, error: `At most ${MAX_TAGS} tags at a time.` };
  return { ok: true, tags };
}

export type TagMode = "add" | "remove";

export function applyTagMode(current: readonly string[], tags: readonly string[], mode: TagMode) {
  return mode === "remove"
    ? current.filter((tag) => !tags.includes(tag))
    : [...new Set([...current, ...tags])];
}

/**
 * img.pro refuses a whole batch when one image would end up with too many tags, so the
 * grid checks what it can before asking (images it has not loaded are img.pro's to check).
 */
export function firstOverTagLimit<T extends { tags: readonly string[] }>(
  images: readonly T[],
  tags: readonly string[],
): T | null {
  return images.find((image) => applyTagMode(image.tags, tags, "add").length > MAX_TAGS) ?? null;
}
