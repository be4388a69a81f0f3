import { busyMessage } from "@/lib/busy";

/**
 * When the browser tries an upload again by itself: only answers that say "later" (img.pro
 * busy or rate limited, a gateway hiccup, a lost connection, the same key still running),
 * at most MAX_ATTEMPTS times in all, waiting what Retry-After asks. Every try carries the
 * same Idempotency-Key, so img.pro stores the file once however many tries it takes.
 */
export const MAX_ATTEMPTS = 3;
/** A longer wait than this is left to the user (the Retry button) rather than sat through. */
export const MAX_AUTOMATIC_WAIT_MS = 60_000;
const BASE_DELAY_MS = 1_000;

const RETRYABLE_STATUSES = new Set([0, 429, 502, 503, 504]);

export interface FailureSignal {
  /** HTTP status; 0 when there was no answer (network error, timeout). */
  status: number;
  code: string;
  /** Seconds from Retry-After (or the body's retryAfter), when given. */
  retryAfter: number | null;
}

export function isRetryable(failure: FailureSignal): boolean {
  // A timeout has already spent the whole upload budget: trying again by itself would make
  // the user wait that long again before hearing anything. The row offers Retry instead.
  if (failure.code === "timeout") return false;
  return RETRYABLE_STATUSES.has(failure.status) || failure.code === "idempotency_key_in_progress";
}

/**
 * Whether a new attempt must keep the same Idempotency-Key. Yes when the outcome is unknown
 * (no answer, busy, a gateway error, the first try still running): img.pro may have stored
 * the file, and the key makes it answer with that instead of a second copy. No after a
 * definite refusal (a 4xx): img.pro's docs do not say whether it replays a stored refusal
 * for the key, so a retry after, say, an upgrade uses a fresh key to be heard again.
 */
export function keepsIdempotencyKey(failure: Pick<FailureSignal, "status" | "code">): boolean {
  return isRetryable(failure as FailureSignal) || failure.status === 0 || failure.status >= 500;
}

/** Codes that leave the outcome unknown, for answers that carry no HTTP status (actions). */
const UNKNOWN_OUTCOME_CODES = new Set([
  "timeout",
  "network_error",
  "rate_limited",
  "service_unavailable",
  "server_error",
  "idempotency_key_in_progress",
]);

/** keepsIdempotencyKey for a server action's failure, known only by its code. */
export function keepsIdempotencyKeyAfter(code: string | undefined): boolean {
  return code === undefined || UNKNOWN_OUTCOME_CODES.has(code);
}

/** The wait before try `attempt + 1`: Retry-After when given, else 1 s, 2 s, 4 s, … */
export function retryDelayMs(attempt: number, retryAfter: number | null): number {
  if (retryAfter !== null && Number.isFinite(retryAfter) && retryAfter >= 0) {
    return Math.ceil(retryAfter * 1000);
  }
  return BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1);
}

/** The wait before trying again after failed try number `attempt`, or null to stop. */
export function nextRetryDelay(failure: FailureSignal, attempt: number): number | null {
  if (!isRetryable(failure) || attempt >= MAX_ATTEMPTS) return null;
  const delay = retryDelayMs(attempt, failure.retryAfter);
  return delay > MAX_AUTOMATIC_WAIT_MS ? null : delay;
}

export function retryingMessage(delayMs: number): string {
  return busyMessage(delayMs / 1000, { retrying: true });
}
