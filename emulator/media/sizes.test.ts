import { describe, expect, it } from "vitest";
import { fitShortEdge, isSizeName } from "./sizes";

describe("fitShortEdge", () => {
  it("scales the short edge to the target and truncates the long side", () => {
    expect(fitShortEdge(4000, 3000, 320)).toEqual({ width: 426, height: 320 });
    expect(fitShortEdge(4000, 3000, 640)).toEqual({ width: 853, height: 640 });
    expect(fitShortEdge(2000, 1500, 1080)).toEqual({ width: 1440, height: 1080 });
    expect(fitShortEdge(1500, 2000, 320)).toEqual({ width: 320, height: 426 });
    expect(fitShortEdge(1000, 1000, 320)).toEqual({ width: 320, height: 320 });
  });

  it("never upscales", () => {
    expect(fitShortEdge(500, 300, 320)).toEqual({ width: 500, height: 300 });
    expect(fitShortEdge(320, 5000, 320)).toEqual({ width: 320, height: 5000 });
  });

  it("keeps at least one pixel on extreme panoramas", () => {
    expect(fitShortEdge(10, 100_000, 5)).toEqual({ width: 5, height: 50_000 });
    expect(fitShortEdge(100_000, 400, 320)).toEqual({ width: 80_000, height: 320 });
  });
});

describe("isSizeName", () => {
  it("knows s, m and l only", () => {
    expect(["s", "m", "l", "xl", "social", "toString", undefined].map(isSizeName)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
