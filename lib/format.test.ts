import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatCount,
  formatDate,
  formatDuration,
  formatPrice,
  formatPricePer,
  formatStorageLimit,
  formatUploadLimit,
} from "./format";

describe("formatBytes", () => {
  it.each([
    [0, "0 bytes"],
    [1, "1 byte"],
    [999, "999 bytes"],
    [1000, "1 KB"],
    [4_500_000, "4.5 MB"],
    [10_000_000, "10 MB"],
    [12_400_000, "12.4 MB"],
    [70_000_000, "70 MB"],
    [250_400_000, "250 MB"],
    [999_999_999, "1 GB"],
    [1_000_000_000, "1 GB"],
    [1024 ** 3, "1 GB"],
    [10 * 1024 ** 3, "10 GB"],
    [100 * 1024 ** 3, "100 GB"],
    [1024 ** 4, "1 TB"],
    [512 * 1024 ** 2, "512 MB"],
    [1.5 * 1024 ** 3, "1.5 GB"],
    [23_900_000, "23.9 MB"],
  ])("formats %d as %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it("never prints nonsense for bad input", () => {
    expect(formatBytes(Number.NaN)).toBe("0 bytes");
    expect(formatBytes(-5)).toBe("0 bytes");
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "1 second"],
    [1000, "1 second"],
    [5000, "5 seconds"],
    [20_000, "20 seconds"],
    [119_000, "119 seconds"],
    [240_000, "4 minutes"],
    [255_000, "4 minutes"],
    [600_000, "10 minutes"],
  ])("%d ms is %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

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
    expect(formatCount(100_000)).toBe("100,000");
  });
});

describe("formatDate", () => {
  it("prints the UTC day, whatever the machine's time zone", () => {
    expect(formatDate("2026-12-01T00:00:00.000Z")).toBe("Dec 1, 2026");
    expect(formatDate("2026-11-30T23:59:59.000Z")).toBe("Nov 30, 2026");
  });
});
