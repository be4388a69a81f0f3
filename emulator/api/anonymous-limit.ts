const HOUR_MS = 60 * 60 * 1000;

/**
 * The API Reference's limit on anonymous uploads: "rate limited by IP (20/hour, 100/day)".
 * Read as sliding windows, the stricter reading: no 60 minutes hold more than 20 uploads and
 * no 24 hours more than 100, however the calls fall around a clock hour. Every anonymous
 * upload or import request counts once let through, whether it then succeeds or not (img.pro
 * does not say; counting attempts is the stricter reading). Refused requests do not count.
 */
export const ANONYMOUS_LIMITS = [
  { windowMs: HOUR_MS, max: 20 },
  { windowMs: 24 * HOUR_MS, max: 100 },
] as const;

export class AnonymousLimiter {
  /** Request times per IP, oldest first, within the longest window. */
  private calls = new Map<string, number[]>();

  /** Seconds to wait when over a limit, otherwise null (and the request is counted). */
  take(ip: string, now: number): number | null {
    const longest = Math.max(...ANONYMOUS_LIMITS.map((limit) => limit.windowMs));
    const calls = (this.calls.get(ip) ?? []).filter((at) => at > now - longest);
    this.calls.set(ip, calls);
    let wait = 0;
    for (const { windowMs, max } of ANONYMOUS_LIMITS) {
      const inWindow = calls.filter((at) => at > now - windowMs);
      if (inWindow.length < max) continue;
      // The call that must leave the window before one more fits.
      const leaving = inWindow[inWindow.length - max] as number;
      wait = Math.max(wait, Math.ceil((leaving + windowMs - now) / 1000));
    }
    if (wait > 0) return wait;
    calls.push(now);
    return null;
  }

  reset(): void {
    this.calls.clear();
  }
}
