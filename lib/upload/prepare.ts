import { formatBytes } from "@/lib/format";
import { sha256Hex } from "./hash";
import { reencodeToFit } from "./reencode";
import type { PreparedUpload } from "./transport";

/**
 * Turns an accepted file into what is sent: re-encoded first when it is above the upload
 * limit, then hashed, so the external_id is always the hash of the bytes actually sent.
 */
export class PrepareError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PrepareError";
  }
}

export interface Prepared extends PreparedUpload {
  /** Shown on the row, e.g. that the file was resized to fit. */
  note: string | null;
}

export async function prepareUpload(
  file: File,
  accepted: { contentType: string; reencodeTo: number | null },
): Promise<Prepared> {
  let upload: PreparedUpload = {
    body: file,
    filename: file.name,
    contentType: accepted.contentType,
    externalId: null,
  };
  let note: string | null = null;
  if (accepted.reencodeTo !== null) {
    const limit = formatBytes(accepted.reencodeTo);
    let smaller;
    try {
      smaller = await reencodeToFit(file, accepted.reencodeTo);
    } catch {
      throw new PrepareError(
        `This image could not be read to resize it under the ${limit} upload limit.`,
      );
    }
    if (!smaller)
      throw new PrepareError(
        `This image could not be made smaller than the ${limit} upload limit.`,
      );
    upload = { ...upload, body: smaller.blob, filename: smaller.name, contentType: smaller.type };
    note = `Resized to fit the ${limit} upload limit`;
  }
  let externalId: string | null;
  try {
    externalId = await sha256Hex(upload.body);
  } catch {
    throw new PrepareError("This file could not be read. It may have been moved or deleted.");
  }
  return { ...upload, externalId, note };
}
