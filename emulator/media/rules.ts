import type { CustomValue } from "../state";

/** Names the API Reference reserves: never stored as custom fields, silently ignored. */
export const RESERVED_FIELDS = new Set(
  "id name url src width height filesize status tags namespace external_id date editable expires_at created_at sizes public ttl file".split(
    " ",
  ),
);

export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 50;
const NAMESPACE = /^[a-z0-9-]{2,64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const MAX_TEXT = 255;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(error: string): Checked<T> => ({ ok: false, error });

/**
 * Tags are trimmed, lowercased and deduplicated; empty entries are dropped. A comma string
 * (multipart) or an array of strings (JSON) is accepted.
 */
export function checkTags(value: unknown): Checked<string[]> {
  const parts =
    typeof value === "string"
      ? value.split(",")
      : Array.isArray(value)
        ? (value as unknown[])
        : null;
  if (!parts || parts.some((part) => typeof part !== "string")) {
    return fail("Tags must be a comma-separated string or an array of strings.");
  }
  const tags = [
    ...new Set((parts as string[]).map((tag) => tag.trim().toLowerCase()).filter(Boolean)),
  ];
  if (tags.length > MAX_TAGS) return fail(`At most ${MAX_TAGS} tags.`);
  const long = tags.find((tag) => tag.length > MAX_TAG_LENGTH);
  if (long)
    return fail(`Each tag can be at most ${MAX_TAG_LENGTH} characters ("${long.slice(0, 20)}…").`);
  return ok(tags);
}

export function checkNamespace(value: unknown): Checked<string> {
  if (typeof value !== "string" || !NAMESPACE.test(value)) {
    return fail("A namespace is 2–64 characters: lowercase letters, digits and hyphens.");
  }
  return ok(value);
}

export function checkDate(value: unknown): Checked<string> {
  if (
    typeof value !== "string" ||
    !DATE.test(value.trim()) ||
    Number.isNaN(Date.parse(value.trim()))
  ) {
    return fail("Use a date like 2024-01-15.");
  }
  return ok(value.trim());
}

/** `name` and `external_id`: non-empty strings of at most 255 characters. */
export function checkText(value: unknown, label: string): Checked<string> {
  if (typeof value !== "string" || !value.trim())
    return fail(`${label} must be a non-empty string.`);
  if (value.trim().length > MAX_TEXT)
    return fail(`${label} can be at most ${MAX_TEXT} characters.`);
  return ok(value.trim());
}

export function isCustomValue(value: unknown): value is CustomValue {
  return (
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

export const CUSTOM_TYPE_ERROR =
  "Custom fields must be strings, numbers or booleans (null removes one).";

/** Applies a tag batch operation. */
export function applyTagMode(
  current: string[],
  tags: string[],
  mode: "add" | "remove" | "replace",
) {
  if (mode === "replace") return [...tags];
  if (mode === "remove") return current.filter((tag) => !tags.includes(tag));
  return [...new Set([...current, ...tags])];
}
