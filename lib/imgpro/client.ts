import "server-only";
import { getConfig } from "@/lib/env";
import { ImgProError, parseErrorBody } from "./errors";
import { readQuota, type Quota } from "./quota";
import { sleep } from "@/lib/sleep";

/**
 * The one function that talks to img.pro. It adds the machine secret (and `X-Img-User` when
 * acting for a user), puts a timeout on every attempt, turns any error envelope into an
 * ImgProError, reads the quota headers, and retries only what is safe to repeat: GETs, and
 * writes that carry an Idempotency-Key, honouring Retry-After.
 */

export interface RequestOptions {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  /** The img.pro user to act for (`X-Img-User`); omit only for app-level calls. */
  user?: string;
  json?: unknown;
  /** A stream can be sent once only, so a request with one is never retried. */
  body?: BodyInit;
  headers?: Record<string, string>;
  idempotencyKey?: string;
  query?: Record<string, string | number | undefined>;
  /** Per attempt. */
  timeoutMs?: number;
  /** Total attempts for retryable requests. */
  attempts?: number;
  /** The longest Retry-After we wait for in-line; longer waits are the caller's to handle. */
  maxRetryWaitMs?: number;
  signal?: AbortSignal;
}

export interface ImgProResponse<T> {
  data: T;
  status: number;
  headers: Headers;
  quota: Quota | null;
}

const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);
const RETRYABLE_CODES = new Set(["idempotency_key_in_progress"]);

export function isRetryable(error: ImgProError): boolean {
  return (
    error.status === 0 || RETRYABLE_STATUSES.has(error.status) || RETRYABLE_CODES.has(error.code)
  );
}

/** Backoff before attempt `attempt + 1`: Retry-After when given, else 300 ms, 1.2 s, … */
export function retryDelayMs(error: ImgProError, attempt: number): number {
  const retryAfter = error.retryAfter;
  if (retryAfter !== null) return retryAfter * 1000;
  return 300 * 4 ** (attempt - 1);
}

async function attempt<T>(url: string, init: RequestInit, timeoutMs: number, signal?: AbortSignal) {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      cache: "no-store",
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    const timedOut = timeout.aborted;
    throw new ImgProError(
      0,
      timedOut ? "timeout" : "network_error",
      timedOut ? "img.pro did not answer in time." : "img.pro could not be reached.",
    );
  }
  return readAnswer<T>(response.status, response.headers, await response.text());
}

/** img.pro's answer as data, or its error envelope as an ImgProError. */
export function readAnswer<T>(status: number, headers: Headers, text: string): ImgProResponse<T> {
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  if (status < 200 || status > 299) throw parseErrorBody(status, body, headers);
  return { data: body as T, status, headers, quota: readQuota(headers) };
}

/** What every call to img.pro carries: the machine secret and, for a user, `X-Img-User`. */
export function imgproHeaders(
  options: Pick<RequestOptions, "user" | "idempotencyKey" | "headers">,
): Record<string, string> {
  const headers: Record<string, string> = {
    accept: "application/json",
    authorization: `Bearer ${getConfig().imgpro.secretKey}`,
    ...options.headers,
  };
  if (options.user) headers["x-img-user"] = options.user;
  if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
  return headers;
}

/** The URL of an img.pro API path. */
export function imgproUrl(path: string, query?: RequestOptions["query"]): string {
  const url = new URL(`${getConfig().imgpro.apiUrl}${path}`);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== "") url.searchParams.set(name, String(value));
  }
  return url.toString();
}

export async function imgproRequest<T>(
  path: string,
  options: RequestOptions = {},
): Promise<ImgProResponse<T>> {
  const method = options.method ?? "GET";
  const headers = imgproHeaders(options);
  if (options.json !== undefined) headers["content-type"] = "application/json";

  const replayableBody = !(options.body instanceof ReadableStream);
  const retryable = (method === "GET" || Boolean(options.idempotencyKey)) && replayableBody;
  const attempts = retryable ? (options.attempts ?? 3) : 1;
  const maxWaitMs = options.maxRetryWaitMs ?? 10_000;
  const url = imgproUrl(path, options.query);

  for (let number = 1; ; number += 1) {
    const body = options.json !== undefined ? JSON.stringify(options.json) : options.body;
    const init: RequestInit & { duplex?: "half" } = { method, headers, body };
    // Streams need half duplex in Node's fetch.
    if (body instanceof ReadableStream) init.duplex = "half";
    try {
      return await attempt<T>(
        url,
        init,
        options.timeoutMs ?? getConfig().callTimeoutMs,
        options.signal,
      );
    } catch (error) {
      if (!(error instanceof ImgProError) || number >= attempts || !isRetryable(error)) throw error;
      const delay = retryDelayMs(error, number);
      if (delay > maxWaitMs) throw error;
      await sleep(delay, options.signal);
    }
  }
}
