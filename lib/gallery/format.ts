import { formatBytes as formatDecimalBytes } from "@/lib/format-bytes";
import { APP_LOCALE } from "@/lib/locale";

/**
 * Display formats for the detail view. Dates are formatted in UTC with the app's locale so the
 * server's HTML and the browser's hydration agree (a local time zone would not).
 */
/** The app's one byte format (decimal units), with "Unknown size" while img.pro has none. */
export function formatBytes(bytes: number | null): string {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return "Unknown size";
  return formatDecimalBytes(bytes);
}

export function formatDimensions(width: number | null, height: number | null): string {
  return width && height ? `${width} × ${height} px` : "Still processing";
}

// A 24-hour clock: with AM/PM, ICU versions disagree on the space before it (U+202F or
// U+0020), and the server's Node and the user's browser need not share one.
const DATE_FORMAT = new Intl.DateTimeFormat(APP_LOCALE, {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

export function formatCreated(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "Unknown date" : `${DATE_FORMAT.format(date)} UTC`;
}

export function formatName(format: string | null): string {
  return format ? format.toUpperCase() : "Unknown";
}
