import { describe, expect, it } from "vitest";
import { formatDuration } from "@/lib/format-duration";

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
