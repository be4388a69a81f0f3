/**
 * Every format people read: bytes, durations, counts, prices, limits and dates. Client-safe
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

// Billing: img.pro sends raw minor units and bytes; these turn them into what people read.

/**
 * `amountCents` is in the currency's minor unit, whatever its name says: 900 usd is $9.00,
 * 900 jpy is ¥900. Intl knows how many minor digits each currency has.
 */
export function formatPrice(amountCents: number, currency: string, locale = APP_LOCALE): string {
  const code = currency.toUpperCase();
  let formatter: Intl.NumberFormat;
  try {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency: code });
  } catch {
    // An ISO code Intl does not know: show the amount in minor units rather than guess.
    return `${formatCount(amountCents, locale)} ${code} (minor units)`;
  }
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(amountCents / 10 ** digits);
}

export const INTERVAL_UNIT = { monthly: "month", annual: "year" } as const;
export type Interval = keyof typeof INTERVAL_UNIT;

/** "$9.00 / month", "$99.00 / year". */
export function formatPricePer(
  price: { amountCents: number; currency: string },
  interval: Interval,
  locale = APP_LOCALE,
): string {
  return `${formatPrice(price.amountCents, price.currency, locale)} / ${INTERVAL_UNIT[interval]}`;
}

export function formatCount(value: number, locale = APP_LOCALE): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** "1,000 uploads a month"; null means img.pro set no limit. */
export function formatUploadLimit(limit: number | null, locale = APP_LOCALE): string {
  if (limit === null) return "Unlimited uploads";
  return `${formatCount(limit, locale)} ${limit === 1 ? "upload" : "uploads"} a month`;
}

/** "10 GB storage"; null means img.pro set no limit. */
export function formatStorageLimit(bytes: number | null): string {
  return bytes === null ? "Unlimited storage" : `${formatBytes(bytes)} storage`;
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

// The image detail view.

/** The app's one byte format (decimal units), with "Unknown size" while img.pro has none. */
export function formatSize(bytes: number | null): string {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return "Unknown size";
  return formatBytes(bytes);
}

export function formatDimensions(width: number | null, height: number | null): string {
  return width && height ? `${width} × ${height} px` : "Still processing";
}

// A 24-hour clock: with AM/PM, ICU versions disagree on the space before it (U+202F or
// U+0020), and the server's Node and the user's browser need not share one. The UTC and the
// local form have the same width, so nothing shifts when one replaces the other.
const DATE_PARTS = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
} as const;
const UTC_FORMAT = new Intl.DateTimeFormat(APP_LOCALE, { ...DATE_PARTS, timeZone: "UTC" });
const LOCAL_FORMAT = new Intl.DateTimeFormat(APP_LOCALE, { ...DATE_PARTS, timeZoneName: "short" });

/**
 * When an image was added: in UTC where no time zone is known (the server), in the viewer's
 * own zone with `local` (the browser, after hydration).
 */
export function formatCreated(iso: string, { local = false } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "Unknown date";
  return local ? LOCAL_FORMAT.format(date) : `${UTC_FORMAT.format(date)} UTC`;
}

export function formatName(format: string | null): string {
  return format ? format.toUpperCase() : "Unknown";
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
