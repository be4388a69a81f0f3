import { describe, expect, it } from "vitest";
import { formatBytes, formatCount, formatMoney, formatPrice } from "./format";

describe("billing display formats", () => {
  it("formats prices per interval", () => {
    expect(formatPrice({ amount_cents: 900, currency: "usd" }, "monthly")).toBe("$9.00 / month");
    expect(formatPrice({ amount_cents: 9900, currency: "usd" }, "annual")).toBe("$99.00 / year");
    expect(formatMoney({ amount_cents: 99000, currency: "usd" })).toBe("$990.00");
  });

  it("formats bytes in 1024 steps with the labels img.pro uses", () => {
    expect(formatBytes(0)).toBe("0 bytes");
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(10737418240)).toBe("10 GB");
    expect(formatBytes(1024 ** 4)).toBe("1 TB");
    expect(formatBytes(150 * 1024 * 1024 + 10)).toBe("150 MB");
  });

  it("groups counts", () => {
    expect(formatCount(100000)).toBe("100,000");
  });
});
