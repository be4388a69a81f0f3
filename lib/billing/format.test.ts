import { describe, expect, it } from "vitest";
import { formatPrice, formatPricePer, formatStorageLimit, formatUploadLimit } from "./format";

const GIB = 1024 ** 3;

describe("formatPrice", () => {
  it("formats img.pro's minor units with the currency's own symbol and digits", () => {
    expect(formatPrice(900, "usd")).toBe("$9.00");
    expect(formatPrice(9900, "usd")).toBe("$99.00");
    expect(formatPrice(123456, "USD")).toBe("$1,234.56");
    expect(formatPrice(990, "eur", "de-DE")).toBe("9,90\u00a0€");
  });

  it("does not divide a currency that has no minor unit", () => {
    expect(formatPrice(900, "jpy")).toBe("¥900");
  });

  it("falls back to the raw amount for a code Intl does not know", () => {
    expect(formatPrice(900, "not-a-currency")).toBe("900 NOT-A-CURRENCY (minor units)");
  });

  it("names the interval", () => {
    expect(formatPricePer({ amountCents: 900, currency: "usd" }, "monthly")).toBe("$9.00 / month");
    expect(formatPricePer({ amountCents: 9900, currency: "usd" }, "annual")).toBe("$99.00 / year");
  });
});

describe("limits in human units", () => {
  it("says uploads a month and storage, and unlimited for no limit", () => {
    expect(formatUploadLimit(1000)).toBe("1,000 uploads a month");
    expect(formatUploadLimit(1)).toBe("1 upload a month");
    expect(formatUploadLimit(null)).toBe("Unlimited uploads");
    expect(formatStorageLimit(10 * GIB)).toBe("10 GB storage");
    expect(formatStorageLimit(null)).toBe("Unlimited storage");
  });
});
