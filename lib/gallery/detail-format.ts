import { APP_LOCALE, formatBytes } from "@/lib/format";

/* The image detail view's facts. */

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
