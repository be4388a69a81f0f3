import { describe, expect, it } from "vitest";
import { formatResetDate } from "@/lib/format";
import { usageLevel } from "./usage-level";

describe("usageLevel", () => {
  it.each([
    [0, 100, "ok"],
    [79, 100, "ok"],
    [80, 100, "near"],
    [99, 100, "near"],
    [100, 100, "full"],
    [120, 100, "full"],
    [0, 0, "full"],
    [5_000, null, "unlimited"],
  ] as const)("%d of %s is %s", (used, limit, level) => {
    expect(usageLevel(used, limit)).toBe(level);
  });
});

describe("formatResetDate", () => {
  it("reads the date in UTC", () => {
    expect(formatResetDate("2025-12-01T00:00:00.000Z")).toBe("December 1");
    // The other end of the UTC day: only a UTC reading gives December 1 for both, wherever
    // the tests run.
    expect(formatResetDate("2025-12-01T23:59:00.000Z")).toBe("December 1");
  });

  it("says nothing for an unknown or broken date", () => {
    expect(formatResetDate(null)).toBeNull();
    expect(formatResetDate("soon")).toBeNull();
  });
});
