import { ALBUM_PATTERN } from "./album-pattern";

/**
 * Albums are img.pro namespaces (the rule is ALBUM_PATTERN). What people type
 * ("Summer 2026") is turned into one.
 */

export function normalizeAlbum(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
    .replace(/-{2,}/g, "-");
}

/** Why a (normalized) album name is not acceptable, or null. */
export function albumProblem(name: string): string | null {
  if (!name) return "Type an album name.";
  if (name.length < 2) return "An album name needs at least 2 characters.";
  if (name.length > 64)
    return `An album name can be at most 64 characters (this one has ${name.length}).`;
  if (!ALBUM_PATTERN.test(name)) return "Album names use only letters, digits and hyphens.";
  return null;
}
