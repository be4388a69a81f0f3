import { describe, expect, it } from "vitest";
import { formatBytes, formatCount, formatDate, formatDuration } from "./format";

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

describe("formatCount", () => {
  it("groups digits for the app's locale", () => {
    expect(formatCount(100_000)).toBe("100,000");
  });
});

describe("formatDate", () => {
  it("prints the UTC day, whatever the machine's time zone", () => {
    expect(formatDate("2026-12-01T00:00:00.000Z")).toBe("Dec 1, 2026");
    expect(formatDate("2026-11-30T23:59:59.000Z")).toBe("Nov 30, 2026");
  });
});
