import "server-only";
import { finiteNumber, isObject } from "@/lib/json";
import type { ImgProErrorCode } from "./error-codes";

/**
 * One error class for everything img.pro answers with, whichever envelope generation it
 * speaks: the newest nests `{ error: { type, code, message, action, usage, details } }`,
 * older ones put `{ error: "<code>", message, action: { seconds } }` at the top level.
 */

export interface ErrorAction {
  type: string;
  url: string | null;
  label: string | null;
  /** Seconds to wait (`retry_after`, or the older `seconds`). */
  retryAfter: number | null;
}

export class ImgProError extends Error {
  constructor(
    /** HTTP status; 0 when img.pro could not be reached or did not answer in time. */
    readonly status: number,
    readonly code: ImgProErrorCode,
    message: string,
    readonly extras: {
      type?: string | null;
      action?: ErrorAction | null;
      details?: Record<string, string[]>;
      usage?: Record<string, unknown> | null;
      retryAfter?: number | null;
    } = {},
  ) {
    super(message);
    this.name = "ImgProError";
  }

  get action(): ErrorAction | null {
    return this.extras.action ?? null;
  }
  get details(): Record<string, string[]> {
    return this.extras.details ?? {};
  }
  /** Seconds img.pro asked us to wait, from Retry-After or the error's wait action. */
  get retryAfter(): number | null {
    return this.extras.retryAfter ?? this.action?.retryAfter ?? null;
  }
}

const asString = (value: unknown): string | null => (typeof value === "string" ? value : null);
const asNumber = finiteNumber;

function parseAction(value: unknown): ErrorAction | null {
  if (!isObject(value) || typeof value.type !== "string") return null;
  return {
    type: value.type,
    url: asString(value.url),
    label: asString(value.label),
    retryAfter: asNumber(value.retry_after) ?? asNumber(value.seconds),
  };
}

function parseDetails(value: unknown): Record<string, string[]> {
  if (!isObject(value)) return {};
  const details: Record<string, string[]> = {};
  for (const [field, reasons] of Object.entries(value)) {
    const list = (Array.isArray(reasons) ? reasons : [reasons]).filter(
      (reason): reason is string => typeof reason === "string",
    );
    if (list.length > 0) details[field] = list;
  }
  return details;
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Codes for answers without a readable envelope: the documented one a status implies. */
const FALLBACK_CODES: Record<number, ImgProErrorCode> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "validation_error",
  422: "validation_error",
  429: "rate_limited",
  503: "service_unavailable",
};

export function parseErrorBody(status: number, body: unknown, headers?: Headers): ImgProError {
  const retryAfter = parseRetryAfter(headers?.get("retry-after") ?? null);
  const fallbackCode = FALLBACK_CODES[status] ?? (status >= 500 ? "server_error" : "unknown_error");
  const fallbackMessage = `img.pro answered ${status}.`;
  if (isObject(body) && isObject(body.error)) {
    const error = body.error;
    return new ImgProError(
      status,
      asString(error.code) ?? fallbackCode,
      asString(error.message) ?? fallbackMessage,
      {
        type: asString(error.type),
        action: parseAction(error.action),
        details: parseDetails(error.details),
        usage: isObject(error.usage) ? error.usage : null,
        retryAfter,
      },
    );
  }
  if (isObject(body) && typeof body.error === "string") {
    return new ImgProError(status, body.error, asString(body.message) ?? fallbackMessage, {
      action: parseAction(body.action),
      details: parseDetails(body.errors ?? body.details),
      usage: isObject(body.usage) ? body.usage : null,
      retryAfter,
    });
  }
  return new ImgProError(status, fallbackCode, fallbackMessage, { retryAfter });
}
