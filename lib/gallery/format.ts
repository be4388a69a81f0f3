import { formatBytes as formatDecimalBytes } from "@/lib/format-bytes";

/**
 * Display formats for the detail view. Dates are formatted in UTC with a fixed locale so the
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

const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export function formatCreated(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "Unknown date" : `${DATE_FORMAT.format(date)} UTC`;
}

export function formatName(format: string | null): string {
  return format ? format.toUpperCase() : "Unknown";
}
