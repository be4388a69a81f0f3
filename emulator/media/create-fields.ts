import { validationError } from "../errors";
import type { CustomValue } from "../state";
import {
  CUSTOM_TYPE_ERROR,
  RESERVED_FIELDS,
  checkDate,
  checkNamespace,
  checkTags,
  checkText,
  isCustomValue,
  type Checked,
} from "./rules";
import { checkTtl } from "./ttl";

/** The optional fields every create endpoint takes, validated. */
export interface CreateFields {
  tags: string[];
  namespace: string | null;
  name: string | null;
  date: string | null;
  externalId: string | null;
  /** Seconds until the image expires; null keeps it. */
  ttl: number | null;
  custom: Record<string, CustomValue>;
}

function parseMetadata(value: unknown): Record<string, unknown> | string {
  let parsed = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return "metadata must be a JSON object.";
    }
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return "metadata must be a JSON object.";
  }
  return parsed as Record<string, unknown>;
}

function checkPublic(value: unknown): Checked<boolean> {
  if (value === true || value === "true") return { ok: true, value: true };
  if (value === false || value === "false") return { ok: true, value: false };
  return { ok: false, error: 'public must be "true" or "false".' };
}

const present = (value: unknown) => value !== undefined && value !== null && value !== "";

/**
 * Reads the fields shared by /v1/images, /v1/upload and /v1/import from multipart text
 * fields or a JSON body. Empty values count as absent (an HTML form sends every input).
 * Custom fields: `metadata` (a JSON object, or its string) first, then every other
 * non-reserved field, so a top-level field wins over the same key inside `metadata`.
 */
export function parseCreateFields(raw: Record<string, unknown>): CreateFields {
  const details: Record<string, string> = {};
  const fields: CreateFields = {
    tags: [],
    namespace: null,
    name: null,
    date: null,
    externalId: null,
    ttl: null,
    custom: {},
  };
  const take = <T>(key: string, check: (value: unknown) => Checked<T>, set: (value: T) => void) => {
    if (!present(raw[key])) return;
    const result = check(raw[key]);
    if (result.ok) set(result.value);
    else details[key] = result.error;
  };
  take("tags", checkTags, (value) => (fields.tags = value));
  take("namespace", checkNamespace, (value) => (fields.namespace = value));
  // "App API uploads are always public" (Building an app): a valid `public` is accepted and
  // ignored, even false, so an app never relies on a private upload. An invalid one is still
  // refused, the stricter of the two readings (img.pro may not look at the field at all).
  take("public", checkPublic, () => {});
  take(
    "name",
    (value) => checkText(value, "name"),
    (value) => (fields.name = value),
  );
  take("date", checkDate, (value) => (fields.date = value));
  // The API Reference documents ttl on upload and import; Building an app says the App API's
  // image surface is that API's, so POST /v1/images takes it too.
  take("ttl", checkTtl, (value) => (fields.ttl = value));
  take(
    "external_id",
    (value) => checkText(value, "external_id"),
    (value) => (fields.externalId = value),
  );

  const addCustom = (key: string, value: unknown, detailKey: string) => {
    if (RESERVED_FIELDS.has(key) || value === null || value === undefined) return;
    if (isCustomValue(value)) fields.custom[key] = value;
    else details[detailKey] = CUSTOM_TYPE_ERROR;
  };
  if (present(raw.metadata)) {
    const metadata = parseMetadata(raw.metadata);
    if (typeof metadata === "string") details.metadata = metadata;
    else
      for (const [key, value] of Object.entries(metadata)) addCustom(key, value, `metadata.${key}`);
  }
  for (const [key, value] of Object.entries(raw)) {
    if (key !== "metadata") addCustom(key, value, key);
  }

  if (Object.keys(details).length > 0) throw validationError(details);
  return fields;
}
