/**
 * Tag rules, the API Reference's: at most 10 per image, at most 50 characters each,
 * lowercased. Commas separate tags wherever they are typed (splitTags): they travel
 * comma-separated (filters, uploads), so a tag can't contain one.
 */
export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 50;

export function normalizeTag(raw: string): string {
  return raw.trim().toLowerCase();
}

/** Why a single (normalized) tag is not acceptable, or null. */
export function tagProblem(tag: string): string | null {
  if (!tag) return "Type a tag first.";
  if (tag.includes(",")) return "A tag can't contain a comma.";
  if (tag.length > MAX_TAG_LENGTH)
    return `A tag can be at most ${MAX_TAG_LENGTH} characters (this one has ${tag.length}).`;
  return null;
}

/** The tags of a comma-separated list, normalized and deduplicated, empty entries dropped. */
export function splitTags(input: string): string[] {
  return [...new Set(input.split(",").map(normalizeTag).filter(Boolean))];
}
