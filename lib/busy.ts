/**
 * Every wording of "img.pro is busy" (its rate limit, or an overloaded 503), in one place.
 * Client-safe: the refusal table, the gallery's status line and the upload queue read it.
 */

/** A refusal on its own, e.g. an action's error: "… Try again in 12 seconds." */
export const busyTryAgain = (seconds: number) =>
  `img.pro is busy. Try again in ${seconds} seconds.`;

/** Inside "Couldn't …: <reason>." in the gallery's status line. */
export const busyTryAgainReason = (seconds: number) => `img.pro is busy, try again in ${seconds}s`;

/** An upload the queue will send again by itself after `seconds`. */
export const busyRetrying = (seconds: number) => `img.pro is busy, retrying in ${seconds}s…`;

/** An upload refused as busy when the answer said nothing of its own (no wait known). */
export const BUSY_NO_WAIT = "img.pro is busy. Try again shortly.";
