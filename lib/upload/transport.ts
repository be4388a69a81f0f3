import { formatDuration } from "@/lib/format";
import type { GalleryImage } from "@/lib/imgpro/types";
import { isObject } from "@/lib/json";
import type { UsageSnapshot } from "@/lib/usage-snapshot";
import { UPLOAD_ENDPOINT, UPLOAD_HEADERS, encodeFilename } from "./upload-contract";
import { busyMessage } from "@/lib/busy";

/**
 * Sends one file to POST /api/uploads with XMLHttpRequest, the only browser API that reports
 * upload progress (fetch does not), and reads the answer into a SendResult.
 */
export type SendResult =
  | { ok: true; image: GalleryImage; deduplicated: boolean; usage: UsageSnapshot | null }
  | {
      ok: false;
      /** 0 when there was no answer. */
      status: number;
      code: string;
      message: string;
      retryAfter: number | null;
      upgradeUrl: string | null;
    };

export interface PreparedUpload {
  body: Blob;
  filename: string;
  contentType: string;
  externalId: string | null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function seconds(value: unknown): number | null {
  const number = typeof value === "string" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) && number >= 0 ? number : null;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  0: "The connection was lost before the upload finished.",
  401: "Your session has ended. Sign in again to continue.",
  413: "This file is larger than the server accepts.",
  429: busyMessage(null),
  502: "img.pro could not be reached.",
  503: busyMessage(null),
  504: "img.pro did not answer in time.",
};

/** The route's JSON answer (or a platform's error page, e.g. a 413 from the host) as a result. */
export function readUploadResponse(
  status: number,
  text: string,
  retryAfterHeader: string | null,
): SendResult {
  const body = parseJson(text);
  if (status >= 200 && status < 300 && isObject(body) && isObject(body.image)) {
    return {
      ok: true,
      image: body.image as unknown as GalleryImage,
      deduplicated: body.deduplicated === true,
      usage: isObject(body.usage) ? (body.usage as unknown as UsageSnapshot) : null,
    };
  }
  const error = isObject(body) && isObject(body.error) ? body.error : {};
  const failedStatus = status >= 200 && status < 300 ? 502 : status;
  return {
    ok: false,
    status: failedStatus,
    code:
      typeof error.code === "string" ? error.code : status === 0 ? "network_error" : "http_error",
    message:
      typeof error.message === "string" && error.message
        ? error.message
        : (FALLBACK_MESSAGES[failedStatus] ?? `The upload failed (HTTP ${failedStatus}).`),
    retryAfter: seconds(error.retryAfter) ?? seconds(retryAfterHeader),
    upgradeUrl: typeof error.upgradeUrl === "string" ? error.upgradeUrl : null,
  };
}

/**
 * The server gives up on an upload after its own timeout and says why; the browser waits a
 * little longer, only to end a request whose answer never comes (a connection dropped
 * without a word, a stuck server), so no row is left spinning.
 */
export const BROWSER_TIMEOUT_GRACE_MS = 15_000;

export function browserTimeoutMs(serverTimeoutMs: number): number {
  return serverTimeoutMs + BROWSER_TIMEOUT_GRACE_MS;
}

/** The browser stopped waiting: the outcome is unknown, so Retry keeps the key. */
export function timedOut(timeoutMs: number): SendResult {
  return {
    ok: false,
    status: 0,
    code: "timeout",
    message: `No answer within ${formatDuration(timeoutMs)}, so the upload was stopped. Retry sends it again; it won't be stored twice.`,
    retryAfter: null,
    upgradeUrl: null,
  };
}

export function uploadHeaders(upload: PreparedUpload, idempotencyKey: string) {
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Content-Type": upload.contentType,
    [UPLOAD_HEADERS.filename]: encodeFilename(upload.filename),
    [UPLOAD_HEADERS.idempotencyKey]: idempotencyKey,
  };
  if (upload.externalId) headers[UPLOAD_HEADERS.externalId] = upload.externalId;
  return headers;
}

/**
 * Resolves with the answer, or a timeout result after `timeoutMs` with none; rejects with an
 * AbortError when `signal` aborts.
 */
export function sendUpload(
  upload: PreparedUpload,
  idempotencyKey: string,
  hooks: { onProgress(fraction: number): void; signal: AbortSignal; timeoutMs?: number },
): Promise<SendResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const aborted = () => reject(new DOMException("The upload was canceled.", "AbortError"));
    if (hooks.signal.aborted) return aborted();
    xhr.open("POST", UPLOAD_ENDPOINT);
    for (const [name, value] of Object.entries(uploadHeaders(upload, idempotencyKey))) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) hooks.onProgress(event.loaded / event.total);
    };
    xhr.onload = () =>
      resolve(
        readUploadResponse(xhr.status, xhr.responseText, xhr.getResponseHeader("Retry-After")),
      );
    xhr.onerror = () => resolve(readUploadResponse(0, "", null));
    if (hooks.timeoutMs) {
      xhr.timeout = hooks.timeoutMs;
      xhr.ontimeout = () => resolve(timedOut(xhr.timeout));
    }
    xhr.onabort = aborted;
    hooks.signal.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(upload.body);
  });
}
