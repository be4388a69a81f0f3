/**
 * The one wording of "img.pro is busy" (its rate limit, or an overloaded 503): the same
 * sentence, then what happens next, with the wait in whole seconds. Client-safe: the refusal
 * table, the gallery's status line and the upload queue all read it.
 */

const inSeconds = (seconds: number) => {
  const whole = Math.max(1, Math.ceil(seconds));
  return `${whole} ${whole === 1 ? "second" : "seconds"}`;
};

/**
 * `seconds` is the wait img.pro asked for (null when it said nothing); `retrying` when the
 * app will send the request again by itself after that wait, rather than the user.
 */
export function busyMessage(seconds: number | null, { retrying = false } = {}): string {
  if (retrying) {
    return `img.pro is busy. Retrying in ${inSeconds(seconds ?? 1)}…`;
  }
  return seconds === null
    ? "img.pro is busy. Try again shortly."
    : `img.pro is busy. Try again in ${inSeconds(seconds)}.`;
}
