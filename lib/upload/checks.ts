import { formatBytes } from "@/lib/format";
import { IMGPRO_MAX_UPLOAD_BYTES, SVG_MAX_UPLOAD_BYTES } from "@/lib/limits";
import {
  CONTENT_TYPES,
  FORMAT_NAMES,
  RESIZABLE_FORMATS,
  formatOfFile,
  type UploadFormat,
} from "./formats";

/**
 * What happens to a file before anything is sent: refused with a reason, sent as is, or
 * re-encoded in the browser because it is above this deployment's request-body limit.
 */

export type FileCheck =
  | { ok: false; reason: string }
  | {
      ok: true;
      format: UploadFormat;
      contentType: string;
      /** Set when the file must be re-encoded to fit under this many bytes. */
      reencodeTo: number | null;
    };

export function limitMessage(limit: number): string {
  return `This file is larger than this app's ${formatBytes(limit)} upload limit.`;
}

export function checkFile(
  file: { name: string; type: string; size: number },
  maxUploadBytes: number,
): FileCheck {
  const format = formatOfFile(file);
  if (!format) return { ok: false, reason: `Not a supported image. Use ${FORMAT_NAMES}.` };
  if (file.size === 0) return { ok: false, reason: "This file is empty (0 bytes)." };
  if (format === "svg" && file.size > SVG_MAX_UPLOAD_BYTES) {
    return { ok: false, reason: `SVG files can be at most ${formatBytes(SVG_MAX_UPLOAD_BYTES)}.` };
  }
  if (file.size > IMGPRO_MAX_UPLOAD_BYTES)
    return { ok: false, reason: `Files can be at most ${formatBytes(IMGPRO_MAX_UPLOAD_BYTES)}.` };
  const contentType = CONTENT_TYPES[format];
  const limit = Math.min(maxUploadBytes, IMGPRO_MAX_UPLOAD_BYTES);
  if (file.size <= limit) return { ok: true, format, contentType, reencodeTo: null };
  if (RESIZABLE_FORMATS.has(format)) return { ok: true, format, contentType, reencodeTo: limit };
  return { ok: false, reason: limitMessage(limit) };
}
