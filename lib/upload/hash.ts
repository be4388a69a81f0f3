import { toHex } from "@/lib/hex";

/**
 * The SHA-256 of a file's bytes in hex, sent as img.pro's `external_id` so the same bytes
 * uploaded again come back as "already in your gallery" instead of a second copy.
 * Null where the browser offers no SubtleCrypto (pages served over plain http, other than
 * localhost): the upload then goes without de-duplication.
 */
export async function sha256Hex(blob: Blob): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest("SHA-256", await blob.arrayBuffer());
  return toHex(new Uint8Array(digest));
}
