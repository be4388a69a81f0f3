import { APP_LOCALE, formatBytes, formatCount } from "@/lib/format";

/* Billing: img.pro sends raw minor units and bytes; these turn them into what people read. */

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

/** "1,000 uploads a month"; null means img.pro set no limit. */
export function formatUploadLimit(limit: number | null, locale = APP_LOCALE): string {
  if (limit === null) return "Unlimited uploads";
  return `${formatCount(limit, locale)} ${limit === 1 ? "upload" : "uploads"} a month`;
}

/** "10 GB storage"; null means img.pro set no limit. */
export function formatStorageLimit(bytes: number | null): string {
  return bytes === null ? "Unlimited storage" : `${formatBytes(bytes)} storage`;
}
