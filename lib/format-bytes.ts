/**
 * Byte counts for people, in decimal units (1 MB = 1,000,000 bytes), the reading this app
 * uses for every limit: "70 MB" is 70,000,000 bytes, the Vercel limit "4.5 MB" 4,500,000.
 */
const UNITS = ["bytes", "KB", "MB", "GB", "TB"] as const;

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1000) {
    const whole = Math.max(0, Math.round(Number.isFinite(bytes) ? bytes : 0));
    return whole === 1 ? "1 byte" : `${whole} bytes`;
  }
  let unit = 0;
  let value = bytes;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
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
