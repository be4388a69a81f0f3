import type { CustomValue } from "@/lib/imgpro/types";

/**
 * Custom fields as the detail view edits them. The caption and the alt text have inputs of
 * their own: the caption is the custom field `caption` (the newest API's Image object has a
 * `caption` of that name, so both generations read it back) and the alt text `alt_text`, the
 * name the API Reference uses. A `description` from older uploads is shown as the caption
 * until one is saved.
 */
export const CAPTION_FIELD = "caption";
export const ALT_TEXT_FIELD = "alt_text";
const DEDICATED: Record<string, string> = {
  caption: "Use the Caption field above for the caption.",
  description: "Use the Caption field above for the caption.",
  alt_text: "Use the Alt text field above for the alt text.",
};

export const MAX_FIELD_KEY_LENGTH = 64;
export const MAX_TEXT_LENGTH = 1000;
/** Our own rule (img.pro documents none): safe as a JSON key and as a multipart field name. */
export const FIELD_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** Why a custom field name cannot be used, or null. `reserved`: names img.pro ignores. */
export function fieldKeyProblem(key: string, reserved: ReadonlySet<string>): string | null {
  if (!key) return "Give the field a name.";
  const dedicated = DEDICATED[key.toLowerCase()];
  if (dedicated) return dedicated;
  if (reserved.has(key))
    return `"${key}" is a name img.pro reserves and would ignore. Choose another name.`;
  if (!FIELD_KEY_PATTERN.test(key))
    return `Field names start with a letter and use only letters, digits, "_" and "-" (at most ${MAX_FIELD_KEY_LENGTH}).`;
  return null;
}

export function fieldValueProblem(value: string): string | null {
  if (!value.trim()) return "Give the field a value, or remove it.";
  if (value.length > MAX_TEXT_LENGTH) return `At most ${MAX_TEXT_LENGTH} characters.`;
  return null;
}

export interface FieldRow {
  /** Stable React key for the row. */
  rowId: string;
  /** The field's name on img.pro; null for a row added in this edit. */
  original: string | null;
  key: string;
  value: string;
}

/** The editable rows of an image's custom fields (the dedicated ones have their own inputs). */
export function rowsFromFields(fields: Record<string, CustomValue>): FieldRow[] {
  return Object.entries(fields)
    .filter(([key]) => !(key.toLowerCase() in DEDICATED))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ rowId: `field-${key}`, original: key, key, value: String(value) }));
}

export interface DetailsDraft {
  caption: string;
  altText: string;
  rows: FieldRow[];
}

export interface DetailsChange {
  caption?: string | null;
  altText?: string | null;
  fields?: Record<string, string | null>;
}

export type DetailsDiff =
  | { ok: true; change: DetailsChange; what: string; parts: string[]; empty: boolean }
  | { ok: false; error: string; rowErrors: Record<string, string>; captionError?: string };

const textOrNull = (value: string) => (value.trim() ? value.trim() : null);

/** "the caption, the tags and the album": what a save changed, for its message. */
export function describe(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? "your changes";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * What to send for an edit of the caption, alt text and custom fields: only what changed,
 * with `null` for a removed (or renamed) field. `what` names the change for messages.
 */
export function diffDetails(
  current: { caption: string | null; altText: string | null; fields: Record<string, CustomValue> },
  draft: DetailsDraft,
  reserved: ReadonlySet<string>,
): DetailsDiff {
  const rowErrors: Record<string, string> = {};
  const seen = new Set<string>();
  for (const row of draft.rows) {
    const key = row.key.trim();
    const problem =
      fieldKeyProblem(key, reserved) ??
      (seen.has(key) ? `There is already a field named "${key}".` : null) ??
      fieldValueProblem(row.value);
    if (problem) rowErrors[row.rowId] = problem;
    seen.add(key);
  }
  const tooLong = [draft.caption, draft.altText].some((text) => text.length > MAX_TEXT_LENGTH);
  if (Object.keys(rowErrors).length > 0 || tooLong) {
    return {
      ok: false,
      error: tooLong
        ? `The caption and alt text can be at most ${MAX_TEXT_LENGTH} characters.`
        : "Some custom fields need fixing before they can be saved.",
      rowErrors,
      ...(tooLong ? { captionError: `At most ${MAX_TEXT_LENGTH} characters.` } : {}),
    };
  }

  const change: DetailsChange = {};
  const parts: string[] = [];
  const caption = textOrNull(draft.caption);
  if (caption !== (current.caption ?? null)) {
    change.caption = caption;
    parts.push("the caption");
  }
  const altText = textOrNull(draft.altText);
  if (altText !== (current.altText ?? null)) {
    change.altText = altText;
    parts.push("the alt text");
  }

  const fields: Record<string, string | null> = {};
  const kept = new Set(draft.rows.map((row) => row.original).filter((key) => key !== null));
  for (const key of Object.keys(current.fields)) {
    if (!(key.toLowerCase() in DEDICATED) && !kept.has(key)) fields[key] = null;
  }
  for (const row of draft.rows) {
    const key = row.key.trim();
    if (row.original !== null && row.original !== key) fields[row.original] = null;
    const before = row.original === key ? current.fields[key] : undefined;
    if (before === undefined || String(before) !== row.value) fields[key] = row.value;
  }
  const fieldNames = Object.keys(fields);
  if (fieldNames.length > 0) {
    change.fields = fields;
    const [only] = fieldNames;
    parts.push(
      fieldNames.length > 1
        ? "the custom fields"
        : fields[only as string] === null
          ? `the removal of the field "${only}"`
          : `the field "${only}"`,
    );
  }
  return { ok: true, change, what: describe(parts), parts, empty: parts.length === 0 };
}
