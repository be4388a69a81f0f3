import type { Emulator } from "../context";
import { ApiError, validationError } from "../errors";
import type { ImageRecord, WorkspaceRecord } from "../state";
import { findByExternalId } from "./library";
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

type Patch = Partial<
  Pick<ImageRecord, "filename" | "date" | "tags" | "public" | "namespace" | "externalId">
>;

/** Wraps a check so `null` clears the field (dates, namespaces and external ids can be unset). */
const nullable =
  <T>(check: (value: unknown) => Checked<T>) =>
  (value: unknown): Checked<T | null> =>
    value === null ? { ok: true, value: null } : check(value);

const CHECKS: Record<string, { field: keyof Patch; check: (value: unknown) => Checked<unknown> }> =
  {
    name: { field: "filename", check: (value) => checkText(value, "name") },
    date: { field: "date", check: nullable(checkDate) },
    tags: {
      field: "tags",
      // The API Reference says an array replaces the tags; null is read as "no tags".
      check: (value) =>
        value === null
          ? { ok: true, value: [] }
          : Array.isArray(value)
            ? checkTags(value)
            : { ok: false, error: "tags must be an array of strings." },
    },
    public: {
      field: "public",
      check: (value) =>
        typeof value === "boolean"
          ? { ok: true, value }
          : { ok: false, error: "public must be a boolean." },
    },
    namespace: { field: "namespace", check: nullable(checkNamespace) },
    external_id: {
      field: "externalId",
      check: nullable((value) => checkText(value, "external_id")),
    },
  };

/**
 * PATCH /v1/media/:id with merge semantics: only the keys sent change. Every key is checked
 * before anything is applied, so a 422 leaves the image untouched. Reserved names that are
 * not settable (id, src, width…) are ignored silently, as the API Reference says.
 */
export function patchImage(
  emu: Emulator,
  workspace: WorkspaceRecord,
  image: ImageRecord,
  body: Record<string, unknown>,
): void {
  const details: Record<string, string> = {};
  const patch: Patch = {};
  const custom = { ...image.custom };
  for (const [key, value] of Object.entries(body)) {
    const known = CHECKS[key];
    if (known) {
      const result = known.check(value);
      if (result.ok) Object.assign(patch, { [known.field]: result.value });
      else details[key] = result.error;
    } else if (RESERVED_FIELDS.has(key)) {
      continue;
    } else if (value === null) {
      delete custom[key];
    } else if (isCustomValue(value)) {
      custom[key] = value;
    } else {
      details[key] = CUSTOM_TYPE_ERROR;
    }
  }
  if (Object.keys(details).length > 0) throw validationError(details);
  if (patch.externalId) {
    const other = findByExternalId(emu, workspace, patch.externalId);
    if (other && other.id !== image.id) {
      throw new ApiError(409, "external_id_duplicate", "Another media item uses this external_id.");
    }
  }
  Object.assign(image, patch, { custom });
  emu.store.changed();
}
