import { ApiError, validationError } from "../errors";
import { CappedBuffer } from "./collect";
import { MAX_BYTES, describeLimit } from "./formats";

export const IMPORT_TIMEOUT_MS = 30_000;

/**
 * fetch_failed answers 422: the request was understood but the URL it names could not be
 * fetched. That is the caller's input, like a validation error, and a retry of the same
 * request will not help unless the source changes; a 5xx would invite blind retries.
 */
function fetchFailed(message: string): ApiError {
  return new ApiError(422, "fetch_failed", message);
}

/** Only absolute http(s) URLs can be imported. */
export function parseImportUrl(value: unknown): URL {
  if (typeof value !== "string" || !value.trim()) {
    throw validationError({ url: "A url to import is required." });
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw validationError({ url: "The url must be an absolute http(s) URL." });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw validationError({ url: "Only http and https URLs can be imported." });
  }
  return url;
}

/** The filename an import gets: the URL's last path segment, when there is one. */
export function filenameFromUrl(url: URL): string | null {
  const segment = url.pathname.split("/").pop() ?? "";
  try {
    return decodeURIComponent(segment).trim() || null;
  } catch {
    return segment || null;
  }
}

/**
 * Fetches an import source the way img.pro does: with a 30 s timeout and the upload size
 * limits, streaming so an oversized source is cut off rather than held. Real img.pro fetches
 * public addresses only; the emulator also allows loopback and private addresses because it
 * runs on loopback itself, where tests and local apps serve their images.
 */
export async function fetchSource(url: URL, maxBytes = MAX_BYTES): Promise<Buffer> {
  const signal = AbortSignal.timeout(IMPORT_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: "follow", headers: { accept: "image/*" } });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    throw fetchFailed(
      timedOut
        ? `The URL did not answer within ${IMPORT_TIMEOUT_MS / 1000} seconds.`
        : "The URL could not be reached.",
    );
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw fetchFailed(
      `The URL answered HTTP ${response.status}; only 2xx responses can be imported.`,
    );
  }
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw validationError({ url: describeLimit(maxBytes) });
  }
  const buffer = new CappedBuffer(maxBytes);
  const reader = response.body?.getReader();
  try {
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer.push(Buffer.from(value));
      if (buffer.exceeded !== null) {
        await reader.cancel();
        break;
      }
    }
  } catch {
    throw fetchFailed("The connection broke or timed out while downloading the URL.");
  }
  const tooLarge = buffer.error("url");
  if (tooLarge) throw tooLarge;
  return buffer.bytes();
}
