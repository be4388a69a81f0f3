import type { GalleryImage } from "@/lib/imgpro/types";
import type { UsageSnapshot } from "@/lib/usage-snapshot";
import { formatBytes } from "@/lib/format";
import { SVG_MAX_UPLOAD_BYTES } from "@/lib/limits";
import { limitMessage } from "./checks";
import { FORMAT_NAMES, formatOfType, normalizeType } from "./formats";
import { toHex } from "@/lib/hex";

/**
 * What the browser and POST /api/uploads agree on. The body is the file's raw bytes; what
 * img.pro needs besides them travels in headers, checked here by the route.
 */
export const UPLOAD_ENDPOINT = "/api/uploads";

export const UPLOAD_HEADERS = {
  filename: "X-Filename",
  externalId: "X-External-Id",
  idempotencyKey: "Idempotency-Key",
} as const;

export const MAX_FILENAME_LENGTH = 255;
const EXTERNAL_ID = /^[0-9a-f]{64}$/;
// RFC 3986 unreserved characters: safe in any header, log line or URL.
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._~-]{8,255}$/;

export interface UploadSuccessBody {
  image: GalleryImage;
  deduplicated: boolean;
  usage: UsageSnapshot | null;
}

export interface UploadErrorBody {
  error: { code: string; message: string; retryAfter?: number; upgradeUrl?: string };
}

export function isValidIdempotencyKey(value: string): boolean {
  return IDEMPOTENCY_KEY.test(value);
}

/** A fresh key; getRandomValues also works where randomUUID does not (plain http). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}

export function encodeFilename(name: string): string {
  return encodeURIComponent(name.slice(0, MAX_FILENAME_LENGTH));
}

export interface UploadRequest {
  filename: string;
  contentType: string;
  bytes: number;
  externalId: string | null;
  idempotencyKey: string;
}

export type HeaderCheck =
  { ok: true; value: UploadRequest } | { ok: false; status: number; code: string; message: string };

const refuse = (status: number, code: string, message: string): HeaderCheck => ({
  ok: false,
  status,
  code,
  message,
});

function readFilename(header: string | null): string | null {
  if (!header) return null;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    return null;
  }
  // A name only: no directories, no control characters that could break a multipart header.
  name = (name.split(/[\\/]/).pop() ?? "").trim();
  if (!name || name.length > MAX_FILENAME_LENGTH || /[\u0000-\u001f\u007f]/.test(name)) return null;
  return name;
}

/** Checks an upload's headers before a byte is read or img.pro is called. */
export function checkUploadHeaders(
  headers: Pick<Headers, "get">,
  maxUploadBytes: number,
): HeaderCheck {
  const length = headers.get("content-length");
  if (length === null || !/^\d+$/.test(length.trim())) {
    return refuse(411, "length_required", "Send the file with a Content-Length header.");
  }
  const bytes = Number(length);
  if (bytes === 0) return refuse(422, "validation_error", "This file is empty (0 bytes).");
  if (bytes > maxUploadBytes) return refuse(413, "too_large", limitMessage(maxUploadBytes));

  const contentType = normalizeType(headers.get("content-type") ?? "");
  const format = formatOfType(contentType);
  if (!format) {
    return refuse(415, "unsupported_type", `Send a ${FORMAT_NAMES}.`);
  }
  if (format === "svg" && bytes > SVG_MAX_UPLOAD_BYTES) {
    return refuse(
      413,
      "too_large",
      `SVG files can be at most ${formatBytes(SVG_MAX_UPLOAD_BYTES)}.`,
    );
  }

  const filename = readFilename(headers.get(UPLOAD_HEADERS.filename));
  if (!filename) {
    return refuse(
      400,
      "invalid_filename",
      `${UPLOAD_HEADERS.filename} must be a percent-encoded file name of at most ${MAX_FILENAME_LENGTH} characters.`,
    );
  }
  // Optional: a browser outside a secure context cannot hash, and the upload still works
  // (without de-duplication). When sent, it must be a SHA-256 in hex.
  const externalId = headers.get(UPLOAD_HEADERS.externalId)?.trim().toLowerCase() || null;
  if (externalId !== null && !EXTERNAL_ID.test(externalId)) {
    return refuse(
      400,
      "invalid_external_id",
      `${UPLOAD_HEADERS.externalId} must be 64 hex digits.`,
    );
  }
  const idempotencyKey = headers.get(UPLOAD_HEADERS.idempotencyKey)?.trim() ?? "";
  if (!isValidIdempotencyKey(idempotencyKey)) {
    return refuse(
      400,
      "invalid_idempotency_key",
      `${UPLOAD_HEADERS.idempotencyKey} must be 8 to 255 URL-safe characters.`,
    );
  }
  return { ok: true, value: { filename, contentType, bytes, externalId, idempotencyKey } };
}
