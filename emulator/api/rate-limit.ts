/**
 * A fixed one-minute window per app. img.pro's G3 quick start says keyed requests are not
 * rate limited while its errors page documents `rate_limited`; the emulator keeps a limit
 * high enough for normal use so the app's handling of 429 can be exercised (tests lower it).
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  /** The limit the emulator started with; POST /__emulator/reset goes back to it. */
  readonly startingLimit: number;

  constructor(public limitPerMinute: number) {
    this.startingLimit = limitPerMinute;
  }

  /** Seconds to wait when over the limit, otherwise null (and the request is counted). */
  take(key: string, now: number): number | null {
    const window = this.windows.get(key);
    if (!window || now - window.start >= 60_000) {
      this.windows.set(key, { start: now, count: 1 });
      return null;
    }
    if (window.count >= this.limitPerMinute) {
      return Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000));
    }
    window.count += 1;
    return null;
  }

  reset(): void {
    this.windows.clear();
  }
}
