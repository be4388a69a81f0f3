import { describe, expect, it } from "vitest";
import { formatBytes } from "@/lib/format-bytes";

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
    [1024 ** 3, "1.07 GB"],
    [10 * 1024 ** 3, "10.7 GB"],
  ])("formats %d as %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it("never prints nonsense for bad input", () => {
    expect(formatBytes(Number.NaN)).toBe("0 bytes");
    expect(formatBytes(-5)).toBe("0 bytes");
  });
});
