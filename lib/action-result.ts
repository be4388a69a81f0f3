/**
 * What every server action returns: errors are data, not throws, so a form can show them
 * next to the field and the UI never guesses what happened.
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      code?: string;
      fieldErrors?: Record<string, string[]>;
      /** Seconds to wait before trying again (rate limits). */
      retryAfter?: number;
      /** Where to upgrade when a quota ran out. */
      upgradeUrl?: string;
    };
