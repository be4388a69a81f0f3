/**
 * The formats every screen reads: bytes, durations, counts and dates (prices and limits are in
 * lib/billing/format.ts, the image view's in lib/gallery/detail-format.ts). Client-safe
 * and pure. Each one passes APP_LOCALE (or a given locale) explicitly and dates are in UTC,
 * so the server's HTML and the browser's hydration always print the same.
 */

/** The app's one display locale (the document is `lang="en"`). A fork changes it here. */
export const APP_LOCALE = "en-US";

/**
 * Byte counts for people, in decimal units (1 MB = 1,000,000 bytes), the reading this app
 * uses for every limit: "70 MB" is 70,000,000 bytes, the Vercel limit "4.5 MB" 4,500,000.
 * img.pro states its plans in whole binary units under the same names (its "10 GB" is
 * 10 × 1024³ bytes), so a size that is a whole number of MiB is shown the way img.pro's plans
 * word it: "1 GB", "10 GB", "1 TB", never "1.07 GB" (docs/imgpro-api.md#size-units).
 */
const UNITS = ["bytes", "KB", "MB", "GB", "TB"] as const;
const MIB = 1024 ** 2;

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1000) {
    const whole = Math.max(0, Math.round(Number.isFinite(bytes) ? bytes : 0));
    return whole === 1 ? "1 byte" : `${whole} bytes`;
  }
  const step = bytes >= MIB && bytes % MIB === 0 ? 1024 : 1000;
  let unit = 0;
  let value = bytes;
  while (value >= step && unit < UNITS.length - 1) {
    value /= step;
    unit += 1;
  }
  // Three significant digits at most, trailing zeros dropped: 4.5 MB, 12.4 MB, 250 MB.
  const decimals = value < 10 ? 2 : value < 100 ? 1 : 0;
  let rounded = Number(value.toFixed(decimals));
  if (rounded >= 1000 && unit < UNITS.length - 1) {
    rounded = 1;
    unit += 1;
  }
  return `${rounded} ${UNITS[unit]}`;
}

/** A wait for people, in whole seconds up to two minutes, whole minutes beyond: "5 seconds". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 120) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  return `${Math.round(seconds / 60)} minutes`;
}

export function formatCount(value: number, locale = APP_LOCALE): string {
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * A calendar date. In UTC: img.pro's months roll over at midnight UTC, and the server and
 * the browser must print the same day.
 */
export function formatDate(iso: string, locale = APP_LOCALE): string {
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(iso));
}

/** The reset date as "December 1", in UTC like img.pro's monthly counter, or null. */
export function formatResetDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(APP_LOCALE, {
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  }).format(date);
}
