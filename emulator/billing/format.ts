import type { Interval } from "../plans";

/** Display helpers for the billing pages (the API itself sends raw cents and bytes). */

export interface Price {
  amount_cents: number;
  currency: string;
}

export function formatMoney(price: Price): string {
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: price.currency.toUpperCase(),
  }).format(price.amount_cents / 100);
}

const PER: Record<Interval, string> = { monthly: "month", annual: "year" };

/** "$9.00 / month", "$99.00 / year". */
export function formatPrice(price: Price, interval: Interval): string {
  return `${formatMoney(price)} / ${PER[interval]}`;
}

export function formatCount(value: number): string {
  return new Intl.NumberFormat("en-US").format(value);
}

const UNITS = ["bytes", "KB", "MB", "GB", "TB"] as const;

/**
 * Powers of 1024 under the familiar "GB" labels, because that is how img.pro's pages word
 * the limits ("10 GB" for 10737418240 bytes), so the numbers here match what users read there.
 */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${value} ${value === 1 ? "byte" : "bytes"}`;
  const rounded = value >= 100 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1);
  return `${rounded} ${UNITS[unit]}`;
}
