import "server-only";
/**
 * Every error code img.pro's docs name, gathered from the API Reference's error list, the
 * newest error reference and the App API page (the generations name different ones, and an
 * app meets all of them). Plus the few codes our own client gives an answer it could not
 * read or never got. Client-safe: no secret in here.
 */

/** The API Reference's error list. */
export const API_REFERENCE_CODES = [
  "unauthorized",
  "forbidden",
  "quota_exceeded",
  "registration_closed",
  "key_limit_reached",
  "not_found",
  "external_id_duplicate",
  "validation_error",
  "rate_limited",
  "upload_failed",
  "import_failed",
  "fetch_failed",
] as const;

/** Codes only the newest error reference lists. */
export const NEWEST_CODES = [
  "bad_request",
  "media_locked",
  "idempotency_key_conflict",
  "idempotency_key_in_progress",
  "update_failed",
  "delete_failed",
] as const;

/** The App API's own codes (hosted login, users, billing). */
export const APP_API_CODES = [
  "invalid_code",
  "user_forbidden",
  "app_suspended",
  "already_subscribed",
  "invalid_target_url",
] as const;

/** Given by lib/imgpro/client itself: img.pro did not answer, or answered unreadably. */
export const CLIENT_CODES = ["timeout", "network_error", "invalid_response"] as const;

export const KNOWN_CODES = [
  ...API_REFERENCE_CODES,
  ...NEWEST_CODES,
  ...APP_API_CODES,
  ...CLIENT_CODES,
] as const;

export type KnownErrorCode = (typeof KNOWN_CODES)[number];

/**
 * A code from an answer. img.pro may add codes any time, so any string is accepted, while
 * the known ones still autocomplete and can be switched over exhaustively.
 */
export type ImgProErrorCode = KnownErrorCode | (string & {});

const KNOWN: ReadonlySet<string> = new Set(KNOWN_CODES);

export function isKnownCode(code: string): code is KnownErrorCode {
  return KNOWN.has(code);
}
