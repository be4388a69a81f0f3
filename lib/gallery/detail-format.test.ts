import { describe, expect, it } from "vitest";
import {
  formatCreated,
  formatDimensions,
  formatName,
  formatSize as formatBytes,
} from "./detail-format";

describe("formats", () => {
  it("prints sizes in decimal units", () => {
    expect(formatBytes(0)).toBe("0 bytes");
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(999)).toBe("999 bytes");
    expect(formatBytes(245_678)).toBe("246 KB");
    expect(formatBytes(1_500)).toBe("1.5 KB");
    expect(formatBytes(2_000_000)).toBe("2 MB");
    expect(formatBytes(null)).toBe("Unknown size");
  });
  it("prints dates in UTC, the same on server and browser", () => {
    expect(formatCreated("2024-01-15T09:05:00Z")).toBe("Jan 15, 2024, 09:05 UTC");
    expect(formatCreated("nonsense")).toBe("Unknown date");
    // The viewer's own zone, named, in the same shape.
    expect(formatCreated("2024-01-15T09:05:00Z", { local: true })).toMatch(
      /^Jan 1[45], 2024, \d{2}:\d{2} \S+$/,
    );
  });
  it("prints dimensions and formats", () => {
    expect(formatDimensions(4000, 3000)).toBe("4000 × 3000 px");
    expect(formatDimensions(null, 3000)).toBe("Still processing");
    expect(formatName("webp")).toBe("WEBP");
  });
});
